import { fileNameForQuestion } from "../../../src/core/template/file-name";
import { navigationKeyFor } from "../../../src/core/template/navigation-key";
import { planNewQuestion, NewQuestionContext } from "../../../src/core/template/question-note";
import { fillQuestionProperties } from "../../../src/core/template/question-properties";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { parseNote } from "../../../src/core/note/parse";
import { testYaml } from "../../helpers/yaml";

describe("file name of a question", () => {
	it.each([
		["Qu'est-ce qu'un jumeau numérique ?", "Qu'est-ce qu'un jumeau numérique"],
		["Musée : quels outils ?", "Musée quels outils"],
		['Un "guide" <pratique> | a/b \\ c * d # e ^ f [g]', "Un guide pratique a b c d e f g"],
		["  Espaces   multiples\tici  ", "Espaces multiples ici"],
		["Fin par un point.", "Fin par un point"],
		[".cache caché", "cache caché"],
		["Qu\u2019est-ce que l\u2019«\u00a0open data\u00a0»\u00a0?", "Qu\u2019est-ce que l\u2019« open data »"],
		["E\u0301te\u0301 ?", "Été"],
		["CON", "CON (question)"],
		["lpt1", "lpt1 (question)"],
		["???", ""],
	])("%j → %j", (question, name) => {
		expect(fileNameForQuestion(question)).toBe(name);
	});

	it("cuts long questions at a word boundary, at most 100 characters", () => {
		const long = "Comment une petite équipe de musée peut-elle construire une stratégie numérique durable et partagée avec tous les départements ?";
		const name = fileNameForQuestion(long);
		expect(name.length).toBeLessThanOrEqual(100);
		expect(long.startsWith(name)).toBe(true);
		expect(long[name.length]).toBe(" ");
	});
});

describe("navigation key", () => {
	it.each([
		["Qu'est-ce qu'un jumeau numérique ?", [], "qu-est-ce-qu-un-jumeau-numerique"],
		["Œuvres & données", [], "oeuvres-donnees"],
		["博物馆", [], "question"],
		["Jumeau", ["jumeau"], "jumeau-2"],
		["Jumeau", ["jumeau", "Jumeau-2"], "jumeau-3"],
	])("%j with %j → %j", (question, keys, key) => {
		expect(navigationKeyFor(question, keys)).toBe(key);
	});
});

const context = (overrides: Partial<NewQuestionContext> = {}): NewQuestionContext => ({
	settings: DEFAULT_SETTINGS,
	notePaths: ["Notes/Existe déjà.md", "index.md"],
	navigationKeys: ["comprendre", "agir"],
	template: null,
	yaml: testYaml,
	today: "2026-11-26",
	...overrides,
});

describe("planning a new question", () => {
	it("writes a well-formed question that the note model reads back", () => {
		const plan = planNewQuestion({ question: "Qu'est-ce qu'un jumeau numérique: définition ?", answer: "Une copie vivante.", parent: "comprendre" }, context());
		if (plan.status !== "create") throw new Error(plan.status);
		expect(plan.path).toBe("Notes/Qu'est-ce qu'un jumeau numérique définition.md");
		const record = parseNote(plan.path, plan.content, testYaml);
		expect(record).toMatchObject({
			kind: "question",
			question: "Qu'est-ce qu'un jumeau numérique: définition ?",
			aliases: ["Qu'est-ce qu'un jumeau numérique: définition ?"],
			navigation: { key: "qu-est-ce-qu-un-jumeau-numerique-definition", title: "Qu'est-ce qu'un jumeau numérique: définition ?", parent: "comprendre" },
			answer: "Une copie vivante.",
			frontmatter: expect.objectContaining({ title: "MuseumXTD", layout: "layouts/post.njk", tags: "question", date: "2026-11-26" }),
		});
		expect(record.videoSections).toHaveLength(1);
		expect(plan.content.split("\n")[plan.cursor.line]).toBe("Une copie vivante.");
		expect(plan.cursor.ch).toBe("Une copie vivante.".length);
	});

	it("without an answer, the cursor waits on the empty answer line under the title", () => {
		const plan = planNewQuestion({ question: "Pourquoi ?" }, context());
		if (plan.status !== "create") throw new Error(plan.status);
		const lines = plan.content.split("\n");
		expect(lines[plan.cursor.line - 1]).toBe("# **Pourquoi ?**");
		expect(lines[plan.cursor.line]).toBe("");
		expect(parseNote(plan.path, plan.content, testYaml).navigation?.parent).toBeNull();
	});

	it.each([
		[{ question: "   " }, "empty-question"],
		[{ question: "?? :: ##" }, "no-usable-name"],
		[{ question: "Pourquoi ?", parent: "inconnu" }, "unknown-parent"],
	])("bad input %j → %s, nothing planned", (input, code) => {
		expect(planNewQuestion(input, context())).toMatchObject({ status: "invalid", code });
	});

	it("never overwrites: a note of that name anywhere (case, NFC) is found", () => {
		expect(planNewQuestion({ question: "EXISTE DE\u0301JA\u0300 ?" }, context())).toEqual({ status: "exists", path: "Notes/Existe déjà.md" });
	});

	it("a parent typed in another case is saved as the existing key", () => {
		const plan = planNewQuestion({ question: "Pourquoi ?", parent: " COMPRENDRE " }, context());
		if (plan.status !== "create") throw new Error(plan.status);
		expect(parseNote(plan.path, plan.content, testYaml).navigation?.parent).toBe("comprendre");
	});

	it("a template note's placeholders are filled, its YAML kept valid, its question properties enforced", () => {
		const template = "---\ntags: [comprendre]\ndescription: {{question}}\nlayout: layouts/question.njk\n---\n# {{question}}\n\n{{answer}}\n\nParent : {{parent}}, le {{date}} ({{title}}, {{filename}}, {{key}}) {{time}}\n";
		const plan = planNewQuestion({ question: "Pourquoi #numériser: vraiment ?", answer: "Pour partager.", parent: "agir" }, context({ template: { path: "Template/Question.md", text: template } }));
		if (plan.status !== "create") throw new Error(plan.status);
		const record = parseNote(plan.path, plan.content, testYaml);
		expect(record.frontmatter).toMatchObject({ description: "Pourquoi #numériser: vraiment ?", layout: "layouts/question.njk", tags: ["question", "comprendre"] });
		expect(record.navigation).toMatchObject({ title: "Pourquoi #numériser: vraiment ?", parent: "agir" });
		expect(plan.content).toContain("Parent : agir, le 2026-11-26 (MuseumXTD, Pourquoi numériser vraiment, pourquoi-numeriser-vraiment) {{time}}");
		expect(plan.content.split("\n")[plan.cursor.line]).toBe("Pour partager.");
	});

	it("a missing template note falls back to the built-in one, with a warning", () => {
		const plan = planNewQuestion({ question: "Pourquoi ?" }, context({ template: { path: "Template/Absent.md", text: null } }));
		expect(plan).toMatchObject({ status: "create", warnings: [expect.objectContaining({ code: "template-missing" })] });
	});

	it("a template note with malformed YAML creates nothing", () => {
		const plan = planNewQuestion({ question: "Pourquoi ?" }, context({ template: { path: "T.md", text: "---\ntags: [question\n---\n# {{question}}\n" } }));
		expect(plan).toMatchObject({ status: "invalid", code: "template-invalid-yaml" });
	});
});

describe("adding question properties to a note", () => {
	it("fills what is missing (the seed's empty tags) and never changes a value", () => {
		const frontmatter: Record<string, unknown> = { title: "Mon site", tags: null, date: "2022-05-13", eleventyNavigation: { parent: "comprendre" } };
		const filled = fillQuestionProperties(frontmatter, "Qu'est-ce qu'une stratégie ?", ["comprendre"], DEFAULT_SETTINGS);
		expect(filled).toEqual(["layout", "tags", "alias", "eleventyNavigation.key", "eleventyNavigation.title"]);
		expect(frontmatter).toEqual({
			title: "Mon site",
			layout: "layouts/post.njk",
			tags: "question",
			date: "2022-05-13",
			alias: ["Qu'est-ce qu'une stratégie ?"],
			eleventyNavigation: { parent: "comprendre", key: "qu-est-ce-qu-une-strategie", title: "Qu'est-ce qu'une stratégie ?" },
		});
		expect(fillQuestionProperties(frontmatter, "Autre ?", [], DEFAULT_SETTINGS)).toEqual([]);
	});
});
