import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BenchContext } from "./bench";

/**
 * The cost of loading main.js in the in-memory Obsidian: evaluating the bundle
 * (as Obsidian does, from its source text) and the plugin's `onload`, before
 * layout ready; heavy work must wait for it.
 */
export async function pluginOnload(context: BenchContext): Promise<void> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const obsidian = require("obsidian") as typeof import("../tests/obsidian");
	const source = readFileSync(resolve("main.js"), "utf8");
	const manifest = JSON.parse(readFileSync(resolve("manifest.json"), "utf8")) as { id: string };
	const files: Record<string, string> = {};
	for (const [path, text] of context.vault) files[path] = text;
	const vault = new obsidian.Vault("Bench");
	vault.seed(files);
	const requireFor = (id: string) => (id === "obsidian" ? obsidian : require(id));
	const evaluations: number[] = [];
	const onloads: number[] = [];
	for (let i = 0; i < 21; i++) {
		// A fresh evaluation and a fresh app each time, as at each start of Obsidian.
		let start = performance.now();
		const module = { exports: {} as Record<string, unknown> };
		new Function("module", "exports", "require", source)(module, module.exports, requireFor);
		const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void };
		evaluations.push(performance.now() - start);
		const plugin = new PluginClass(new obsidian.App(vault), { ...manifest, dir: "" });
		start = performance.now();
		await plugin.onload();
		onloads.push(performance.now() - start);
	}
	const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[10];
	const evaluate = median(evaluations);
	const onload = median(onloads);
	context.report("main.js evaluation (compile and run the bundle)", `${evaluate.toFixed(2)} ms`, "");
	context.report("plugin onload (10,000-note vault, before layout ready)", `${onload.toFixed(2)} ms`, "target < 2 ms");
	context.report("main.js load (evaluate + onload)", `${(evaluate + onload).toFixed(2)} ms`, "goal ≤ 3 ms");
	context.table.set("`main.js` load (evaluate + `onload`)", `${(evaluate + onload).toFixed(2)} ms`);
}
