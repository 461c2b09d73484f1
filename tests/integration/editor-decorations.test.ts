/** @jest-environment jsdom */
import { EditorState, Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { App, editorInfoField, Plugin, setLanguage } from "../obsidian";
import { createApp, flush, loadBuiltPlugin } from "../obsidian/harness";

const QUESTION = [
	"---",
	"tags: question",
	"---",
	"# Qu'est-ce qu'un jumeau numérique ?",
	"",
	"1. [[Le château]]",
	"   Le château a sa copie numérique.",
	"2. [[Une conférence]]",
	"   La conférence filmée.",
	"3. [[Ressource absente]]",
	"   Pas encore de note.",
	"4. [[Le château]]",
	"",
].join("\n");

const FILES = {
	"Notes/Question.md": QUESTION,
	"Notes/Le château.md": "---\ntags: ressource\n---\nUn château.\n",
	"Notes/Une conférence.md": '---\ntags: ressource forum\n---\n## Une conférence\n<iframe src="https://www.youtube.com/embed/abc"></iframe>\n',
};

// jsdom lays nothing out; CodeMirror only needs these to exist.
beforeAll(() => {
	document.createRange = () => {
		const range = new Range();
		range.getBoundingClientRect = () => new DOMRect();
		range.getClientRects = () => ({ item: () => null, length: 0, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
		return range;
	};
});

async function editorFor(app: App, plugin: Plugin, path: string): Promise<EditorView> {
	const file = app.vault.getFileByPath(path)!;
	const extensions = (plugin as unknown as { editorExtensions: Extension[] }).editorExtensions;
	const state = EditorState.create({ doc: await app.vault.read(file), extensions: [editorInfoField.init(() => ({ file })), ...extensions] });
	return new EditorView({ state, parent: document.body });
}

describe("editor marks in question notes (built main.js, real CodeMirror)", () => {
	let app: App;
	let plugin: Plugin;
	beforeEach(async () => {
		document.body.empty();
		setLanguage("en");
		app = await createApp(FILES);
		plugin = await loadBuiltPlugin(app);
		await flush(app);
	});

	it("marks the video item, the unresolved link and the item without summary", async () => {
		const view = await editorFor(app, plugin, "Notes/Question.md");
		const unresolved = view.contentDOM.querySelectorAll(".museum-editor-unresolved");
		expect(Array.from(unresolved).map((el) => [el.textContent, el.getAttribute("title")])).toEqual([["[[Ressource absente]]", "No note named Ressource absente: create it from the resource sidebar"]]);
		const video = view.contentDOM.querySelector(".museum-editor-video");
		expect(video?.closest(".cm-line")?.textContent).toBe("2. [[Une conférence]]");
		expect(video?.getAttribute("aria-label")).toBe("Video");
		const missing = view.contentDOM.querySelectorAll(".museum-editor-missing-summary");
		expect(Array.from(missing).map((el) => el.closest(".cm-line")?.textContent)).toEqual(["4. [[Le château]]"]);
		view.destroy();
	});

	it("follows the vault: creating the missing note removes its mark", async () => {
		const view = await editorFor(app, plugin, "Notes/Question.md");
		expect(view.contentDOM.querySelector(".museum-editor-unresolved")).not.toBeNull();
		await app.vault.create("Notes/Ressource absente.md", "---\ntags: ressource\n---\nTexte.\n");
		await flush(app);
		expect(view.contentDOM.querySelector(".museum-editor-unresolved")).toBeNull();
		view.destroy();
	});

	it("draws nothing in notes that are not questions", async () => {
		const view = await editorFor(app, plugin, "Notes/Le château.md");
		expect(view.contentDOM.querySelector("[class^='museum-editor']")).toBeNull();
		view.destroy();
	});
});
