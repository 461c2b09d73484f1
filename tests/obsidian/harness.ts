/** Test helpers: build an indexed App, load the built plugin, run commands, flush async work. */
import * as fs from "fs";
import * as path from "path";
import { setImmediate as realSetImmediate } from "timers";
import { TextDecoder, TextEncoder } from "util";
import { App, Plugin, PluginManifest } from "./plugin";
import { Vault } from "./vault";

export interface CreateAppOptions {
	vaultName?: string;
	/** mark the workspace layout as ready (default false: loadBuiltPlugin does it after onload) */
	layoutReady?: boolean;
	/** vault config values (useMarkdownLinks, newFileLocation, …) */
	config?: Record<string, unknown>;
}

/** An App whose vault holds `files` and whose metadata cache has indexed them. */
export async function createApp(files: Record<string, string | Uint8Array | ArrayBuffer> = {}, opts: CreateAppOptions = {}): Promise<App> {
	const vault = new Vault(opts.vaultName ?? "Test Vault");
	vault.seed(files);
	for (const [k, v] of Object.entries(opts.config ?? {})) vault.setConfig(k, v);
	const app = new App(vault);
	app.metadataCache.indexAll();
	if (opts.layoutReady) app.workspace.triggerLayoutReady();
	return app;
}

export interface LoadOptions {
	/** As on Obsidian mobile: `require` of a Node module throws, and `process`, `Buffer` are undefined in the bundle. */
	mobile?: boolean;
}

/**
 * Requires the built bundle through jest's module registry (so `require("obsidian")` gets this fake),
 * constructs its default-exported Plugin with (app, manifest), awaits onload and fires layout ready.
 */
export async function loadBuiltPlugin<T extends Plugin = Plugin>(app: App, mainJsPath = "main.js", manifestPath = "manifest.json", options: LoadOptions = {}): Promise<T> {
	const root = process.cwd();
	const mainAbs = path.resolve(root, mainJsPath);
	const manifest: PluginManifest = JSON.parse(fs.readFileSync(path.resolve(root, manifestPath), "utf8"));
	// Evaluate the bundle in a fresh module scope each call, handing it the same `obsidian`
	// instance the tests use (so instanceof TFile etc. agree), other modules via jest's require.
	const obsidian = require("obsidian");
	// Every Obsidian runtime (desktop and mobile webviews) has TextEncoder; jest's jsdom environment does not.
	Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });
	const source = fs.readFileSync(mainAbs, "utf8");
	const module = { exports: {} as any };
	const localRequire = (id: string) => {
		if (id === "obsidian") return obsidian;
		// Obsidian mobile provides its own modules (obsidian, CodeMirror) and none of Node's.
		if (options.mobile && !/^@(codemirror|lezer)\//.test(id)) throw new Error(`Cannot find module '${id}' (Obsidian mobile has no Node modules)`);
		return require(id.startsWith(".") ? path.resolve(path.dirname(mainAbs), id) : id);
	};
	// On mobile, Node's globals are absent too: the bundle sees `process` and `Buffer` undefined.
	const globals = options.mobile ? ["process", "Buffer"] : [];
	new Function("module", "exports", "require", "__filename", "__dirname", ...globals, source)(module, module.exports, localRequire, mainAbs, path.dirname(mainAbs));
	const mod = module.exports;
	const PluginClass = mod?.default ?? mod;
	const plugin: T = new PluginClass(app, { ...manifest, dir: `${app.vault.configDir}/plugins/${manifest.id}` });
	app.plugins.plugins[manifest.id] = plugin;
	app.plugins.manifests[manifest.id] = manifest;
	app.plugins.enabledPlugins.add(manifest.id);
	await loadPlugin(plugin);
	app.workspace.triggerLayoutReady();
	await flush();
	return plugin;
}

/** Runs Component.load() semantics for a plugin and awaits an async onload. */
export async function loadPlugin(plugin: Plugin): Promise<void> {
	(plugin as any)._loaded = true;
	await plugin.onload();
	for (const c of (plugin as any)._children ?? []) c.load();
}

/** Executes a command by id like the command palette; returns whether it ran. */
export function runCommand(app: App, id: string): boolean {
	return app.commands.executeCommandById(id);
}

function usingFakeTimers(): boolean {
	// modern (sinon) fake timers tag the installed functions with `clock`; legacy ones are jest mocks
	return typeof (setTimeout as any).clock === "object" || jest.isMockFunction(setTimeout);
}

/** Lets pending microtasks, 0-ms timers and metadata indexing run (works with real and fake timers). */
export async function flush(app?: App, rounds = 5): Promise<void> {
	for (let i = 0; i < rounds; i++) {
		for (let k = 0; k < 10; k++) await Promise.resolve();
		if (usingFakeTimers()) jest.advanceTimersByTime(0);
		await new Promise<void>((r) => realSetImmediate(r));
		if (app) await app.metadataCache.whenIdle();
	}
}

/** Waits for `condition`, flushing between checks; fails naming `what` after `tries` checks 5 ms apart. */
export async function until(condition: () => boolean, what: string, tries = 400): Promise<void> {
	for (let i = 0; i < tries; i++) {
		if (condition()) return;
		await flush();
		await new Promise((r) => setTimeout(r, 5));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** Types `text` into a field as a user does: the value, then the `input` event Obsidian's components listen to. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The text field of the setting row named `name` inside `container` (a dialog's form). */
export function settingInput(container: HTMLElement, name: string): HTMLInputElement {
	const row = Array.from(container.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	const input = row?.querySelector("input");
	if (!input) throw new Error(`no setting field named ${name}`);
	return input;
}

/** Types into a field with a suggester, then clicks the suggestion that reads `choice`. */
export async function pickSuggestion(app: App, input: HTMLInputElement, typed: string, choice: string): Promise<void> {
	typeInto(input, typed);
	await flush(app);
	const item = Array.from(document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")).find((i) => i.textContent === choice);
	if (!item) throw new Error(`no suggestion ${choice}`);
	item.click();
}
