// `npm run -s cli -- <command> ...`: builds the command line bundle if it is missing or stale, then runs it.
import { spawnSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli.cjs");

function newestSource(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, "src"))) {
	const esbuild = await import("esbuild");
	await esbuild.build({
		entryPoints: [join(root, "src/cli/bin.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		logLevel: "warning",
		outfile: bundle,
		external: ["obsidian"],
	});
}
const result = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
