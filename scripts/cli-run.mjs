// `npm run -s cli -- <command> ...`: builds the command line bundle if it is missing or stale, then runs it.
import { spawnSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cliBuildOptions, cliBundle as bundle, repoRoot as root } from "./cli-build-options.mjs";

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
	await esbuild.build(cliBuildOptions);
}
// `npm run` moves to the repository root; relative paths (--vault vault) mean the folder the user ran it from.
const result = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: "inherit", cwd: process.env.INIT_CWD || process.cwd() });
process.exit(result.status ?? 1);
