import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BenchContext } from "./bench";

/** The cost of the plugin's `onload` in the in-memory Obsidian: heavy work must wait for layout ready. */
export async function pluginOnload(context: BenchContext): Promise<void> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const obsidian = require("obsidian") as typeof import("../tests/obsidian");
	const source = readFileSync(resolve("main.js"), "utf8");
	const manifest = JSON.parse(readFileSync(resolve("manifest.json"), "utf8")) as { id: string };
	const files: Record<string, string> = {};
	for (const [path, text] of context.vault) files[path] = text;
	const vault = new obsidian.Vault("Bench");
	vault.seed(files);
	const module = { exports: {} as Record<string, unknown> };
	new Function("module", "exports", "require", source)(module, module.exports, (id: string) => (id === "obsidian" ? obsidian : require(id)));
	const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void };
	const samples: number[] = [];
	for (let i = 0; i < 21; i++) {
		// A fresh app each time, as at each start of Obsidian; only onload is timed.
		const plugin = new PluginClass(new obsidian.App(vault), { ...manifest, dir: "" });
		const start = performance.now();
		await plugin.onload();
		samples.push(performance.now() - start);
	}
	const ms = samples.sort((a, b) => a - b)[10];
	context.report("plugin onload (10,000-note vault, before layout ready)", `${ms.toFixed(2)} ms`, "target < 2 ms");
}
