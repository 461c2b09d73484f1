import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BenchContext, timeAsync } from "./bench";

/** The cost of the plugin's `onload` in the in-memory Obsidian: heavy work must wait for layout ready. */
export async function pluginOnload(context: BenchContext): Promise<void> {
	const dom = new JSDOM("<!doctype html><body></body>");
	const globals = globalThis as unknown as Record<string, unknown>;
	for (const name of ["window", "document", "HTMLElement", "Element", "Node", "DocumentFragment", "Event", "KeyboardEvent", "MouseEvent", "SVGElement", "HTMLInputElement", "getComputedStyle"]) {
		globals[name] = name === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const obsidian = require("obsidian") as typeof import("../tests/obsidian");
	const source = readFileSync(resolve("main.js"), "utf8");
	const manifest = JSON.parse(readFileSync(resolve("manifest.json"), "utf8")) as { id: string };
	const files: Record<string, string> = {};
	for (const [path, text] of context.vault) files[path] = text;
	const vault = new obsidian.Vault("Bench");
	vault.seed(files);
	const app = new obsidian.App(vault);
	const load = async () => {
		const module = { exports: {} as Record<string, unknown> };
		new Function("module", "exports", "require", source)(module, module.exports, (id: string) => (id === "obsidian" ? obsidian : require(id)));
		const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void };
		const plugin = new PluginClass(app, { ...manifest, dir: "" });
		await plugin.onload();
	};
	const ms = await timeAsync(load, 21);
	context.report("plugin onload (10,000-note vault, before layout ready)", `${ms.toFixed(2)} ms`, "target < 2 ms");
}
