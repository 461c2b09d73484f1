/** @jest-environment jsdom */
import { App, Notice, setLanguage } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand, typeInto } from "../obsidian/harness";

const question = (title: string, key: string, parent = "comprendre", answer = "Une réponse.") =>
	`---\ntags: question\nalias: [${title}]\neleventyNavigation:\n  key: ${key}\n  title: ${title}\n  parent: ${parent}\n---\n# **${title}**\n${answer}\n\n1. [[Une ressource]]\n`;

const FILES = {
	"Notes/Comprendre.md": "---\neleventyNavigation:\n  key: comprendre\n  title: Comprendre le numérique\n---\n# Comprendre\n",
	"Notes/Qu'est-ce qu'une stratégie numérique.md": question("Qu'est-ce qu'une stratégie numérique?", "strategie"),
	"Notes/Comment numériser ses collections.md": question("Comment numériser ses collections?", "numeriser"),
	"Notes/Comment former les équipes.md": question("Comment former les équipes?", "former"),
	"Template/Question.md": "---\ntags: question\nalias: [\"{{question}}\"]\n---\n# {{question}}\n",
};

const dialog = () => document.querySelector<HTMLElement>(".modal.museum-new-question")!;
const rows = () => Array.from(dialog().querySelectorAll<HTMLElement>(".museum-similar-item"));

async function typeQuestion(app: App, text: string): Promise<void> {
	runCommand(app, "museum-strategy-notes:create-question");
	typeInto(dialog().querySelector<HTMLInputElement>(".museum-question-input")!, text);
	await new Promise((r) => setTimeout(r, 200)); // the list waits for typing to pause
	await flush(app);
}

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
});

describe("similar questions in the new question dialog (built main.js)", () => {
	it("shows the closest existing questions, best first, with their navigation parent, as the user types", async () => {
		const app = await createApp(FILES);
		await loadBuiltPlugin(app);
		await typeQuestion(app, "Comment élaborer une stratégie numér");
		expect(dialog().querySelector(".museum-similar-title")?.textContent).toBe("Similar questions");
		expect(rows().map((r) => r.querySelector("div")!.textContent)).toEqual(["Qu'est-ce qu'une stratégie numérique? · Comprendre le numérique", "Comment numériser ses collections? · Comprendre le numérique"]);
		typeInto(dialog().querySelector<HTMLInputElement>(".museum-question-input")!, "xyzzy");
		await new Promise((r) => setTimeout(r, 200));
		expect(rows()).toHaveLength(0);
	});

	it("a ticked question goes into the new note's Ressources similaires line", async () => {
		const app = await createApp(FILES);
		await loadBuiltPlugin(app);
		await typeQuestion(app, "Comment élaborer une stratégie numérique ?");
		rows()[0].querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
		dialog().querySelector<HTMLInputElement>(".museum-question-input")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		await flush(app);
		const text = await app.vault.read(app.vault.getFileByPath("Notes/Comment élaborer une stratégie numérique.md")!);
		expect(text).toContain("\nRessources similaires: [[Qu'est-ce qu'une stratégie numérique|Qu'est-ce qu'une stratégie numérique?]]\n");
	});

	it("Open shows the existing question instead of creating a new one", async () => {
		setLanguage("fr");
		const app = await createApp(FILES);
		await loadBuiltPlugin(app);
		const before = app.vault.getFiles().length;
		await typeQuestion(app, "Former les équipes du musée");
		const open = rows()[0].querySelector<HTMLElement>("button")!;
		expect(open.getAttribute("aria-label")).toBe("Ouvrir plutôt");
		open.click();
		await flush(app);
		expect(document.querySelector(".museum-new-question")).toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Comment former les équipes.md");
		expect(app.vault.getFiles().length).toBe(before);
	});
});
