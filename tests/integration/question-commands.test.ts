/** @jest-environment jsdom */
import { App, MarkdownView, Notice, Setting, setLanguage } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand, typeInto } from "../obsidian/harness";

const PARENT = "---\neleventyNavigation:\n  key: comprendre\n  title: Comprendre le numérique\n---\n# Comprendre\n";
const SEED = "---\ntitle: MuseumXTD\nlayout: layouts/post.njk\ndate: 2022-05-13\ntags: #question\n---\n\n# Qu'est-ce qu'une stratégie numérique pour un musée ?\n\nTexte.\n";

function key(target: Element, name: string) {
	target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
}

function modal(): HTMLElement {
	const el = document.querySelector<HTMLElement>(".modal.museum-new-question");
	if (!el) throw new Error("the new question dialog is not open");
	return el;
}

const input = (cls: string) => modal().querySelector<HTMLInputElement>(`.${cls}`)!;

async function openApp(files: Record<string, string> = {}): Promise<App> {
	const app = await createApp({ "Notes/Comprendre.md": PARENT, "Notes/Existe.md": "# Existe\n", ...files });
	await loadBuiltPlugin(app);
	return app;
}

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
});

describe("Create museum strategy question (built main.js)", () => {
	it("is in the command palette, in English and French, with no default hotkey", async () => {
		const app = await openApp();
		const command = app.commands.commands["museum-strategy-notes:create-question"];
		expect(command.name).toBe("Museum strategy notes: Create museum strategy question");
		expect(command.hotkeys ?? []).toEqual([]);
		setLanguage("fr");
		const frApp = await openApp();
		expect(frApp.commands.commands["museum-strategy-notes:create-question"].name).toBe("Museum strategy notes: Créer une question de stratégie muséale");
	});

	it("types a question, picks a parent from the suggestions, presses Enter: the note is written and opened on the answer line", async () => {
		const app = await openApp();
		expect(runCommand(app, "museum-strategy-notes:create-question")).toBe(true);
		typeInto(input("museum-question-input"), "Qu'est-ce qu'un jumeau numérique ?");
		expect(modal().querySelector(".museum-new-question-preview")!.textContent).toBe(
			"File: Notes/Qu'est-ce qu'un jumeau numérique.md · navigation key: qu-est-ce-qu-un-jumeau-numerique",
		);
		typeInto(input("museum-answer-input"), "Une copie numérique vivante.");
		const parent = input("museum-parent-input");
		typeInto(parent, "compr");
		await flush();
		const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
		expect(suggestion?.textContent).toContain("Comprendre le numérique");
		suggestion!.click();
		expect(parent.value).toBe("comprendre");

		key(input("museum-question-input"), "Enter");
		await flush(app);

		const file = app.vault.getFileByPath("Notes/Qu'est-ce qu'un jumeau numérique.md");
		expect(file).not.toBeNull();
		const text = await app.vault.read(file!);
		expect(text).toContain("alias:\n  - Qu'est-ce qu'un jumeau numérique ?");
		expect(text).toContain("eleventyNavigation:\n  key: qu-est-ce-qu-un-jumeau-numerique\n  title: Qu'est-ce qu'un jumeau numérique ?\n  parent: comprendre");
		expect(app.metadataCache.getFileCache(file!)?.frontmatter?.tags).toBe("question");
		expect(document.querySelector(".museum-new-question")).toBeNull();
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe(file!.path);
		const cursor = view!.editor.getCursor();
		expect(view!.editor.getLine(cursor.line)).toBe("Une copie numérique vivante.");
	});

	it("a parent typed by hand in another case is saved as the existing key", async () => {
		const app = await openApp();
		runCommand(app, "museum-strategy-notes:create-question");
		typeInto(input("museum-question-input"), "Pourquoi ?");
		typeInto(input("museum-parent-input"), "COMPRENDRE");
		key(input("museum-question-input"), "Enter");
		await flush(app);
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Pourquoi.md")!)).toContain("  parent: comprendre\n");
	});

	it("Esc leaves no file behind", async () => {
		const app = await openApp();
		const before = app.vault.getFiles().length;
		runCommand(app, "museum-strategy-notes:create-question");
		typeInto(input("museum-question-input"), "Pourquoi ?");
		key(input("museum-question-input"), "Escape");
		await flush(app);
		expect(document.querySelector(".museum-new-question")).toBeNull();
		expect(app.vault.getFiles().length).toBe(before);
	});

	it("bad input says why in the dialog and writes nothing", async () => {
		const app = await openApp();
		const before = app.vault.getFiles().length;
		runCommand(app, "museum-strategy-notes:create-question");
		key(input("museum-question-input"), "Enter");
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toBe("Write the question first.");
		typeInto(input("museum-question-input"), "Pourquoi ?");
		typeInto(input("museum-parent-input"), "nulle-part");
		input("museum-parent-input").dispatchEvent(new Event("blur"));
		key(input("museum-question-input"), "Enter");
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toMatch(/No page has the navigation key "nulle-part"/);
		expect(app.vault.getFiles().length).toBe(before);
	});

	it("never overwrites: an existing note of that name is opened instead, and the user is told", async () => {
		const app = await openApp();
		const before = await app.vault.read(app.vault.getFileByPath("Notes/Existe.md")!);
		runCommand(app, "museum-strategy-notes:create-question");
		typeInto(input("museum-question-input"), "EXISTE ?");
		key(input("museum-question-input"), "Enter");
		await flush(app);
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Existe.md");
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Existe.md")!)).toBe(before);
		expect(Notice.messages).toContain('A note named "Existe" exists already: it is open now. Nothing was created.');
	});

	it("creates the questions folder when it is missing, and follows the template note setting", async () => {
		const app = await createApp({ "Modèles/Question.md": "---\nlayout: layouts/question.njk\n---\n# {{question}}\n\n{{answer}}\n" });
		app.vault.adapter.write(".obsidian/plugins/museum-strategy-notes/data.json", JSON.stringify({ questionsFolder: "Questions/2026", questionTemplatePath: "Modèles/Question.md" }));
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:create-question");
		typeInto(input("museum-question-input"), "Pourquoi ?");
		key(input("museum-question-input"), "Enter");
		await flush(app);
		const text = await app.vault.read(app.vault.getFileByPath("Questions/2026/Pourquoi.md")!);
		expect(text).toContain("layout: layouts/question.njk");
		expect(text).toContain("# Pourquoi ?");
	});
});

describe("Add question properties to current note (built main.js)", () => {
	it("fills the seed's empty tags and the missing properties, keeps every value and the body", async () => {
		const app = await openApp({ "Notes/Stratégie.md": SEED });
		const file = app.vault.getFileByPath("Notes/Stratégie.md")!;
		await app.workspace.getLeaf(false).openFile(file);
		expect(runCommand(app, "museum-strategy-notes:add-question-properties")).toBe(true);
		await flush(app);
		const text = await app.vault.read(file);
		const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
		expect(frontmatter).toMatchObject({
			title: "MuseumXTD",
			date: "2022-05-13",
			tags: "question",
			alias: ["Qu'est-ce qu'une stratégie numérique pour un musée ?"],
			eleventyNavigation: { key: "qu-est-ce-qu-une-strategie-numerique-pour-un-musee", title: "Qu'est-ce qu'une stratégie numérique pour un musée ?" },
		});
		expect(text.endsWith("\n# Qu'est-ce qu'une stratégie numérique pour un musée ?\n\nTexte.\n")).toBe(true);
	});

	it("is not offered without an open note", async () => {
		const app = await openApp();
		expect(runCommand(app, "museum-strategy-notes:add-question-properties")).toBe(false);
	});

	it("leaves a note with malformed YAML alone and says so", async () => {
		const broken = "---\ntags: [question\n---\n# Q ?\n";
		const app = await openApp({ "Notes/Cassée.md": broken });
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Notes/Cassée.md")!);
		runCommand(app, "museum-strategy-notes:add-question-properties");
		await flush(app);
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Cassée.md")!)).toBe(broken);
		expect(Notice.messages.join("\n")).toMatch(/not valid YAML/);
	});
});

describe("settings tab (built main.js)", () => {
	const tab = (app: App) => (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
	const setting = (container: HTMLElement, name: string) =>
		Array.from(container.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);

	it("changing the questions folder is saved and used by the next question", async () => {
		const app = await openApp();
		const { containerEl } = tab(app);
		tab(app).display();
		expect(containerEl.querySelector(".setting-item-heading .setting-item-name")?.textContent).toBe("New notes");
		const folder = setting(containerEl, "Questions folder")!.querySelector("input")!;
		expect(folder.value).toBe("Notes");
		typeInto(folder, "/Questions/2026/");
		await flush(app);
		const saved = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json"));
		expect(saved.questionsFolder).toBe("Questions/2026");

		runCommand(app, "museum-strategy-notes:create-question");
		typeInto(input("museum-question-input"), "Pourquoi ?");
		key(input("museum-question-input"), "Enter");
		await flush(app);
		expect(app.vault.getFileByPath("Questions/2026/Pourquoi.md")).not.toBeNull();
	});

	it("Obsidian 1.13 gets every setting of the tab from getSettingDefinitions (settings search), under the same headings, saving the same way", async () => {
		const app = await openApp();
		const current = tab(app) as unknown as { display(): void; containerEl: HTMLElement; getSettingDefinitions(): { heading: string; items: { name: string; render(s: Setting): void }[] }[] };
		current.display();
		const shown = Array.from(current.containerEl.querySelectorAll(".setting-item-name")).map((el) => el.textContent);
		const definitions = current.getSettingDefinitions();
		expect(definitions.flatMap((group) => [group.heading, ...group.items.map((item) => item.name)])).toEqual(shown);
		expect(definitions.map((group) => group.heading)).toEqual(["New notes", "Publishing"]);

		const row = new Setting(document.body.createDiv());
		definitions[0].items.find((item) => item.name === "Resources folder")!.render(row);
		typeInto(row.controlEl.querySelector("input")!, "Ressources/");
		await flush(app);
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json")).resourcesFolder).toBe("Ressources");
	});

	it("the template note setting suggests the vault's notes; the labels follow Obsidian's language", async () => {
		setLanguage("fr");
		const app = await openApp({ "Modèles/Question.md": "# {{question}}\n" });
		tab(app).display();
		const template = setting(tab(app).containerEl, "Note modèle de question")!.querySelector("input")!;
		typeInto(template, "modèles");
		await flush(app);
		const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
		expect(suggestion?.textContent).toBe("Modèles/Question.md");
		suggestion!.click();
		await flush(app);
		const saved = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json"));
		expect(saved.questionTemplatePath).toBe("Modèles/Question.md");
	});
});
