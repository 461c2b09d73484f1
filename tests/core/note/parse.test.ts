import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "../../../src/core/note/parse";
import { testYaml } from "../../helpers/yaml";

const note = (text: string, path = "Notes/Note.md") => parseNote(path, text, testYaml);
const codes = (text: string) => note(text).warnings.map((w) => w.code);

describe("kind of note", () => {
	it.each([
		["tags: question", "question"],
		["tags: [question]", "question"],
		["tags:\n  - question", "question"],
		["tags: 'question '", "question"],
		["tags: ressource forum francais", "video"],
		["tags: ressource", "resource"],
		["tags: resource", "resource"],
		["tags: [Ressource]", "resource"],
		["tags: video", "video"],
		["tags: #question", "question"],
		["tags: #ressource forum", "video"],
		["tags: #ressource #forum", "video"],
		["tags: #question, voir la note", "other"],
		["tags: navigation", "other"],
		["title: MuseumXTD", "other"],
	])("%s → %s", (yaml, kind) => {
		expect(note(`---\n${yaml}\n---\nBody\n`).kind).toBe(kind);
	});

	it("a resource that embeds a YouTube video is a video note", () => {
		const text = '---\ntags: ressource\n---\n## Un temps\n<iframe width="560" src="https://www.youtube.com/embed/abc"></iframe>\n';
		expect(note(text).kind).toBe("video");
	});

	it("an untagged note that embeds a video is a video note, one that only links a video is not", () => {
		expect(note("## Talk\n![](https://www.youtube.com/watch?v=abc)\n").kind).toBe("video");
		expect(note("See [the talk](https://vimeo.com/123)\n").kind).toBe("other");
	});
});

describe("frontmatter traps", () => {
	it("tags: #question is a YAML comment, read as the tag question and reported with its line", () => {
		const record = note("---\ntitle: MuseumXTD\ntags: #question\n---\n# Q?\n");
		expect(record.frontmatter.tags).toBeNull();
		expect(record.tags).toEqual(["question"]);
		expect(record.warnings).toContainEqual(expect.objectContaining({ code: "tags-commented-out", line: 2, severity: "warning" }));
	});

	it.each([
		["tags: #ressource forum", ["ressource", "forum"]],
		["tags: #question ", ["question"]],
		["tags: #question, see the note", []],
		["title: #Titre", []],
	])("%s is read as the tags %j", (yaml, tags) => {
		expect(note(`---\n${yaml}\n---\n`).tags).toEqual(tags);
	});

	it("reads a flow-list alias ending in ? before ] (valid YAML 1.2)", () => {
		expect(note("---\nalias: [Qu'est-ce qu'un jumeau numérique?]\n---\n").aliases).toEqual(["Qu'est-ce qu'un jumeau numérique?"]);
	});

	it("reads alias and aliases, strings or lists", () => {
		expect(note("---\naliases:\n  - A\n  - B\nalias: C\n---\n").aliases).toEqual(["A", "B", "C"]);
	});

	it("normalises tags written as one space-separated string, lists, # and trailing spaces", () => {
		expect(note("---\ntags: 'ressource  forum francais '\n---\n").tags).toEqual(["ressource", "forum", "francais"]);
		expect(note("---\ntags: ['#question', question]\n---\n").tags).toEqual(["question"]);
	});

	it("malformed YAML is a warning with its line; simple keys are still read", () => {
		const record = note("---\ntitle: MuseumXTD\ntags: question\nalias: [unclosed\n---\n# Q?\n");
		expect(record.warnings[0]).toMatchObject({ code: "yaml-invalid", severity: "error" });
		expect(record.tags).toEqual(["question"]);
		expect(record.kind).toBe("question");
	});

	it("an unclosed frontmatter is reported, and the note is read as body", () => {
		expect(codes("---\ntags: question\n")).toContain("frontmatter-unclosed");
	});

	it("an empty note is an empty record with a note, not an error", () => {
		const record = note("");
		expect(record.kind).toBe("other");
		expect(record.warnings.map((w) => w.code)).toEqual(["empty-note"]);
	});

	it("reads eleventyNavigation and publish: false / no", () => {
		const record = note("---\neleventyNavigation:\n  key: jumeau\n  title: Qu'est-ce qu'un jumeau ?\n  parent: comprendre\n  order: 2\npublish: no\n---\n");
		expect(record.navigation).toEqual({ key: "jumeau", title: "Qu'est-ce qu'un jumeau ?", parent: "comprendre", order: 2 });
		expect(record.publish).toBe(false);
	});
});

const QUESTION = `---
title: MuseumXTD
layout: layouts/post.njk
tags: question
alias: [Qu'est-ce qu'un jumeau numérique?]
eleventyNavigation:
  key: jumeau
  title: Qu'est-ce qu'un jumeau numérique?
  parent: comprendre
---
# **Qu'est-ce qu'un jumeau numérique?**
Un jumeau numérique est une copie vivante d'un objet.
Il se met à jour.

1. [[Le jumeau numérique du château]]
   Le château a sa copie numérique.
2. [[Rapport sur la numérisation 3D|Numérisation 3D: le rapport]]
   Résumé du rapport.
4. [Un guide en ligne](https://example.org/guide)
   Un guide externe.
6. **[[Note#Section]]**
7. [Copié d'Obsidian](app://obsidian.md/Note%20%C3%A9t%C3%A9)
   Lien copié.

Ressources similaires: [[Comment numériser ses collections|Comment numériser ses collections?]], [[Autre]]
`;

describe("question note body", () => {
	const record = note(QUESTION);

	it("the question is the navigation title, the heading has its emphasis removed", () => {
		expect(record.question).toBe("Qu'est-ce qu'un jumeau numérique?");
		expect(record.heading).toBe("Qu'est-ce qu'un jumeau numérique?");
	});

	it("the short answer is the text under the heading", () => {
		expect(record.answer).toBe("Un jumeau numérique est une copie vivante d'un objet.\nIl se met à jour.");
	});

	it("keeps the resource list in its written order and numbers, with links, summaries and lines", () => {
		expect(record.resources.map((r) => [r.number, r.link?.syntax, r.link?.linkpath, r.link?.subpath ?? null, r.link?.display ?? null, r.summary, r.line])).toEqual([
			[1, "wikilink", "Le jumeau numérique du château", null, null, "Le château a sa copie numérique.", 14],
			[2, "wikilink", "Rapport sur la numérisation 3D", null, "Numérisation 3D: le rapport", "Résumé du rapport.", 16],
			[4, "external", "https://example.org/guide", null, "Un guide en ligne", "Un guide externe.", 18],
			[6, "wikilink", "Note", "Section", null, null, 20],
			[7, "obsidian-url", "Note été", null, "Copié d'Obsidian", "Lien copié.", 21],
		]);
	});

	it("reports the numbering gap once, as a warning, and items without summary", () => {
		expect(record.warnings.filter((w) => w.code === "numbering-gap")).toEqual([expect.objectContaining({ severity: "warning", line: 18 })]);
		expect(record.warnings).toContainEqual(expect.objectContaining({ code: "missing-summary", line: 20 }));
	});

	it("reads the related questions line", () => {
		expect(record.related.map((l) => [l.linkpath, l.display])).toEqual([
			["Comment numériser ses collections", "Comment numériser ses collections?"],
			["Autre", null],
		]);
	});

	it("question text falls back to an alias ending in ?, then the heading, then the file name", () => {
		expect(note("---\ntags: question\nalias: [Court, Pourquoi ?]\n---\n# Titre\n").question).toBe("Pourquoi ?");
		expect(note("---\ntags: question\n---\n# **Titre ?**\n").question).toBe("Titre ?");
		const bare = note("---\ntags: question\n---\nTexte\n", "Notes/Nom du fichier.md");
		expect(bare.question).toBe("Nom du fichier");
		expect(bare.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["question-text-from-filename", "question-without-resources"]));
	});

	it("wikilinks in the prose and in code are not resources", () => {
		const text = "---\ntags: question\n---\n# Q?\nVoir [[Prose]].\n```\n1. [[Code]]\n```\n1. [[Vraie ressource]]\n   Résumé.\n";
		expect(note(text).resources.map((r) => r.link?.linkpath)).toEqual(["Vraie ressource"]);
	});
});

describe("the seed draft (older shape: sub-bullet summaries, Video J1 section)", () => {
	const seed = readFileSync(join(__dirname, "../../../../shared/seed/000_ca90a751f1c2399d.txt"), "utf8");

	it("as written (tags: #question), it is a question, and the comment is reported", () => {
		const record = note(seed, "Notes/Stratégie numérique.md");
		expect(record.kind).toBe("question");
		expect(record.warnings.map((w) => w.code)).toContain("tags-commented-out");
	});

	it("reads its four resources with their sub-bullet summaries and its talks", () => {
		const record = note(seed, "Notes/Stratégie numérique.md");
		expect(record.question).toBe("Qu'est-ce qu'une stratégie numérique pour un musée ?");
		expect(record.resources.map((r) => r.number)).toEqual([1, 1, 2, 1]);
		expect(record.resources[3].link).toMatchObject({ linkpath: "Te Papa (Nouvelle Zélande)", display: "Le document de stratégie générale de Te Papa" });
		expect(record.resources.every((r) => r.summary && r.summary.length > 40)).toBe(true);
		expect(record.videoSections).toHaveLength(1);
		expect(record.videoSections[0].heading).toBe("Video J1");
		expect(record.videoSections[0].talks.map((t) => t.speaker)).toEqual(["Responsable Doors", "Véronique Langlais"]);
	});
});

describe("resource and video notes", () => {
	it("reads the heading link, the summary paragraph and the À retenir points", () => {
		const text = "---\ntags: ressource\n---\n### [Le jumeau numérique du château](https://example.org/article)\nUn résumé\nsur deux lignes.\n\n## A retenir\n- premier point\n- second point\n\nApparaît dans: [[Qu'est-ce qu'un jumeau numérique]]\n";
		const record = note(text);
		expect(record).toMatchObject({ kind: "resource", heading: "Le jumeau numérique du château", sourceUrl: "https://example.org/article", summary: "Un résumé sur deux lignes.", keyPoints: ["premier point", "second point"] });
		expect(record.title).toBe("Le jumeau numérique du château");
	});

	it("reads a talk's title and speakers", () => {
		const text = '---\ntags: ressource forum\n---\n## Un temps pour la rematérialisation\n[Prénom Nom](https://example.org/profile), rôle, institution (CH)\n\n<iframe width="560" height="315" src="https://www.youtube.com/embed/VIDEO_ID"></iframe>\n';
		const record = note(text);
		expect(record).toMatchObject({ kind: "video", heading: "Un temps pour la rematérialisation", speakers: ["Prénom Nom"], videoUrls: ["https://www.youtube.com/embed/VIDEO_ID"] });
	});

	it("names in NFD (macOS) are read in NFC", () => {
		const nfd = "Notes/E\u0301te\u0301.md";
		expect(note("x", nfd).basename).toBe("Été");
	});
});
