/** @jest-environment jsdom */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { App, Notice, requestLog, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";

/** The demo vault's files, as the in-memory vault and the command line both get them. */
function demoVault(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(join("demo-vault", folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path);
			else if (path.endsWith(".md")) files[path] = readFileSync(join("demo-vault", path), "utf8");
		}
	};
	walk("");
	return files;
}

// A resource with CRLF line endings and trailing spaces, cited by a question: only its one line may change.
const EXTRA = {
	"Notes/Fiche CRLF.md": "---\r\ntags: ressource\r\n---\r\n### Fiche CRLF  \r\nRésumé avec espaces finales.   \r\n\r\n**Apparaît dans** : [[Agir]]\r\n\r\nFin\t\r\n",
	"Notes/Comment tester.md": "---\ntags: question\neleventyNavigation:\n  key: tester\n  parent: agir\n---\n# Comment tester ?\nRéponse.\n\n1. [[Fiche CRLF]]\n",
};

/** What `sync-appears-in` (the built command line) writes on the same files, with the same settings. */
function commandLineResult(files: Record<string, string>, settings: Record<string, string> = {}): Record<string, string> {
	const dir = mkdtempSync(join(tmpdir(), "museum-writing-int-"));
	try {
		cpSync("demo-vault", dir, { recursive: true });
		for (const [path, text] of Object.entries({ ...files, ...settings })) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		execFileSync(process.execPath, ["dist/cli.cjs", "sync-appears-in", "--vault", dir]);
		return Object.fromEntries(Object.keys(files).map((path) => [path, readFileSync(join(dir, path), "utf8")]));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const modal = () => document.querySelector<HTMLElement>(".modal")!;
const buttons = () => Array.from(modal().querySelectorAll<HTMLButtonElement>("button"));
const noticeTexts = () => Notice.messages;

async function texts(app: App, paths: string[]): Promise<Record<string, string>> {
	return Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await app.vault.read(app.vault.getFileByPath(p)!)])));
}

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
	setRequestUrlHandler(null);
	requestLog.length = 0;
});

describe("Update 'Appears in' lines (built main.js)", () => {
	it("is a command in English and French", async () => {
		setLanguage("fr");
		const app = await createApp({});
		await loadBuiltPlugin(app);
		expect(app.commands.commands["museum-strategy-notes:update-appears-in"].name).toBe("Museum strategy notes: Mettre à jour les lignes «\u202fApparaît dans\u202f»");
	});

	it("previews each change (note, before, after), applies on confirm exactly what sync-appears-in writes, and changes nothing the second time", async () => {
		const files: Record<string, string> = { ...demoVault(), ...EXTRA };
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal().querySelector(".modal-title")!.textContent).toBe("Update 'Appears in' lines");
		expect(Array.from(modal().querySelectorAll(".museum-appears-change")).map((row) => Array.from(row.children).map((c) => c.textContent))).toEqual([
			["Notes/Fiche CRLF.md:7", "- **Apparaît dans** : [[Agir]]", "+ **Apparaît dans** : [[Comment tester]]"],
			["Notes/Le jumeau numérique du château.md:18", "- Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]", "+ Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]"],
		]);
		buttons().find((b) => b.textContent === "Apply")!.click();
		await flush(app);
		expect(noticeTexts()).toContain("Lines updated: 2");
		const paths = Object.keys(files);
		const after = await texts(app, paths);
		expect(after).toEqual(commandLineResult(files));
		expect(after["Notes/Fiche CRLF.md"]).toBe(EXTRA["Notes/Fiche CRLF.md"].replace("[[Agir]]", "[[Comment tester]]"));
		const changedPaths = paths.filter((p) => after[p] !== files[p]);
		expect(changedPaths).toEqual(["Notes/Le jumeau numérique du château.md", "Notes/Fiche CRLF.md"]);

		Notice.clear();
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(document.querySelector(".modal")).toBeNull();
		expect(noticeTexts()).toEqual(["Every 'Appears in' line is up to date."]);
		expect(await texts(app, paths)).toEqual(after);
	});

	it("Cancel writes nothing; once the setting Add missing lines is on, a cited note without a line gets one, as the command line adds it", async () => {
		const files = demoVault();
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal().querySelectorAll(".museum-appears-change")).toHaveLength(1);
		buttons().find((b) => b.textContent === "Cancel")!.click();
		await flush(app);
		expect(await texts(app, Object.keys(files))).toEqual(files);

		const tab = (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
		tab.display();
		Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Add missing 'Appears in' lines")!.querySelector<HTMLElement>(".checkbox-container")!.click();
		await flush(app);
		const settings = { ".obsidian/plugins/museum-strategy-notes/data.json": await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json") };
		expect(JSON.parse(settings[".obsidian/plugins/museum-strategy-notes/data.json"])).toMatchObject({ addMissingAppearsIn: true });
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		const added = Array.from(modal().querySelectorAll(".museum-appears-change")).find((row) => row.firstElementChild!.textContent!.startsWith("Notes/Guide de la stratégie numérique.md"))!;
		expect(Array.from(added.children).map((c) => c.textContent)).toEqual([expect.stringMatching(/^Notes\/Guide de la stratégie numérique\.md:\d+$/), "+ Apparaît dans: [[Qu'est-ce qu'une stratégie numérique]], [[Qu'est-ce qu'une stratégie numérique pour un musée]]"]);
		buttons().find((b) => b.textContent === "Apply")!.click();
		await flush(app);
		expect(await texts(app, Object.keys(files))).toEqual(commandLineResult(files, settings));
	});
});

function type(input: HTMLInputElement, text: string) {
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

const field = (name: string) => Array.from(modal().querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name)!.querySelector("input")!;
const pause = () => new Promise((resolve) => setTimeout(resolve, 450)); // the link is read once typing pauses

async function pick(app: App, input: HTMLInputElement, typed: string, choice: string): Promise<void> {
	type(input, typed);
	await flush(app);
	const item = Array.from(document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")).find((i) => i.textContent === choice);
	if (!item) throw new Error(`no suggestion ${choice}`);
	item.click();
}

const QUESTION = "Notes/Qu'est-ce qu'un jumeau numérique.md";

describe("Create video note from a link (built main.js)", () => {
	it("recognises the link, fills the title from the host's oEmbed answer, writes the note and the question's talk line", async () => {
		setRequestUrlHandler(() => ({ status: 200, json: { title: "Le musée en 2030", author_name: "Forum des musées" } }));
		const app = await createApp(demoVault());
		await loadBuiltPlugin(app);
		const question = await texts(app, [QUESTION]);
		runCommand(app, "museum-strategy-notes:video-from-link");
		await flush(app);
		type(field("Link"), "https://youtu.be/dQw4w9WgXcQ?t=90");
		await pause();
		await flush(app);
		expect(requestLog.map((r) => r.url)).toEqual(["https://www.youtube.com/oembed?format=json&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ"]);
		expect(modal().querySelector("small")!.textContent).toBe("YouTube · Forum des musées");
		expect(field("Title").value).toBe("Le musée en 2030");
		await pick(app, field("Speakers"), "clai", "Claire Martin");
		expect(field("Speakers").value).toBe("Claire Martin; ");
		type(field("Day or event"), "J1");
		await pick(app, field("Questions"), "jumeau", "Qu'est-ce qu'un jumeau numérique?");
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);

		expect(document.querySelector(".modal")).toBeNull();
		const note = await texts(app, ["Notes/Le musée en 2030.md"]);
		expect(note["Notes/Le musée en 2030.md"]).toContain(
			'## Le musée en 2030\n[Claire Martin](https://example.org/intervenants/claire-martin), cheffe de projet numérique, Musée des Exemples (CH)\n\n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90" title="Le musée en 2030"',
		);
		expect(note["Notes/Le musée en 2030.md"]).toMatch(/^---\n[^]*tags: ressource forum\n[^]*event: J1\n---\n/);
		const after = (await texts(app, [QUESTION]))[QUESTION];
		expect(after).not.toBe(question[QUESTION]);
		expect(after).toContain("Claire Martin: [[Le musée en 2030]]");
		expect(noticeTexts()).toContain("Resource note created: Notes/Le musée en 2030.md");
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Le musée en 2030.md");
	});

	it("offline: a clear notice, the note made from the link alone, what was typed kept", async () => {
		setLanguage("fr");
		const app = await createApp(demoVault());
		await loadBuiltPlugin(app);
		const before = await texts(app, [QUESTION]);
		runCommand(app, "museum-strategy-notes:video-from-link");
		await flush(app);
		type(field("Intervenants"), "Paul Durand, conservateur");
		type(field("Lien"), "https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv");
		await pause();
		await flush(app);
		expect(noticeTexts()).toEqual(["Pas de détails de tube.example.org\u202f: la note est faite à partir du lien seul."]);
		expect(field("Titre").value).toBe("");
		expect(field("Intervenants").value).toBe("Paul Durand, conservateur");
		buttons().find((b) => b.textContent === "Créer")!.click();
		await flush(app);
		const path = "Notes/Vidéo PeerTube kkGMgK9ZtnKfYAgnEtQxbv.md";
		expect((await texts(app, [path]))[path]).toContain('## Vidéo PeerTube kkGMgK9ZtnKfYAgnEtQxbv\nPaul Durand, conservateur\n\n<iframe width="560" height="315" src="https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv"');
		expect(await texts(app, [QUESTION])).toEqual(before);
	});

	it("a link that is no video, or a title taken already: says so in the form and writes nothing", async () => {
		setRequestUrlHandler(() => ({ status: 404, text: "Not Found" }));
		const app = await createApp(demoVault());
		await loadBuiltPlugin(app);
		const count = app.vault.getFiles().length;
		runCommand(app, "museum-strategy-notes:video-from-link");
		await flush(app);
		type(field("Link"), "https://example.org/page");
		type(field("Title"), "Le jumeau numérique du château");
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toBe("Not a YouTube, Vimeo, Dailymotion or PeerTube video link.");
		type(field("Link"), "https://vimeo.com/76979871");
		await pause();
		await flush(app);
		expect(noticeTexts()).toEqual(["No details from vimeo.com: the note is made from the link alone."]);
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toBe("Notes/Le jumeau numérique du château.md exists already: change the title.");
		expect(field("Title").value).toBe("Le jumeau numérique du château");
		expect(app.vault.getFiles().length).toBe(count);
	});
});
