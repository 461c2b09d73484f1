/** @jest-environment jsdom */
import { App, MarkdownView, Menu, TFile } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";
import { museumVault } from "../core/index/museum-vault";

/**
 * The sidebar's rows behave like the file explorer's files (built main.js):
 * dropped into a note, a row writes the link that note needs, in the user's
 * link format; right-click shows the file menu, with what plugins add to it.
 */
const N = "Notes/Comment numériser ses collections.md";
const TARGET = "Brouillon/Autre.md";

async function setup(config: Record<string, unknown>): Promise<App> {
	const app = await createApp({ ...Object.fromEntries(museumVault()), [TARGET]: "Texte : " }, { config });
	await loadBuiltPlugin(app);
	await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(N) as TFile);
	runCommand(app, "museum-strategy-notes:open-resource-sidebar");
	await settle(app);
	return app;
}

async function settle(app: App) {
	await flush(app);
	jest.advanceTimersByTime(300);
	await flush(app);
}

/** The row of the resource `Notes/Note.md` (the question links it as [[Note#Une section]]). */
const row = () => document.querySelector<HTMLElement>('.museum-resource[data-path="Notes/Note.md"]')!;

function dragEvent(type: string, data: Map<string, string>): Event {
	const evt = new Event(type, { bubbles: true, cancelable: true });
	Object.defineProperty(evt, "dataTransfer", { value: { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? "", effectAllowed: "" } });
	return evt;
}

async function dropRowInto(app: App, path: string): Promise<string> {
	const data = new Map<string, string>();
	row().dispatchEvent(dragEvent("dragstart", data));
	const leaf = app.workspace.getLeaf(true);
	await leaf.openFile(app.vault.getFileByPath(path) as TFile);
	const view = leaf.view as MarkdownView;
	view.editor.setCursor(view.editor.lineCount() - 1, view.editor.getLine(view.editor.lineCount() - 1).length);
	view.contentEl.dispatchEvent(dragEvent("drop", data));
	return view.editor.getValue();
}

beforeEach(() => {
	jest.useFakeTimers();
	document.body.empty();
});
afterEach(() => jest.useRealTimers());

// Brouillon/ has its own Note.md: from there, the resource Notes/Note.md needs its folder.
test.each([
	["wikilinks, shortest path", {}, "Texte : [[Notes/Note]]"],
	["Markdown links, relative path", { useMarkdownLinks: true, newLinkFormat: "relative" }, "Texte : [Note](../Notes/Note.md)"],
	["wikilinks, absolute path", { newLinkFormat: "absolute" }, "Texte : [[Notes/Note]]"],
])("dropping a row writes the link for the note it is dropped into (%s)", async (_name, config, expected) => {
	const app = await setup(config);
	expect(await dropRowInto(app, TARGET)).toBe(expected);
});

test("dropped into a note of the question's own folder, the link is the short one", async () => {
	const app = await setup({});
	expect(await dropRowInto(app, "Notes/Rapport sur la numérisation 3D.md")).toContain("[[Note]]");
});

test("right-click shows the file menu of the row's note, with the items plugins add (here: Publish)", async () => {
	const app = await setup({});
	const seen: string[] = [];
	app.workspace.on("file-menu", (_menu: Menu, file: TFile, source: string) => seen.push(`${file.path} ${source}`));
	row().dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	expect(seen).toEqual(["Notes/Note.md museum-resource-sidebar"]);
	expect(Menu.lastShown?.findItem("Publish")).toBeDefined();
});
