import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommandLine as cli } from "../helpers/cli";

describe("new-question (command line)", () => {
	let vault: string;
	beforeEach(() => {
		vault = mkdtempSync(join(tmpdir(), "museum-cli-"));
		mkdirSync(join(vault, "Notes"));
		writeFileSync(join(vault, "Notes", "Comprendre.md"), "---\neleventyNavigation:\n  key: comprendre\n  title: Comprendre\n---\n");
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));

	it("creates the note, prints its path, exits 0; --json prints the contract", async () => {
		const result = await cli("new-question", "--vault", vault, "--question", "Qu'est-ce qu'un jumeau numérique ?", "--parent", "comprendre", "--json");
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(JSON.parse(result.stdout)).toEqual({ created: true, path: "Notes/Qu'est-ce qu'un jumeau numérique.md", key: "qu-est-ce-qu-un-jumeau-numerique", similar: [] });
		expect(readFileSync(join(vault, "Notes", "Qu'est-ce qu'un jumeau numérique.md"), "utf8")).toContain("parent: comprendre");
		const plain = await cli("new-question", "--vault", vault, "--question", "Pourquoi ?", "--folder", "Questions/2026");
		expect(plain).toMatchObject({ code: 0, stdout: "Questions/2026/Pourquoi.md\n" });
	});

	it("exits 3 and prints the existing path when the name is taken; writes nothing", async () => {
		const before = readdirSync(join(vault, "Notes"));
		const result = await cli("new-question", "--vault", vault, "--question", "comprendre ?");
		expect(result).toMatchObject({ code: 3, stdout: "Notes/Comprendre.md\n" });
		expect(readdirSync(join(vault, "Notes"))).toEqual(before);
	});

	it.each([
		["a note with a navigation key", "comprendre ?", { created: false, path: "Notes/Comprendre.md", key: "comprendre", similar: [] }],
		["a note without one", "Brouillon ?", { created: false, path: "Notes/Brouillon.md", key: null, similar: [] }],
	])("--json on an existing note (%s) reports its own key and path, exits 3", async (_name, question, expected) => {
		writeFileSync(join(vault, "Notes", "Brouillon.md"), "Texte.\n");
		const result = await cli("new-question", "--vault", vault, "--question", question, "--json");
		expect(result.code).toBe(3);
		expect(JSON.parse(result.stdout)).toEqual(expected);
	});

	it("a parent typed in another case is saved as the existing key, and check finds no missing parent", async () => {
		const result = await cli("new-question", "--vault", vault, "--question", "Pourquoi ?", "--parent", "COMPRENDRE");
		expect(result.code).toBe(0);
		expect(readFileSync(join(vault, "Notes", "Pourquoi.md"), "utf8")).toContain("  parent: comprendre\n");
		expect((await cli("check", "--vault", vault)).stdout).not.toContain("missing-parent");
	});

	it.each([
		[["--question", ""], /question is empty/],
		[["--question", "Pourquoi ?", "--parent", "nulle-part"], /navigation key "nulle-part"/],
	])("exits 2 with a message for bad input %j", async (args, message) => {
		const result = await cli("new-question", "--vault", vault, ...args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
	});

	it("exits 2 when the vault is missing or an option is unknown", async () => {
		expect((await cli("new-question", "--vault", join(vault, "absent"), "--question", "Q ?")).code).toBe(2);
		expect((await cli("new-question", "--question", "Q ?")).stderr).toMatch(/--vault is required/);
		expect((await cli("new-question", "--vault", vault, "--questoin", "Q ?")).code).toBe(2);
	});

	it("uses the plugin's saved settings and template note", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "museum-strategy-notes"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "museum-strategy-notes", "data.json"), JSON.stringify({ questionsFolder: "Questions", siteTitle: "Mon musée", questionTemplatePath: "Template/Question" }));
		mkdirSync(join(vault, "Template"));
		writeFileSync(join(vault, "Template", "Question.md"), "---\ntitle: {{title}}\n---\n# {{question}}\n{{answer}}\n");
		const result = await cli("new-question", "--vault", vault, "--question", "Pourquoi ?", "--answer", "Parce que.");
		expect(result).toMatchObject({ code: 0, stdout: "Questions/Pourquoi.md\n" });
		const text = readFileSync(join(vault, "Questions", "Pourquoi.md"), "utf8");
		expect(text).toContain("title: Mon musée");
		expect(text).toContain("# Pourquoi ?\nParce que.");
	});
});
