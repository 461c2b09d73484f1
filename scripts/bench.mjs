// Bundles bench/bench.ts (with `obsidian` mapped to the in-memory Obsidian of tests/) and runs it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import minifyText from "./minify-text.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "bench.cjs");
await build({
	entryPoints: [join(root, "bench", "bench.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "warning",
	outfile,
	alias: { obsidian: join(root, "tests", "obsidian", "index.ts") },
	external: ["jsdom", "esbuild", "playwright-core"],
	// The starter site's texts, packed as in main.js and the command line.
	plugins: [minifyText.starterTextPlugin],
});
const result = spawnSync(process.execPath, [outfile], { stdio: "inherit", cwd: root });
if (result.status !== 0) process.exit(result.status ?? 1);
// The published site's Lighthouse scores (home, question, resource, video).
const lighthouse = spawnSync(process.execPath, [join(root, "scripts", "lighthouse.mjs")], { stdio: "inherit", cwd: root });
process.exit(lighthouse.status ?? 1);
