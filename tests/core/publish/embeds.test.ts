import { body, plan, Vault } from "./helpers";

const png = new Uint8Array([137, 80, 78, 71]);
const vault: Vault = {
	"Pièces jointes/image.png": png,
	"images/x.svg": "<svg/>",
	"Notes/local.png": png,
	"Docs/rapport.pdf": "%PDF",
	"Notes/Publié.md": "# Publié\nIntro publiée.\n\n## Section\nTexte de section.\n\n## Autre\nAutre texte.\n- un point ^p1\n",
	"Brouillon/Privé.md": "SENTINEL-PRIVATE contenu privé.\n",
};

const cases: [string, string, string][] = [
	["wiki image anywhere in the vault", "![[image.png]]", "![image](/Pi%C3%A8ces%20jointes/image.png)"],
	["width", "![[image.png|300]]", '<img src="/Pi%C3%A8ces%20jointes/image.png" alt="image" width="300">'],
	["width x height", "![[image.png|300x200]]", '<img src="/Pi%C3%A8ces%20jointes/image.png" alt="image" width="300" height="200">'],
	["markdown image, relative", "![plan](local.png)", "![plan](/Notes/local.png)"],
	["html img root-absolute", '<img src="/images/x.svg" alt="x">', '<img src="/images/x.svg" alt="x">'],
	["pdf embed becomes a link", "![[rapport.pdf]]", "[rapport.pdf](/Docs/rapport.pdf)"],
	["embed of an unpublished note", "![[Privé]]", "Privé"],
	["external image kept", "![](https://example.org/a.png)", "![](https://example.org/a.png)"],
];

describe("embeds", () => {
	const p = plan({ ...vault, "Notes/Q.md": cases.map((c) => c[1]).join("\n") + "\n" });
	const out = body(p, "Notes/Q.md").split("\n");
	test.each(cases.map((c, i) => [c[0], c[1], c[2], i] as const))("%s: %s", (_n, _b, after, i) => expect(out[i]).toBe(after));

	test("embedded files are copied at their vault path", () => {
		const written = p.writes.filter((w) => w.kind === "attachment").map((w) => w.path).sort();
		expect(written).toEqual(["Docs/rapport.pdf", "Notes/local.png", "Pièces jointes/image.png", "images/x.svg"]);
		expect(p.writes.find((w) => w.path === "Pièces jointes/image.png")?.content).toEqual(png);
	});

	test("a published note is inlined with a link to its source", () => {
		const q = plan({ ...vault, "Q.md": "Avant\n![[Publié]]\nAprès\n" });
		expect(body(q, "Q.md")).toBe(
			'Avant\n<div class="transclusion">\n\n# Publié\nIntro publiée.\n\n## Section\nTexte de section.\n\n## Autre\nAutre texte.\n- un point <span id="block-p1"></span>\n\n\n<p class="transclusion-source"><a href="/Notes/Publi%C3%A9/">Publié</a></p>\n</div>\n\nAprès\n',
		);
	});

	test("a section is inlined alone, a block too", () => {
		const q = plan({ ...vault, "Q.md": "![[Publié#Section]]\n![[Publié#^p1]]\n" });
		const out2 = body(q, "Q.md");
		expect(out2).toContain("## Section\nTexte de section.\n");
		expect(out2).not.toContain("Autre texte");
		expect(out2).toContain('- un point <span id="block-p1"></span>');
		expect(out2).toContain('href="/Notes/Publi%C3%A9/#section"');
	});

	test("inside a callout the inlined text keeps the quote prefix", () => {
		const q = plan({ ...vault, "Q.md": "> [!note]\n> ![[Publié#Section]]\n" });
		expect(body(q, "Q.md")).toContain("## Section\nTexte de section.");
	});

	test("with inline embeds off, a published note's embed is a link", () => {
		const q = plan({ ...vault, "Q.md": "![[Publié]]\n" }, { settings: { inlineEmbeds: false } });
		expect(body(q, "Q.md")).toBe("[Publié](/Notes/Publi%C3%A9/)\n");
	});

	test("embed cycles stop with a link", () => {
		const q = plan({ "A.md": "A dit\n![[B]]\n", "B.md": "B dit\n![[A]]\n" });
		expect(body(q, "A.md")).toContain("[A](/A/)");
		expect(q.warnings).toContainEqual(expect.objectContaining({ code: "embed-cycle" }));
	});
});
