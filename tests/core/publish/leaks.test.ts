import { auditLeaks } from "../../../src/core/publish/leak-audit";
import { realVault } from "../../fixtures/real-vault";
import { allWrittenText, plan, Vault } from "./helpers";

const SENTINEL = "SENTINEL-7f3a9 cette phrase ne doit jamais quitter le coffre";

/** Every way a published note can point at an unpublished one. */
const publishedNote = `---
tags: question
---
# Q
[[Brouillon/Draft]] [[Draft#Partie]] [[Privé|label]] [[Corbeille]]
![[Draft]]
![[Privé#Partie]]
![[Draft#^blk]]
[md](../Brouillon/Draft.md) [app](app://obsidian.md/Draft)
> [!note] ![[Draft]]
> ![[Privé]]

1. [[Draft]]
   Résumé.
![[Publié]]
`;

const vault: Vault = {
	"Notes/Q.md": publishedNote,
	"Notes/Publié.md": "Publié inclut:\n![[Draft]]\n![[Privé]]\n",
	"Brouillon/Draft.md": `# Draft\n${SENTINEL}\n## Partie\n${SENTINEL} partie\nbloc ${SENTINEL} ^blk\n`,
	"Notes/Privé.md": `---\npublish: "no"\n---\n## Partie\n${SENTINEL}\n`,
	".trash/Corbeille.md": `${SENTINEL}\n`,
	"Template/Modèle.md": `${SENTINEL}\n`,
};

describe("leaks: the content of an unpublished note never reaches the site", () => {
	test("not by link, embed, section embed, block embed or nested transclusion", () => {
		const p = plan(vault);
		expect(p.compiled.has("Notes/Q.md")).toBe(true);
		expect(p.compiled.has("Notes/Publié.md")).toBe(true);
		expect(allWrittenText(p)).not.toContain("SENTINEL");
		expect(p.leaks.filter((l) => l.severity === "error")).toEqual([]);
	});

	test("not even when the user selects only the question with its linked notes", () => {
		const p = plan(vault, { select: ["Notes/Q.md"], withLinked: true });
		expect(allWrittenText(p)).not.toContain("SENTINEL");
	});

	test("a sentence a published note shares with a draft is the note's own text: one info line per pair, no error", () => {
		const p = plan({ "A.md": `Copié: ${SENTINEL}.\n\nEncore: ${SENTINEL} bis.\n`, "Brouillon/B.md": `${SENTINEL}.\n`, "Brouillon/C.md": `Autre: ${SENTINEL}.\n` });
		const line = (p.compiled.get("A.md") ?? "").split("\n").findIndex((l) => l.includes("SENTINEL")) + 1;
		expect(p.leaks.filter((l) => l.severity !== "info")).toEqual([]);
		expect(p.leaks.filter((l) => l.code === "shared-text")).toEqual([expect.objectContaining({ severity: "info", path: "A.md", line, source: "Brouillon/B.md" })]);
	});

	test("the comparison sees through link syntax, tags and comments: a label left without its link is still the note's own text", () => {
		const sentence = "la médiation numérique commence toujours par les publics du musée";
		const p = plan({
			"A.md": `Voir [[Brouillon/B|${sentence}]] puis <b>le</b> reste %%note%%.\n[${sentence}](https://example.org) encore.\n`,
			"Brouillon/B.md": `${sentence}.\n`,
		});
		expect(p.leaks.filter((l) => l.severity !== "info")).toEqual([]);
	});
});

describe("leaks: the audit checks each written file against the notes it was compiled from", () => {
	const input = (sources: string[], content = `Texte: ${SENTINEL}.\n`) => ({
		writes: [{ path: "A.md", content, sources }],
		unpublished: [{ path: "Brouillon/B.md", text: `${SENTINEL}.\n` }],
		sourceText: (path: string) => ({ "A.md": "Sans rapport.\n", "C.md": `${SENTINEL}\n` })[path] ?? "",
		removed: [],
	});
	test.each([
		["a passage of an unpublished note that none of the file's sources holds", ["A.md"], [{ code: "unpublished-text", severity: "error", line: 1, source: "Brouillon/B.md" }]],
		["the same passage held by a published note the file was compiled from (an inlined embed)", ["A.md", "C.md"], [{ code: "shared-text", severity: "info", line: 1, source: "Brouillon/B.md" }]],
		["an unpublished note among the sources", ["A.md", "Brouillon/B.md"], [{ code: "unpublished-text", severity: "error", line: null, source: "Brouillon/B.md" }, { code: "unpublished-text", severity: "error", line: 1 }]],
	])("%s", (_what, sources, expected) => {
		expect(auditLeaks(input(sources))).toEqual(expected.map((e) => expect.objectContaining(e)));
	});

	test("the compiler records inlined embeds and linked resources as sources", () => {
		const p = plan({
			"Q.md": "---\ntags: question\n---\n# Q?\n1. [[R]]\n![[E]]\n",
			"R.md": "---\ntags: ressource\n---\nRésumé de la ressource publiée.\n",
			"E.md": `${SENTINEL}.\n`,
			"Brouillon/B.md": `${SENTINEL}.\n`,
		});
		expect(p.leaks.filter((l) => l.path === "Q.md")).toEqual([expect.objectContaining({ code: "shared-text", severity: "info", source: "Brouillon/B.md" })]);
	});
});

describe("leaks: private values and local paths", () => {
	test("local file paths and private values are reported", () => {
		const p = plan({ "A.md": "---\nsecret: valeur-tres-privee\n---\nVoir /Users/marie/doc.pdf\nvaleur-tres-privee\n" }, { settings: { privateKeys: ["secret"] } });
		// Lines are those of the file written to the site.
		const line = (p.compiled.get("A.md") ?? "").split("\n").findIndex((l) => l.includes("/Users/")) + 1;
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "local-path", line }));
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "private-value", severity: "error" }));
	});
});

describe("leaks: a real-sized vault whose drafts and home page repeat its published notes", () => {
	const { files, draftsOf } = realVault();
	const p = plan(files, { select: ["Notes"] });

	test("publishing Notes/ finds no error and no warning", () => {
		expect(p.compiled.size).toBeGreaterThan(150);
		expect(p.leaks.filter((l) => l.severity !== "info")).toEqual([]);
	});

	test("at most one info line per pair of notes, and every draft is named next to its published note", () => {
		const shared = p.leaks.filter((l) => l.code === "shared-text");
		const pairs = shared.map((l) => `${l.path} ← ${l.source}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		for (const [draft, published] of Object.entries(draftsOf)) expect(pairs).toContain(`${published} ← ${draft}`);
		// The home page quotes questions without a draft too.
		expect(pairs).toContain("Notes/Question 2.md ← index.md");
	});
});
