import { readFileSync } from "node:fs";
import { join } from "node:path";
import { body, frontmatterOf, plan } from "./helpers";

describe("comments, callouts, code, HTML", () => {
	const cases: [string, string, string][] = [
		["inline comment", "Visible %%caché%% fin", "Visible  fin"],
		["multi-line comment", "a\n%%\ncaché\n%%\nb", "a\n\n\n\nb"],
		["HTML comment", "a <!-- caché --> b", "a  b"],
		["comment in code is code", "```\n%%x%%\n```", "```\n%%x%%\n```"],
		["callout", "> [!note] Titre\n> Contenu **gras**", '<div class="callout" data-callout="note">\n<div class="callout-title">Titre</div>\n<div class="callout-content">\n\nContenu **gras**\n\n</div></div>'],
		["callout default title, fold", "> [!TIP]-\n> x", '<div class="callout" data-callout="tip">\n<div class="callout-title">Tip</div>\n<div class="callout-content">\n\nx\n\n</div></div>'],
		["nested callout", "> [!note] A\n> > [!warning] B\n> > c", '<div class="callout" data-callout="note">\n<div class="callout-title">A</div>\n<div class="callout-content">\n\n<div class="callout" data-callout="warning">\n<div class="callout-title">B</div>\n<div class="callout-content">\n\nc\n\n</div></div>\n\n</div></div>'],
		["plain blockquote kept", "> cité", "> cité"],
		["dataview stays code", "```dataview\nLIST\n```", "```dataview\nLIST\n```"],
		["youtube iframe kept", '<iframe src="https://www.youtube.com/embed/abc"></iframe>', '<iframe src="https://www.youtube.com/embed/abc"></iframe>'],
		["nocookie and vimeo kept", '<iframe src="https://www.youtube-nocookie.com/embed/a"></iframe><iframe src="https://player.vimeo.com/video/1"></iframe>', '<iframe src="https://www.youtube-nocookie.com/embed/a"></iframe><iframe src="https://player.vimeo.com/video/1"></iframe>'],
		["peertube host from settings kept", '<iframe src="https://video.musee.fr/videos/embed/1"></iframe>', '<iframe src="https://video.musee.fr/videos/embed/1"></iframe>'],
		["other iframe dropped", 'a <iframe src="https://evil.example/x"></iframe> b', "a  b"],
		["script dropped", "a <script>alert(1)</script> b", "a  b"],
		["multi-line script dropped", "<script>\nalert(1)\n</script>\nb", "\nb"],
		["event handler dropped", '<img src="https://e.org/a.png" onerror="alert(1)">', '<img src="https://e.org/a.png">'],
		["javascript: href dropped", '<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
	];
	test.each(cases)("%s", (_name, before, after) => {
		const p = plan({ "A.md": before + "\n" }, { settings: { peertubeHosts: ["video.musee.fr"] } });
		expect(body(p, "A.md")).toBe(after + "\n");
	});

	test("each removal and plugin block is a warning with its line", () => {
		const p = plan({ "A.md": "x\n<script>a</script>\n```dataviewjs\nx\n```\n<iframe src=\"https://evil.example\"></iframe>\n<b onclick=\"x()\">b</b>\n" });
		const codes = p.warnings.map((w) => [w.code, w.line]);
		expect(codes).toEqual(expect.arrayContaining([["html-script-removed", 2], ["plugin-code-block", 3], ["iframe-removed", 6], ["html-event-handler-removed", 7]]));
	});
});

describe("frontmatter", () => {
	const note = `---
title: MuseumXTD
layout: layouts/post.njk
tags: question forum
alias: [Qu'est-ce qu'un jumeau numérique?]
date: 2024-03-01
eleventyNavigation:
  key: jumeau
  title: Qu'est-ce qu'un jumeau numérique?
  parent: comprendre
publish: true
cssclasses: [wide]
secret: garder
---
# Q
Réponse.

1. [[R]]
   Résumé de R.
2. [Guide](https://example.org/guide)
   Résumé du guide.
3. [[Brouillon/Caché]]
   Résumé écrit dans la question.
`;
	const vault = { "Notes/Q.md": note, "Notes/R.md": "---\ntags: ressource\n---\n### [R](https://example.org/r)\nRésumé propre de R.\n", "Brouillon/Caché.md": "---\ntags: ressource\n---\nSENTINEL texte du brouillon.\n" };

	test("kept keys, tags as a list, private keys removed, museum data", () => {
		const p = plan(vault, { settings: { privateKeys: ["publish", "cssclasses", "secret"] } });
		const fm = frontmatterOf(p, "Notes/Q.md");
		expect(fm).toMatchObject({ title: "MuseumXTD", layout: "layouts/post.njk", tags: ["question", "forum"], alias: ["Qu'est-ce qu'un jumeau numérique?"], date: "2024-03-01", eleventyNavigation: { key: "jumeau", parent: "comprendre" } });
		expect(fm).not.toHaveProperty("publish");
		expect(fm).not.toHaveProperty("cssclasses");
		expect(fm).not.toHaveProperty("secret");
		expect(fm.museum).toEqual({
			kind: "question",
			question: "Qu'est-ce qu'un jumeau numérique?",
			resources: [
				{ number: 1, title: "R", url: "/Notes/R/", summary: "Résumé de R.", kind: "resource" },
				{ number: 2, title: "Guide", url: "https://example.org/guide", summary: "Résumé du guide.", kind: "external" },
				{ number: 3, title: "Caché", url: null, summary: "Résumé écrit dans la question.", kind: "other" },
			],
			videos: [],
		});
		expect(frontmatterOf(p, "Notes/R.md").museum).toEqual({ kind: "resource", sourceUrl: "https://example.org/r", speakers: [] });
		expect(p.leaks).toContainEqual(expect.objectContaining({ code: "private-key-removed", path: "Notes/Q.md", severity: "info" }));
	});

	test("tags: #question is reported, published as a question with a proper tags list", () => {
		const p = plan({ "A.md": "---\ntags: #question\n---\nx\n" });
		expect(p.warnings).toContainEqual(expect.objectContaining({ code: "tags-commented-out", path: "A.md", line: 2, severity: "warning" }));
		expect(frontmatterOf(p, "A.md")).toMatchObject({ tags: ["question"], museum: { kind: "question" } });
	});

	test("the seed draft, as written, is published as a question with its four resources", () => {
		const seed = readFileSync(join(__dirname, "../../../../shared/seed/000_ca90a751f1c2399d.txt"), "utf8");
		const published = frontmatterOf(plan({ "Notes/Stratégie numérique.md": seed }), "Notes/Stratégie numérique.md");
		expect(published.tags).toEqual(["question"]);
		expect((published.museum as { kind: string; resources: { number: number }[] }).resources.map((r) => r.number)).toEqual([1, 1, 2, 1]);
	});
});
