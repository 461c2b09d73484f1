/** @jest-environment jsdom */
import "../helpers/text-encoder";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Notice, setLanguage, setRequestUrlHandler, requestLog } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";
import { runCommandLine as cli } from "../helpers/cli";

/** The demo vault's notes, as the in-memory vault's files. */
function demoFiles(root = "demo-vault", folder = ""): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(join(root, folder))) {
		const path = folder ? `${folder}/${name}` : name;
		if (statSync(join(root, path)).isDirectory()) Object.assign(files, demoFiles(root, path));
		else if (name.endsWith(".md")) files[path] = readFileSync(join(root, path), "utf8");
	}
	return files;
}

function type(input: HTMLInputElement, text: string) {
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

const modal = (cls: string) => document.querySelector<HTMLElement>(`.modal.${cls}`);
const button = (root: HTMLElement, text: string) => Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text)!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
	setRequestUrlHandler(null);
	requestLog.length = 0;
});

describe("Update 'Appears in' lines (built main.js)", () => {
	const CHATEAU = "Notes/Le jumeau numérique du château.md";

	it("previews each change, writes on confirmation, and writes exactly what sync-appears-in writes", async () => {
		const files: Record<string, string> = { ...demoFiles(), "Notes/Seule.md": "---\ntags: ressource\n---\n### Seule\nRésumé.\r\n\r\nApparaît dans: [[Comment numériser ses collections]]  \r\n" };
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		expect(app.commands.commands["museum-strategy-notes:update-appears-in"].name).toBe("Museum strategy notes: Update 'Appears in' lines");
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		const dialog = modal("museum-appears-in")!;
		expect(Array.from(dialog.querySelectorAll(".museum-appears-change")).map((c) => c.textContent)).toEqual([
			`${CHATEAU}Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]`,
		]);
		// Nothing is written before the confirmation.
		expect(await app.vault.read(app.vault.getFileByPath(CHATEAU)!)).toBe(files[CHATEAU]);
		button(dialog, "Update 1 notes").click();
		await flush(app);
		expect(Notice.messages).toContain("“Apparaît dans” lines updated: 1.");

		// The command line, on a copy of the same vault, writes the same bytes.
		const copy = mkdtempSync(join(tmpdir(), "museum-appears-"));
		try {
			cpSync("demo-vault", copy, { recursive: true });
			await cli("sync-appears-in", "--vault", copy);
			expect(await app.vault.read(app.vault.getFileByPath(CHATEAU)!)).toBe(readFileSync(join(copy, CHATEAU), "utf8"));
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
		// An uncited note keeps its line, CRLF and trailing spaces; a second run has nothing to do.
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Seule.md")!)).toBe(files["Notes/Seule.md"]);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal("museum-appears-in")).toBeNull();
		expect(Notice.messages).toContain("Every “Apparaît dans” line is up to date.");
	});

	it("Cancel writes nothing; the setting Add missing lines (off by default) adds them; French names", async () => {
		setLanguage("fr");
		const app = await createApp(demoFiles());
		const plugin = (await loadBuiltPlugin(app)) as unknown as { settings: { addMissingAppearsIn: boolean } };
		expect(app.commands.commands["museum-strategy-notes:update-appears-in"].name).toBe("Museum strategy notes: Mettre à jour les lignes « Apparaît dans »");
		expect(plugin.settings.addMissingAppearsIn).toBe(false);
		const tab = (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
		tab.display();
		const toggle = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Ajouter les lignes manquantes")!;
		toggle.querySelector<HTMLElement>(".checkbox-container")!.click();
		await flush(app);
		expect(plugin.settings.addMissingAppearsIn).toBe(true);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		const dialog = modal("museum-appears-in")!;
		const notes = Array.from(dialog.querySelectorAll(".museum-appears-note")).map((n) => n.textContent);
		expect(notes).toContain("Notes/Guide de la stratégie numérique.md");
		const guide = await app.vault.read(app.vault.getFileByPath("Notes/Guide de la stratégie numérique.md")!);
		button(dialog, "Annuler").click();
		await flush(app);
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Guide de la stratégie numérique.md")!)).toBe(guide);
	});
});

describe("Create video note from a link (built main.js)", () => {
	const input = (cls: string) => modal("museum-new-video")!.querySelector<HTMLInputElement>(`.${cls}`)!;

	async function open(files = demoFiles()): Promise<App> {
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:new-video-note");
		await flush(app);
		return app;
	}

	it("paste a link: the host's title fills the form; speakers and questions are suggested; the note and the question are written", async () => {
		setRequestUrlHandler(() => ({ status: 200, json: { title: "Le musée en 2030", author_name: "Forum des musées" } }));
		const app = await open();
		type(input("museum-video-url"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90");
		await wait(450);
		await flush(app);
		expect(requestLog.map((r) => r.url)).toEqual([`https://www.youtube.com/oembed?format=json&url=${encodeURIComponent("https://www.youtube.com/watch?v=dQw4w9WgXcQ")}`]);
		expect(input("museum-video-title").value).toBe("Le musée en 2030");
		expect(modal("museum-new-video")!.querySelector(".museum-video-status")!.textContent).toBe("YouTube video dQw4w9WgXcQ, Forum des musées");

		type(input("museum-video-speakers"), "clai");
		await flush();
		const speaker = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item")!;
		expect(speaker.textContent).toBe("Claire Martin");
		speaker.click();
		expect(input("museum-video-speakers").value).toBe("Claire Martin, ");
		type(input("museum-video-event"), "J1");
		type(input("museum-video-questions"), "jumeau");
		await flush();
		const question = Array.from(document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")).find((s) => s.textContent === "Qu'est-ce qu'un jumeau numérique?")!;
		question.click();
		expect(modal("museum-new-video")!.querySelector(".museum-video-chosen")!.textContent).toBe("× Qu'est-ce qu'un jumeau numérique?");
		button(modal("museum-new-video")!, "Create").click();
		await flush(app);

		const note = await app.vault.read(app.vault.getFileByPath("Notes/Le musée en 2030.md")!);
		expect(note).toBe(
			"---\ntitle: MuseumXTD\nlayout: layouts/post.njk\ntags: ressource forum\nevent: J1\n---\n## Le musée en 2030\n[Claire Martin](https://example.org/intervenants/claire-martin), cheffe de projet numérique, Musée des Exemples (CH)\n\n" +
				'<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90" title="Le musée en 2030" frameborder="0" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe>\n',
		);
		const text = await app.vault.read(app.vault.getFileByPath("Notes/Qu'est-ce qu'un jumeau numérique.md")!);
		expect(text).toContain("Claire Martin: [[Le musée en 2030]]");
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Le musée en 2030.md");
		expect(Notice.messages).toContain("Video note created: Notes/Le musée en 2030.md.");
	});

	it("offline: a clear notice, and the note is made from the link alone with what was typed", async () => {
		setLanguage("fr");
		setRequestUrlHandler(() => Promise.reject(new Error("net::ERR_INTERNET_DISCONNECTED")));
		const app = await open();
		expect(modal("museum-new-video")!.querySelector(".modal-title")!.textContent).toBe("Créer une note vidéo depuis un lien");
		type(input("museum-video-url"), "https://vimeo.com/76979871/8272103f6e");
		await wait(450);
		await flush(app);
		expect(modal("museum-new-video")!.querySelector(".museum-video-status")!.textContent).toBe("Vimeo n’a pas répondu : la note sera faite à partir du lien seul.");
		type(input("museum-video-speakers"), "Jean Neuf");
		button(modal("museum-new-video")!, "Créer").click();
		await flush(app);
		const note = await app.vault.read(app.vault.getFileByPath("Notes/Vidéo Vimeo 76979871.md")!);
		expect(note).toContain("## Vidéo Vimeo 76979871\nJean Neuf\n\n<iframe width=\"560\" height=\"315\" src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"");
		expect(Notice.messages.join("\n")).toMatch(/Elle a été faite à partir du lien seul/);
	});

	it("a link that is not a video says so; an existing note of that name is opened, not overwritten", async () => {
		setRequestUrlHandler(() => ({ status: 200, json: { title: "Un temps pour la rematérialisation" } }));
		const app = await open();
		type(input("museum-video-url"), "https://example.org/page");
		await wait(450);
		expect(modal("museum-new-video")!.querySelector(".museum-video-status")!.textContent).toBe("Not a YouTube, Vimeo, Dailymotion or PeerTube video link.");
		expect(requestLog).toHaveLength(0);
		type(input("museum-video-url"), "https://dai.ly/x8abc12");
		await wait(450);
		await flush(app);
		const before = await app.vault.read(app.vault.getFileByPath("Notes/Un temps pour la rematérialisation.md")!);
		button(modal("museum-new-video")!, "Create").click();
		await flush(app);
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Un temps pour la rematérialisation.md")!)).toBe(before);
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Un temps pour la rematérialisation.md");
		expect(Notice.messages).toContain('A note named "Un temps pour la rematérialisation" exists already: it is open now. Nothing was created.');
	});
});
