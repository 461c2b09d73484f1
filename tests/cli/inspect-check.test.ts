import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FM, museumVault } from "../core/index/museum-vault";
import { runCommandLine as run } from "../helpers/cli";

const Q = "Notes/Qu'est-ce qu'un jumeau numérique.md";

function writeVault(files: Map<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "museum-cli-"));
	for (const [path, text] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const vault = (files = museumVault()) => {
	const root = writeVault(files);
	roots.push(root);
	return root;
};

describe("inspect", () => {
	test("--json prints the sidebar model of a question, in the documented shape", async () => {
		const { code, stdout } = await run("inspect", "--vault", vault(), "--note", Q, "--json");
		expect(code).toBe(0);
		const model = JSON.parse(stdout);
		expect(model).toMatchObject({ note: Q, kind: "question", question: "Qu'est-ce qu'un jumeau numérique?", navigation: { key: "jumeau", title: "Qu'est-ce qu'un jumeau numérique?", parent: "comprendre" } });
		expect(model.resources[0]).toEqual(
			expect.objectContaining({ number: 1, label: "Le jumeau numérique du château", title: "Le jumeau numérique du château", target: "Notes/Le jumeau numérique du château.md", url: null, kind: "note", summary: "Le château numérisé et ses usages.", line: 14 }),
		);
		expect(model.resources.map((r: { kind: string }) => r.kind)).toEqual(["note", "note", "external", "unresolved", "video", "note"]);
		expect(model.resources[2]).toMatchObject({ target: null, url: "https://example.org/guide" });
		expect(model.videos[0]).toMatchObject({ target: "Notes/Vidéos/Un temps pour la rematérialisation.md", title: "Un temps pour la rematérialisation", speakers: ["Prénom Nom"] });
		expect(model.related).toEqual([expect.objectContaining({ target: "Notes/Comment numériser ses collections.md", question: "Comment numériser ses collections?" })]);
		expect(model.citedBy).toEqual([]);
		expect(model.warnings).toContainEqual(expect.objectContaining({ code: "unresolved-link", line: 19 }));
	});

	test("the seed draft, as written (tags: #question), is a question: its four resources as numbered and the two talks of Video J1", async () => {
		const seed = readFileSync(join(__dirname, "../../../shared/seed/000_ca90a751f1c2399d.txt"), "utf8");
		const { code, stdout } = await run("inspect", "--vault", vault(new Map([["Notes/Stratégie numérique.md", seed]])), "--note", "Notes/Stratégie numérique.md", "--json");
		expect(code).toBe(0);
		const model = JSON.parse(stdout);
		expect(model).toMatchObject({ kind: "question", question: "Qu'est-ce qu'une stratégie numérique pour un musée ?" });
		expect(model.resources.map((r: { number: number; title: string }) => `${r.number}. ${r.title}`)).toEqual([
			"1. AMS. La pratique muséale numérique. Une approche globale.",
			"1. Journée professionnelle - La Stratégie numérique dans les musées, pour une approche globale du numérique",
			"2. Virage NumeriCQ - Stratégie numérique de l'intention à l'action",
			"1. Le document de stratégie générale de Te Papa",
		]);
		expect(model.videos.map((v: { speakers: string[]; section: string }) => [v.speakers, v.section])).toEqual([
			[["Responsable Doors"], "Video J1"],
			[["Véronique Langlais"], "Video J1"],
		]);
		expect(model.warnings).toContainEqual(expect.objectContaining({ code: "tags-commented-out", line: 5 }));

		// check reads it as a question too: its missing resources are errors, the comment a warning.
		const checked = await run("check", "--vault", vault(new Map([["Notes/Stratégie numérique.md", seed]])), "--json");
		expect(JSON.parse(checked.stdout).problems.map((p: { line: number; code: string }) => `${p.line} ${p.code}`)).toEqual(
			expect.arrayContaining(["5 tags-commented-out", "13 unresolved-link", "15 numbering-gap", "19 unresolved-link"]),
		);
	});

	test("a resource note: cited by, with the number each question gives it", async () => {
		const { code, stdout } = await run("inspect", "--vault", vault(), "--note", "Notes/Rapport sur la numérisation 3D", "--json");
		expect(code).toBe(0);
		expect(JSON.parse(stdout).citedBy.map((c: { target: string; number: number }) => [c.target, c.number])).toEqual([
			["Notes/Comment numériser ses collections.md", 1],
			[Q, 2],
		]);
	});

	test("a file named in NFD on disk is found by its NFC name", async () => {
		const files = museumVault();
		files.set("Notes/Re\u0301sume\u0301.md", `${FM(["tags: ressource"])}Texte.\n`);
		const { code, stdout } = await run("inspect", "--vault", vault(files), "--note", "Notes/Résumé.md", "--json");
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ kind: "resource" });
	});

	test("human output prints French names as they are", async () => {
		const { code, stdout } = await run("inspect", "--vault", vault(), "--note", Q);
		expect(code).toBe(0);
		expect(stdout).toContain("Question: Qu'est-ce qu'un jumeau numérique?");
		expect(stdout).toContain("1. Le jumeau numérique du château (note) → Notes/Le jumeau numérique du château.md  line 14");
		expect(stdout).toContain("Navigation: Comprendre le numérique");
	});

	test.each([
		[["inspect", "--vault", "/nonexistent-museum-vault", "--note", "x"], /vault folder not found/],
		[["inspect", "--note", "x"], /--vault is required/],
	])("bad input exits 2: %j", async (argv, message) => {
		const { code, stderr } = await run(...argv);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});

	test("an unknown note exits 2", async () => {
		const { code, stderr } = await run("inspect", "--vault", vault(), "--note", "Nulle part");
		expect(code).toBe(2);
		expect(stderr).toMatch(/note not found/);
	});
});

describe("check", () => {
	test("errors exit 1, one problem per line with path and 1-based line", async () => {
		const { code, stdout } = await run("check", "--vault", vault());
		expect(code).toBe(1);
		expect(stdout).toContain(`${Q}:19: error unresolved-link:`);
		expect(stdout).toContain("Brouillon/Stratégie numérique.md:4: warning tags-commented-out:");
		expect(stdout).toMatch(/1 error\(s\), \d+ warning\(s\)\n$/);
	});

	test("--json lists the problems with severities", async () => {
		const { code, stdout } = await run("check", "--vault", vault(), "--json");
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.errors).toBe(1);
		expect(report.problems).toContainEqual(expect.objectContaining({ path: Q, line: 23, code: "obsidian-url", severity: "warning" }));
	});

	test("warnings alone exit 0", async () => {
		const files = new Map([
			["Notes/Q.md", `${FM(["tags: question", "eleventyNavigation:", "  key: q"])}# Q?\n1. [[R]]\n`],
			["Notes/R.md", `${FM(["tags: ressource"])}Texte.\n`],
		]);
		const { code, stdout } = await run("check", "--vault", vault(files));
		expect(code).toBe(0);
		expect(stdout).toBe("Notes/Q.md:9: warning missing-summary: Resource 1 has no summary under it.\n0 error(s), 1 warning(s)\n");
	});

	test("duplicate keys and missing parents are errors", async () => {
		const files = new Map([
			["A.md", `${FM(["eleventyNavigation:", "  key: k", "  parent: absent"])}`],
			["Brouillon/A.md", `${FM(["eleventyNavigation:", "  key: k"])}`],
		]);
		const { code, stdout } = await run("check", "--vault", vault(files), "--json");
		expect(code).toBe(1);
		expect(JSON.parse(stdout).problems.map((p: { path: string; line: number; code: string }) => `${p.path}:${p.line} ${p.code}`)).toEqual([
			"A.md:5 duplicate-navigation-key",
			"A.md:6 missing-parent",
			"Brouillon/A.md:5 duplicate-navigation-key",
		]);
	});

	test("a clean vault", async () => {
		const files = new Map([
			["Q.md", `${FM(["tags: question", "eleventyNavigation:", "  key: q"])}# Q?\n1. [[R]]\n   Résumé.\n`],
			["R.md", `${FM(["tags: ressource"])}Texte.\n`],
		]);
		const { code, stdout } = await run("check", "--vault", vault(files));
		expect({ code, stdout }).toEqual({ code: 0, stdout: "No problems found.\n" });
	});
});
