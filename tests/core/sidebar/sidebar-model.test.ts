import { nodeYaml } from "../../../src/cli/disk-vault";
import { VaultIndex } from "../../../src/core/index";
import { editorMarks, overviewModel, sidebarModel } from "../../../src/core/sidebar";
import { FM, museumVault } from "../index/museum-vault";

const Q = "Notes/Qu'est-ce qu'un jumeau numérique.md";
const N = "Notes/Comment numériser ses collections.md";
const CH = "Notes/Le jumeau numérique du château.md";
const RAP = "Notes/Rapport sur la numérisation 3D.md";
const TALK = "Notes/Vidéos/Un temps pour la rematérialisation.md";

const index = () => VaultIndex.build(museumVault(), nodeYaml);

describe("sidebar model of a question note", () => {
	const model = sidebarModel(index(), Q);

	test("the question, its breadcrumb, and no overview", () => {
		expect(model).toMatchObject({
			note: Q,
			kind: "question",
			question: "Qu'est-ce qu'un jumeau numérique?",
			navigation: { key: "jumeau", title: "Qu'est-ce qu'un jumeau numérique?", parent: "comprendre", breadcrumb: [{ key: "comprendre", title: "Comprendre le numérique", target: "Navigation/Comprendre.md" }] },
			citedBy: [],
			overview: null,
		});
	});

	test("resources in written order, with the note's own numbers (1, 2, 3, 5, 6, 7)", () => {
		expect(model.resources.map((r) => [r.number, r.position, r.line, r.kind, r.state, r.title, r.target ?? r.url, r.summary, r.summarySource])).toEqual([
			[1, 1, 14, "note", "resolved", "Le jumeau numérique du château", CH, "Le château numérisé et ses usages.", "question"],
			// No summary in the question: the first "A retenir" point; the title is the resource's alias.
			[2, 2, 16, "note", "missing-summary", "Le rapport 3D", RAP, "numériser coûte moins cher qu'avant", "resource"],
			[3, 3, 17, "external", "resolved", "Un guide en ligne", "https://example.org/guide", "Un guide pas à pas.", "question"],
			// `[[Alias]]` never resolves: "Create" would make that note.
			[5, 4, 19, "unresolved", "unresolved", "Qu'est-ce qu'un jumeau numérique?", null, "Un lien écrit avec l'alias: il ne mène nulle part.", "question"],
			[6, 5, 21, "video", "resolved", "Un temps pour la rematérialisation", TALK, "La conférence du forum.", "question"],
			// `app://obsidian.md/...` is the note of that name (and a warning below).
			[7, 6, 23, "note", "resolved", "Le jumeau numérique du château", CH, "Le même, par l'URL d'Obsidian.", "question"],
		]);
		expect(model.resources.map((r) => r.label)).toEqual(["Le jumeau numérique du château", "Numérisation 3D: le rapport", "Un guide en ligne", "Qu'est-ce qu'un jumeau numérique?", "Un temps pour la rematérialisation", "Le château"]);
		expect(model.resources.map((r) => r.linkpath)).toEqual([null, null, null, "Qu'est-ce qu'un jumeau numérique?", null, null]);
	});

	test("videos: linked video notes with their speakers, and plain talks of the Video J1 section", () => {
		expect(model.videos).toEqual([
			{ target: TALK, title: "Un temps pour la rematérialisation", speakers: ["Prénom Nom"], line: 21, section: null },
			{ target: null, title: "Présentation Numeriq Quebec", speakers: ["Véronique Langlais"], line: 30, section: "Video J1" },
		]);
	});

	test("related: the similar question, which also shares a resource", () => {
		expect(model.related).toEqual([{ target: N, question: "Comment numériser ses collections?", reason: "similar", shared: 1 }]);
	});

	test("warnings, 1-based lines", () => {
		expect(model.warnings.map((w) => [w.line, w.code, w.severity])).toEqual([
			[16, "missing-summary", "warning"],
			[19, "numbering-gap", "warning"],
			[19, "unresolved-link", "error"],
			[23, "obsidian-url", "warning"],
		]);
	});

	test("is plain JSON", () => {
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});
});

describe("sidebar model of resource and video notes: cited by", () => {
	test.each([
		[RAP, "resource", [[N, "Comment numériser ses collections?", 1, "Le rapport de référence.", 13], [Q, "Qu'est-ce qu'un jumeau numérique?", 2, null, 16]]],
		[CH, "resource", [[Q, "Qu'est-ce qu'un jumeau numérique?", 1, "Le château numérisé et ses usages.", 14], [Q, "Qu'est-ce qu'un jumeau numérique?", 7, "Le même, par l'URL d'Obsidian.", 23]]],
		[TALK, "video", [[Q, "Qu'est-ce qu'un jumeau numérique?", 6, "La conférence du forum.", 21]]],
		["Brouillon/Note.md", "resource", []],
	])("%s", (path, kind, expected) => {
		const model = sidebarModel(index(), path);
		expect(model.kind).toBe(kind);
		expect(model.overview).toBeNull();
		expect(model.citedBy.map((c) => [c.target, c.question, c.number, c.summary, c.line])).toEqual(expected);
	});
});

describe("overview: any other note, or none", () => {
	test.each([
		["no note open", null],
		["a navigation page", "Navigation/Comprendre.md"],
	])("%s", (_name, path) => {
		const model = sidebarModel(index(), path);
		expect(model.overview?.groups).toEqual([
			{
				parent: "comprendre",
				title: "Comprendre le numérique",
				target: "Navigation/Comprendre.md",
				questions: [
					{ target: N, question: "Comment numériser ses collections?", resources: 2, videos: 0, problems: 0, severity: null },
					{ target: Q, question: "Qu'est-ce qu'un jumeau numérique?", resources: 6, videos: 2, problems: 4, severity: "error" },
				],
			},
			{
				parent: null,
				title: null,
				target: null,
				questions: [{ target: "Brouillon/Stratégie numérique.md", question: "Qu'est-ce qu'une stratégie numérique pour un musée ?", resources: 0, videos: 0, problems: 2, severity: "warning" }],
			},
		]);
	});

	test("a draft whose tags: #question is a YAML comment is a question, and the comment is reported", () => {
		const model = sidebarModel(index(), "Brouillon/Stratégie numérique.md");
		expect(model).toMatchObject({ kind: "question", overview: null });
		expect(model.warnings).toContainEqual(expect.objectContaining({ code: "tags-commented-out", line: 4, params: { key: "tags", value: "question" } }));
	});

	test.each([
		["jumeau numerique", [Q]],
		["NUMÉRISER", [N]],
		["comprendre", [N, Q]],
		["rien", []],
	])("filter %s ignores case and accents", (filter, expected) => {
		const model = overviewModel(index(), filter);
		expect(model.groups.flatMap((g) => g.questions.map((q) => q.target))).toEqual(expected);
		expect(model.total).toBe(expected.length);
	});

	test("questions outside the navigation come last, in a group without parent", () => {
		const vault = museumVault();
		vault.set("Autre.md", `${FM(["tags: question"])}# Autre question?\n1. [[Note]]\n   Résumé.\n`);
		expect(overviewModel(VaultIndex.build(vault, nodeYaml)).groups.map((g) => [g.parent, g.questions.length])).toEqual([
			["comprendre", 2],
			[null, 2],
		]);
	});
});

describe("title and summary fallbacks of a resource item", () => {
	const vaultWith = (item: string, resource?: string) => {
		const vault = new Map([["Q.md", `${FM(["tags: question"])}# Q?\n\n${item}\n`]]);
		if (resource) vault.set("R.md", resource);
		return sidebarModel(VaultIndex.build(vault, nodeYaml), "Q.md").resources[0];
	};
	test.each<[string, string, string | undefined, Record<string, unknown>]>([
		["navigation title first", "1. [[R]]", `${FM(["tags: ressource", "alias: Un alias", "eleventyNavigation:", "  key: r", "  title: Titre de navigation"])}Texte.`, { title: "Titre de navigation", label: "R" }],
		["then the first alias", "1. [[R|Texte du lien]]", `${FM(["tags: ressource", "aliases: [Un alias, Un autre]"])}Texte.`, { title: "Un alias", label: "Texte du lien" }],
		["then the file name (not the heading)", "1. [[R]]", `${FM(["tags: ressource"])}### [Le titre](https://example.org)\nTexte.`, { title: "R" }],
		["unresolved: the link's display text", "1. [[Absente|Le texte affiché]]", undefined, { title: "Le texte affiché", kind: "unresolved", linkpath: "Absente" }],
		["a heading link keeps its subpath", "1. [[R#Une section]]\n   Résumé.", `${FM(["tags: ressource"])}# Une section`, { target: "R.md", subpath: "Une section", label: "R > Une section", state: "resolved" }],
		["summary: the question's first", "1. [[R]]\n   Résumé de la question.", `${FM(["tags: ressource"])}## À retenir\n- un point`, { summary: "Résumé de la question.", summarySource: "question" }],
		["else the first À retenir point", "1. [[R]]", `${FM(["tags: ressource"])}Premier paragraphe.\n\n## À retenir\n- un point\n- un autre`, { summary: "un point", summarySource: "resource", state: "missing-summary" }],
		["else none", "1. [[R]]", `${FM(["tags: ressource"])}Premier paragraphe.`, { summary: null, summarySource: null, state: "missing-summary" }],
		["older shape: summary as a sub-bullet", "1. [[R]]\n\t- Résumé en puce.", `${FM(["tags: ressource"])}x`, { summary: "Résumé en puce.", state: "resolved" }],
		["an item without link", "1. Un texte sans lien", undefined, { kind: "unresolved", title: "Un texte sans lien", linkpath: null, target: null }],
		["a video note: iframe, no video tag", "1. [[R]]\n   Résumé.", `${FM(["tags: ressource"])}## Titre\n<iframe src="https://player.vimeo.com/video/1"></iframe>`, { kind: "video" }],
	])("%s", (_name, item, resource, expected) => {
		expect(vaultWith(item, resource)).toMatchObject(expected);
	});
});

describe("editor marks, from the index", () => {
	test("question notes: video, unresolved and missing-summary items, with the link's columns", () => {
		expect(editorMarks(index(), Q).map((m) => [m.kind, m.line, m.from, m.raw])).toEqual([
			["missing-summary", 15, 3, "[[Rapport sur la numérisation 3D|Numérisation 3D: le rapport]]"],
			["unresolved", 18, 3, "[[Qu'est-ce qu'un jumeau numérique?]]"],
			["video", 20, 3, "[[Un temps pour la rematérialisation]]"],
		]);
	});
	test("other notes have none", () => {
		expect(editorMarks(index(), CH)).toEqual([]);
	});
});

describe("cited by, for a talk listed only under a Video section", () => {
	it("names the question and the section, without a number", () => {
		const files = new Map([
			["Notes/Q.md", "---\ntags: question\n---\n# Q ?\n1. [[Autre]]\n   Résumé.\n\nVideo J1\n\nClaire Martin: [[Le temps]]\n"],
			["Notes/Le temps.md", "---\ntags: ressource forum\n---\n## Le temps\n"],
			["Notes/Autre.md", "---\ntags: ressource\n---\nTexte.\n"],
		]);
		const index = VaultIndex.build(files, nodeYaml);
		expect(sidebarModel(index, "Notes/Le temps.md").citedBy).toEqual([
			{ target: "Notes/Q.md", question: "Q ?", number: null, position: null, section: "Video J1", summary: "Claire Martin", line: 10 },
		]);
	});
});

describe("the overview leaves template notes out", () => {
	it("a template tagged question is not listed", () => {
		const files = new Map([
			["Notes/Q.md", "---\ntags: question\n---\n# Q ?\n"],
			["Template/Question.md", "---\ntags: question\n---\n# {{question}}\n"],
		]);
		const index = VaultIndex.build(files, nodeYaml);
		const listed = (isTemplate?: (path: string) => boolean) => overviewModel(index, "", isTemplate).groups.flatMap((g) => g.questions.map((q) => q.target));
		expect(listed().sort()).toEqual(["Notes/Q.md", "Template/Question.md"]);
		expect(listed((path) => path.startsWith("Template/"))).toEqual(["Notes/Q.md"]);
	});
});
