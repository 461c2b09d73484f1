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

	test("text pasted from an unpublished note is an error-level finding", () => {
		const p = plan({ "A.md": `Copié: ${SENTINEL}.\n`, "Brouillon/B.md": `${SENTINEL}.\n` });
		const line = (p.compiled.get("A.md") ?? "").split("\n").findIndex((l) => l.includes("SENTINEL")) + 1;
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "unpublished-text", severity: "error", path: "A.md", line, source: "Brouillon/B.md" }));
	});

	test("local file paths and private values are reported", () => {
		const p = plan({ "A.md": "---\nsecret: valeur-tres-privee\n---\nVoir /Users/marie/doc.pdf\nvaleur-tres-privee\n" }, { settings: { privateKeys: ["secret"] } });
		// Lines are those of the file written to the site.
		const line = (p.compiled.get("A.md") ?? "").split("\n").findIndex((l) => l.includes("/Users/")) + 1;
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "local-path", line }));
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "private-value", severity: "error" }));
	});
});
