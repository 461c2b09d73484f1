/**
 * The hostile corpus (tests/fixtures/hostile-vault.ts) through every part of
 * the core: the parser, the index and its problems, the sidebar model, the
 * question template and the publish compiler. None may throw, and each
 * malformed note gets a warning that says what is wrong.
 */
import { VaultIndex } from "../../src/core/index/vault-index";
import { vaultProblems } from "../../src/core/index/problems";
import { parseNote } from "../../src/core/note/parse";
import { sidebarModel } from "../../src/core/sidebar/build";
import { planNewQuestion } from "../../src/core/template/question-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { HOSTILE } from "../fixtures/hostile-vault";
import { testYaml } from "../helpers/yaml";
import { allWrittenText, plan } from "./publish/helpers";

const texts = Object.entries(HOSTILE).map(([path, { text }]) => [path, typeof text === "string" ? text : new TextDecoder().decode(text)] as const);

describe("hostile notes: parser", () => {
	test.each([
		["Hostile/Guillemets ouverts.md", "yaml-invalid"],
		["Hostile/Tabulations.md", "yaml-invalid"],
		["Hostile/Clés en double.md", "yaml-invalid"],
		["Hostile/Non fermé.md", "frontmatter-unclosed"],
		["Hostile/Vide.md", "empty-note"],
	])("%s: a %s warning", (path, code) => {
		const record = parseNote(path, texts.find(([p]) => p === path)![1], testYaml);
		expect(record.warnings.map((w) => w.code)).toContain(code);
		for (const w of record.warnings) expect(w.message.length).toBeGreaterThan(10);
	});

	test("every note parses to a record of its own path, in time", () => {
		for (const [path, text] of texts) {
			const record = parseNote(path, text, testYaml);
			expect(record.path).toBe(path);
		}
	});

	test("tags as numbers or nested lists are not questions by accident, and read what they can", () => {
		const numbers = parseNote("Hostile/Étiquettes nombres.md", texts.find(([p]) => p.endsWith("nombres.md"))![1], testYaml);
		expect(numbers.kind).toBe("other");
		const nested = parseNote("Hostile/Étiquettes imbriquées.md", texts.find(([p]) => p.endsWith("imbriquées.md"))![1], testYaml);
		expect(nested.path).toBe("Hostile/Étiquettes imbriquées.md");
	});

	test("CRLF line ends read like any note; a byte order mark hides the frontmatter, as in Obsidian (check says so)", () => {
		const crlf = parseNote("Hostile/CRLF.md", texts.find(([p]) => p.endsWith("CRLF.md"))![1], testYaml);
		expect(crlf.kind).toBe("question");
		expect(crlf.resources.map((r) => r.summary)).toEqual(["Résumé."]);
		expect(parseNote("Hostile/BOM.md", texts.find(([p]) => p.endsWith("BOM.md"))![1], testYaml).path).toBe("Hostile/BOM.md");
	});
});

describe("hostile notes: index, problems, sidebar", () => {
	const index = VaultIndex.build(texts, testYaml);

	test("the index builds over every note (the navigation cycle included) and its problems are messages", () => {
		const problems = vaultProblems(index);
		expect(problems.length).toBeGreaterThan(0);
		for (const problem of problems) expect(typeof problem.message).toBe("string");
	});

	test("the sidebar model of every note, and the overview, build", () => {
		for (const [path] of texts) expect(sidebarModel(index, path)).toBeTruthy();
		expect(sidebarModel(index, null)).toBeTruthy();
	});
});

describe("hostile notes: the question template", () => {
	test("each hostile text, as a question, gives a note or a clear refusal", () => {
		for (const [, text] of texts.filter(([p]) => !p.endsWith("Énorme.md") && !p.endsWith("Dix mille.md"))) {
			const result = planNewQuestion({ question: text.slice(0, 2000) }, { settings: DEFAULT_SETTINGS, notePaths: texts.map(([p]) => p), navigationKeys: [], template: null, yaml: testYaml, today: "2026-12-02" });
			if (result.status === "invalid") expect(result.message.length).toBeGreaterThan(10);
			else expect(result.path.endsWith(".md")).toBe(true);
		}
	});
});

describe("hostile notes: the publish compiler", () => {
	// As the command line reads them: a binary file named .md is read as UTF-8 text.
	const p = plan(Object.fromEntries(texts));

	test("every note is compiled, nothing of the binary file's bytes becomes a link, warnings name their notes", () => {
		// The NFD and NFC twins are one name for the compiler (check warns about the pair).
		expect(p.compiled.size).toBe(texts.length - 1);
		for (const w of p.warnings) expect(texts.map(([path]) => path)).toContain(w.path || texts[0][0]);
		expect(allWrittenText(p)).not.toContain("undefined");
	});

	test("self links go to the page itself, cycles stop with a warning", () => {
		expect(p.warnings).toContainEqual(expect.objectContaining({ code: "embed-cycle", path: "Hostile/Cycle A.md" }));
		expect(p.compiled.get("Hostile/Soi-même.md")).toContain("(#");
	});
});
