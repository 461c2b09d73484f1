/**
 * Renders the resource sidebar as Obsidian would: the built `main.js` (run `npm run build` first) in
 * the in-memory Obsidian, on the demo vault read from disk. Needs a DOM (a jsdom test environment).
 * Returns each state of the panel as the HTML of a sidebar pane, icons drawn, for a real browser.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { Page } from "playwright-core";
import { setLanguage, TFile } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";
import type { App } from "../obsidian/plugin";
import { RESOURCE_SIDEBAR_VIEW } from "../../src/obsidian/sidebar/view-type";
import { fillIcons } from "./icons";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DEMO_VAULT = path.join(REPO_ROOT, "demo-vault");
export const OPEN_SIDEBAR = "museum-strategy-notes:open-resource-sidebar";

/**
 * The panels rendered, in order. The demo question with the richest panel (note resources, an
 * external link, a video note among the resources, a missing summary with the resource's key point
 * instead, a misnumbered item, videos, related questions, problems); the demo's only question with
 * an unresolved resource ("Create"); a resource note cited by two questions ("Cited by"); the
 * overview, with no note open (so it comes first: once a note is open the panel keeps following one).
 */
export const DEMO_PANELS: readonly PanelSpec[] = [
	{ name: "overview", note: null },
	{ name: "question", note: "Notes/Qu'est-ce qu'une stratégie numérique.md" },
	{ name: "question-create", note: "Notes/Comment former les équipes au numérique.md" },
	{ name: "resource", note: "Notes/Rapport sur la numérisation 3D.md" },
];

export interface PanelSpec {
	name: string;
	/** The note opened as the active file, or null for none (only before any note is opened). */
	note: string | null;
}

export interface PanelRender extends PanelSpec {
	/** `<div class="workspace-leaf">` around the view's container (header + content). */
	html: string;
	/** Lucide icons drawn, and icon names Lucide lacks (left empty). */
	icons: { filled: string[]; missing: string[] };
}

export interface RenderOptions {
	/** Obsidian's interface language; the demo vault is French. */
	language?: "fr" | "en";
}

/** Every file of a vault folder on disk, vault-relative paths; Markdown as text, the rest as bytes. */
export function readVault(dir: string = DEMO_VAULT): Record<string, string | Uint8Array> {
	const files: Record<string, string | Uint8Array> = {};
	const walk = (abs: string, rel: string) => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			const childAbs = path.join(abs, entry.name);
			const childRel = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(childAbs, childRel);
			else if (entry.isFile()) files[childRel] = entry.name.endsWith(".md") ? fs.readFileSync(childAbs, "utf8") : new Uint8Array(fs.readFileSync(childAbs));
		}
	};
	walk(dir, "");
	return files;
}

/** The built bundle, checked to exist and not to predate the plugin's sources (it would render old code). */
function builtMainJs(): string {
	const mainJs = path.join(REPO_ROOT, "main.js");
	if (!fs.existsSync(mainJs)) throw new Error("main.js is missing: run `npm run build` first");
	const built = fs.statSync(mainJs).mtimeMs;
	const newer: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const abs = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (abs !== path.join(REPO_ROOT, "src", "cli")) walk(abs);
			}
			else if (entry.name.endsWith(".ts") && fs.statSync(abs).mtimeMs > built + 1000) newer.push(path.relative(REPO_ROOT, abs));
		}
	};
	walk(path.join(REPO_ROOT, "src"));
	if (newer.length) throw new Error(`main.js is older than ${newer.slice(0, 3).join(", ")}: run \`npm run build\` first`);
	return mainJs;
}

/**
 * Obsidian runs in Electron, whose windows have the web platform's globals and Node's; jest's jsdom
 * environment hides some (TextEncoder, fetch classes, streams, setImmediate…), which the bundle and
 * playwright-core use. The missing ones are taken from Node's own context; present ones are kept.
 */
export function provideElectronGlobals(): void {
	const names = ["TextEncoder", "TextDecoder", "Request", "Response", "Headers", "fetch", "FormData", "Blob", "ReadableStream", "WritableStream", "TransformStream", "structuredClone", "MessageChannel", "BroadcastChannel", "setImmediate", "clearImmediate"];
	const scope = globalThis as Record<string, unknown>;
	for (const name of names) if (scope[name] === undefined) scope[name] = vm.runInThisContext(name);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits past the panel's debounce (250 ms) and for the index to settle. */
async function settle(app: App): Promise<void> {
	await flush(app);
	await sleep(300);
	await flush(app);
}

async function openNote(app: App, notePath: string): Promise<void> {
	const file = app.vault.getFileByPath(notePath);
	if (!(file instanceof TFile)) throw new Error(`${notePath} is not in the demo vault`);
	await app.workspace.getLeaf(false).openFile(file);
	await settle(app);
}

/** The pane as Obsidian lays it out: a `.workspace-leaf` holding the view's container; icons drawn. */
function snapshot(app: App, spec: PanelSpec): PanelRender {
	const leaf = app.workspace.getLeavesOfType(RESOURCE_SIDEBAR_VIEW)[0];
	if (!leaf) throw new Error("the resource sidebar is not open");
	const view = leaf.view as unknown as { containerEl: HTMLElement; notePath: string | null; getDisplayText(): string; getIcon(): string };
	if (view.notePath !== spec.note) throw new Error(`the panel shows ${view.notePath}, not ${spec.note}`);
	const wrapper = document.createElement("div");
	wrapper.className = "workspace-leaf mod-active";
	const container = view.containerEl.cloneNode(true) as HTMLElement;
	wrapper.appendChild(container);
	// The fake leaves the header empty; Obsidian shows the view's icon and title there.
	const header = container.querySelector(".view-header");
	if (header && !header.childElementCount) {
		const icon = header.appendChild(document.createElement("div"));
		icon.className = "view-header-icon";
		const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
		svg.setAttribute("class", `svg-icon lucide-${view.getIcon()}`);
		icon.appendChild(svg);
		const title = header.appendChild(document.createElement("div"));
		title.className = "view-header-title";
		title.textContent = view.getDisplayText();
	}
	const icons = fillIcons(wrapper);
	return { ...spec, html: wrapper.outerHTML, icons };
}

/**
 * Loads the built plugin on the demo vault, opens the resource sidebar by its command, then opens
 * each panel's note in turn and takes the panel once its debounced render has run.
 */
export async function renderPanels(panels: readonly PanelSpec[] = DEMO_PANELS, options: RenderOptions = {}): Promise<PanelRender[]> {
	const firstNote = panels.findIndex((p) => p.note !== null);
	if (firstNote >= 0 && panels.slice(firstNote).some((p) => p.note === null)) throw new Error("panels with no note open must come first");
	const mainJs = builtMainJs();
	provideElectronGlobals();
	setLanguage(options.language ?? "fr");
	const app = await createApp(readVault());
	document.body.appendChild((app.workspace as unknown as { containerEl: HTMLElement }).containerEl);
	await loadBuiltPlugin(app, mainJs, path.join(REPO_ROOT, "manifest.json"));
	if (!runCommand(app, OPEN_SIDEBAR)) throw new Error(`the command ${OPEN_SIDEBAR} did not run`);
	await settle(app);
	const renders: PanelRender[] = [];
	for (const panel of panels) {
		if (panel.note !== null) await openNote(app, panel.note);
		renders.push(snapshot(app, panel));
	}
	return renders;
}

/** Obsidian's theme variables, its settings and modal rules, then the plugin's styles.css: what a dialog is laid out with. */
const DIALOG_CSS = ["obsidian-theme.css", "obsidian-ui.css"].map((f) => fs.readFileSync(path.join(__dirname, f), "utf8")).join("\n") + fs.readFileSync(path.join(REPO_ROOT, "styles.css"), "utf8");

/** A copy of `el` whose form controls show their current values (outerHTML keeps only attributes). */
export function frozen(el: HTMLElement): HTMLElement {
	const copy = el.cloneNode(true) as HTMLElement;
	const from = el.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select");
	copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select").forEach((control, i) => {
		const original = from[i];
		if (control instanceof HTMLSelectElement) Array.from(control.options).forEach((o) => o.toggleAttribute("selected", o.value === original.value));
		else if (control.type === "checkbox") control.toggleAttribute("checked", (original as HTMLInputElement).checked);
		else control.setAttribute("value", original.value);
	});
	return copy;
}

/**
 * Writes docs/screenshots/`file`: `html` (frozen settings or a dialog's .modal-container) in a light
 * theme page 760 px wide, as tall as its content (at most 1100 px), at twice the pixel density.
 */
export async function screenshotHtml(page: Page, html: string, file: string, lang: "en" | "fr" = "en"): Promise<string> {
	await page.setViewportSize({ width: 760, height: 600 });
	await page.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${DIALOG_CSS}</style></head><body class="theme-light">${html}</body></html>`);
	const height = await page.evaluate(() => Math.ceil(Math.max(document.body.scrollHeight, (document.querySelector(".modal") as HTMLElement | null)?.scrollHeight ?? 0) + 40));
	await page.setViewportSize({ width: 760, height: Math.min(height, 1100) });
	const target = path.join(REPO_ROOT, "docs", "screenshots", file);
	await page.screenshot({ path: target, animations: "disabled", caret: "hide" });
	return target;
}
