import { body, plan, Vault } from "./helpers";

const base: Vault = {
	"Notes/Le jumeau numérique.md": "# Le jumeau numérique\n\n## Définition du jumeau\nTexte.\n\n## Définition du jumeau\nEncore.\n\nUne phrase importante. ^bloc1\n",
	"Notes/Rapport (2024).md": "Rapport.\n",
	"index.md": "Accueil\n",
	"Guides/index.md": "Guides\n",
	"Guides/Guides.md": "x\n",
	"Brouillon/Secret.md": "Brouillon.\n",
};

/** Before → after for one line of `Notes/Q.md`. */
const cases: [string, string, string][] = [
	["wikilink", "[[Le jumeau numérique]]", "[Le jumeau numérique](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["label", "[[Le jumeau numérique|le jumeau]]", "[le jumeau](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["case-insensitive, .md", "[[le JUMEAU numérique.md]]", "[le JUMEAU numérique](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["NFD name", "[[Le jumeau nume\u0301rique]]", "[Le jumeau numérique](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["heading", "[[Le jumeau numérique#Définition du jumeau]]", "[Le jumeau numérique > Définition du jumeau](/Notes/Le%20jumeau%20num%C3%A9rique/#d%C3%A9finition-du-jumeau)"],
	["block", "[[Le jumeau numérique#^bloc1|voir]]", "[voir](/Notes/Le%20jumeau%20num%C3%A9rique/#block-bloc1)"],
	["parentheses encoded", "[[Rapport (2024)]]", "[Rapport (2024)](/Notes/Rapport%20%282024%29/)"],
	["root index", "[[index|Accueil]]", "[Accueil](/)"],
	["folder index", "[[Guides/index|Guides]]", "[Guides](/Guides/)"],
	["markdown link to a note", "[le jumeau](Le%20jumeau%20num%C3%A9rique.md)", "[le jumeau](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["obsidian app URL", "[le jumeau](app://obsidian.md/Le%20jumeau%20num%C3%A9rique)", "[le jumeau](/Notes/Le%20jumeau%20num%C3%A9rique/)"],
	["same-note heading", "[[#Ma section]]", "[Ma section](#ma-section)"],
	["same-note block", "[[#^b2|ici]]", "[ici](#block-b2)"],
	["unpublished note", "Voir [[Secret|le brouillon]].", "Voir le brouillon."],
	["unresolved", "[[Nulle part]]", "Nulle part"],
	["external kept", "[site](https://example.org/a)", "[site](https://example.org/a)"],
	["javascript link dropped", "[clic](javascript:alert(1))", "clic"],
	["inline code untouched", "`[[Secret]]`", "`[[Secret]]`"],
];

describe("links", () => {
	const lines = cases.map(([, before]) => before);
	const vault: Vault = { ...base, "Notes/Q.md": `${lines.join("\n")}\n\n## Ma section\nUn bloc ^b2\n` };
	const out = body(plan(vault), "Notes/Q.md").split("\n");
	test.each(cases.map((c, i) => [c[0], c[1], c[2], i] as const))("%s: %s", (_name, _before, after, i) => {
		expect(out[i]).toBe(after);
	});

	test("a link to an unpublished note is reported with its 1-based line", () => {
		const p = plan({ ...base, "Notes/Q.md": "---\ntags: question\n---\nx\n[[Secret]]\n" });
		expect(p.warnings).toContainEqual(expect.objectContaining({ code: "link-to-unpublished", path: "Notes/Q.md", line: 5 }));
	});

	test("a missing heading is reported", () => {
		const p = plan({ ...base, "Notes/Q.md": "[[Le jumeau numérique#Nulle]]\n" });
		expect(p.warnings).toContainEqual(expect.objectContaining({ code: "heading-not-found", line: 1 }));
	});

	test("duplicate headings get markdown-it-anchor's -1 suffix; bold headings slug their text", () => {
		const vault2: Vault = { "A.md": "## Même\n## Même\n# **Qu'est-ce?**\n", "B.md": "[[A#Même#Même]] [[A#Qu'est-ce?]]\n" };
		expect(body(plan(vault2), "B.md")).toBe("[A > Même#Même](/A/#m%C3%AAme) [A > Qu'est-ce?](/A/#qu'est-ce%3F)\n");
	});

	test("slug URLs keep accented and non-Latin letters, and are written as permalinks", () => {
		const p = plan({ "Notes/Le jumeau numérique.md": "x", "Notes/Ελληνικά Σημείωση.md": "x", "Notes/???.md": "x", "Q.md": "[[Le jumeau numérique]] [[Ελληνικά Σημείωση]]" }, { settings: { slugUrls: true } });
		expect(body(p, "Q.md")).toBe("[Le jumeau numérique](/notes/le-jumeau-num%C3%A9rique/) [Ελληνικά Σημείωση](/notes/%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC-%CF%83%CE%B7%CE%BC%CE%B5%CE%AF%CF%89%CF%83%CE%B7/)");
		expect(p.manifest.notes.find((n) => n.path === "Notes/???.md")?.url).toMatch(/^\/notes\/page-[0-9a-f]{8}\/$/);
		expect(p.compiled.get("Notes/Le jumeau numérique.md")).toContain("permalink: /notes/le-jumeau-numérique/");
	});

	test("a note's own permalink wins", () => {
		const p = plan({ "A.md": "---\npermalink: /a-propos/\n---\nx", "B.md": "[[A]]" }, { settings: { slugUrls: true } });
		expect(body(p, "B.md")).toBe("[A](/a-propos/)");
	});
});
