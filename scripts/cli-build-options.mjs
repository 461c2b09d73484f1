// The command line's esbuild options, shared by esbuild.config.mjs and scripts/cli-run.mjs:
// a separate bundle for Node, with the same core as the plugin, never shipped in main.js.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import minifyText from "./minify-text.cjs";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const cliBundle = join(repoRoot, "dist", "cli.cjs");

export const cliBuildOptions = {
	entryPoints: [join(repoRoot, "src", "cli", "bin.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "warning",
	sourcemap: false,
	outfile: cliBundle,
	// package.json's `bin` (`museum-notes`): `npx museum-notes`, `npm link`, `node dist/cli.cjs`.
	banner: { js: "#!/usr/bin/env node" },
	external: ["obsidian"],
	plugins: [minifyText.starterTextPlugin],
};
