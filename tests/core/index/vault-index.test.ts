import { nodeYaml } from "../../../src/cli/disk-vault";
import { VaultIndex } from "../../../src/core/index";
import { VaultPathResolver } from "../../../src/core/links/resolver";
import { RESOLUTION_CASES, RESOLUTION_PATHS } from "../links/resolution-cases";
import { CHATEAU, FM, JUMEAU, museumVault } from "./museum-vault";

const Q = "Notes/Qu'est-ce qu'un jumeau numérique.md";
const N = "Notes/Comment numériser ses collections.md";
const CH = "Notes/Le jumeau numérique du château.md";
const RAP = "Notes/Rapport sur la numérisation 3D.md";
const TALK = "Notes/Vidéos/Un temps pour la rematérialisation.md";

const build = (vault = museumVault()) => VaultIndex.build(vault, nodeYaml);

/** The reverse map as plain data, to compare an updated index with one built from scratch. */
function reverseMap(index: VaultIndex): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const record of [...index.records()].sort((a, b) => a.path.localeCompare(b.path))) {
		const cites = index.citationsOf(record.path).map((c) => `${c.question}#${c.position}(${c.number})`);
		if (cites.length) out[record.path] = cites;
	}
	for (const q of index.questions()) out[`edges of ${q.path}`] = index.resourceTargets(q.path).map((e) => e.target);
	return out;
}

describe("VaultIndex: kinds", () => {
	const index = build();
	test.each([
		["questions", () => index.questions().map((r) => r.path), ["Brouillon/Stratégie numérique.md", N, Q]],
		["resources", () => index.resources().map((r) => r.path), ["Brouillon/Note.md", CH, "Notes/Note.md", RAP]],
		["video notes", () => index.videos().map((r) => r.path), [TALK]],
		// `tags: #question` is a YAML comment, read as the tags its writer meant.
		["the draft with commented-out tags", () => index.get("Brouillon/Stratégie numérique.md")?.kind, "question"],
	])("%s", (_name, actual, expected) => {
		expect(actual()).toEqual(expected);
	});
});

describe("VaultIndex: reverse map resource → citing questions", () => {
	const index = build();
	test.each([
		[CH, [{ question: Q, number: 1, position: 1, summary: "Le château numérisé et ses usages.", line: 13 }, { question: Q, number: 7, position: 6, summary: "Le même, par l'URL d'Obsidian.", line: 22 }]],
		[RAP, [{ question: N, number: 1, position: 1, summary: "Le rapport de référence.", line: 12 }, { question: Q, number: 2, position: 2, summary: null, line: 15 }]],
		[TALK, [{ question: Q, number: 6, position: 5, summary: "La conférence du forum.", line: 20 }]],
		// `[[Note#Une section]]` from Notes/ is the note of its own folder, not the draft.
		["Notes/Note.md", [{ question: N, number: 2, position: 2, summary: "Une note de même nom dans deux dossiers.", line: 14 }]],
		["Brouillon/Note.md", []],
	])("%s", (path, expected) => {
		// 0-based lines, as records hold them.
		expect(index.citationsOf(path).map(({ question, number, position, summary, line }) => ({ question, number, position, summary, line }))).toEqual(expected);
	});
});

describe("VaultIndex: navigation", () => {
	const index = build();
	test("keys, children in order, no duplicates", () => {
		expect(index.byNavigationKey("jumeau").map((r) => r.path)).toEqual([Q]);
		expect(index.navigation().children.get("comprendre")).toEqual([N, Q]);
		expect(index.duplicateKeys().size).toBe(0);
	});
	test("a second note with the same key is a duplicate; removing it clears it", () => {
		const copy = build();
		copy.upsert("Brouillon/Jumeau.md", JUMEAU);
		expect(copy.duplicateKeys().get("jumeau")).toEqual(["Brouillon/Jumeau.md", Q]);
		copy.remove("Brouillon/Jumeau.md");
		expect(copy.duplicateKeys().size).toBe(0);
	});
});

describe("VaultIndex: updates per file", () => {
	test.each<[string, (index: VaultIndex) => void, Record<string, string[] | undefined>]>([
		["editing a question re-reads its list", (i) => i.upsert(N, `${FM(["tags: question"])}1. [[Le jumeau numérique du château]]\n   Résumé.\n`), { [CH]: [`${N}#1(1)`, `${Q}#1(1)`, `${Q}#6(7)`], [RAP]: [`${Q}#2(2)`] }],
		["deleting a resource unresolves the links to it", (i) => i.remove(CH), { [CH]: undefined }],
		["renaming a resource: the old links no longer point at it", (i) => i.rename(CH, "Notes/Château.md", CHATEAU), { [CH]: undefined, ["Notes/Château.md"]: undefined }],
		["a new note of the same name in the question's folder takes the link", (i) => i.upsert("Notes/Vidéos/Note.md", "x"), {}],
		["creating the missing note resolves the alias-typed link", (i) => i.upsert("Notes/Qu'est-ce qu'un jumeau numérique?.md", "y"), { ["Notes/Qu'est-ce qu'un jumeau numérique?.md"]: [`${Q}#4(5)`] }],
		["a question that stops being one leaves the reverse map", (i) => i.upsert(Q, `${FM(["tags: ressource"])}1. [[Le jumeau numérique du château]]\n`), { [CH]: undefined, [TALK]: undefined }],
	])("%s, and the result equals a fresh build", (_name, change, expected) => {
		const index = build();
		change(index);
		const map = reverseMap(index);
		for (const [path, cites] of Object.entries(expected)) expect(map[path]).toEqual(cites);
		// A build from the same texts gives the same reverse map.
		const texts = new Map(museumVault());
		change({
			upsert: (p: string, t: string) => texts.set(p, t),
			remove: (p: string) => texts.delete(p),
			rename: (o: string, n: string, t: string) => (texts.delete(o), texts.set(n, t)),
		} as unknown as VaultIndex);
		expect(map).toEqual(reverseMap(build(texts)));
	});

	test("a rename re-resolves only the questions that name the file", () => {
		const index = build();
		index.upsert("Notes/Rapport 3D.md", `${FM(["tags: ressource"])}`);
		index.rename("Notes/Rapport 3D.md", "Archives/Rapport sur la numérisation 3D.md", "");
		// The question's folder still holds the exact name: the link keeps its target.
		expect(index.resourceTargets(Q).map((e) => e.target)).toContain(RAP);
		index.remove(RAP);
		expect(index.resourceTargets(Q).map((e) => e.target)).toContain("Archives/Rapport sur la numérisation 3D.md");
	});

	test("version grows on every change", () => {
		const index = build();
		const before = index.version;
		index.upsert(CH, CHATEAU + "\n");
		expect(index.version).toBeGreaterThan(before);
	});
});

describe("VaultIndex: findNote", () => {
	const index = build();
	test.each([
		[Q, Q],
		["Notes/Le jumeau numérique du château", CH],
		["notes/le jumeau nume\u0301rique du cha\u0302teau.md", CH],
		["Rapport sur la numérisation 3D", RAP],
		["Nulle part", null],
	])("%s", (name, expected) => expect(index.findNote(name)).toBe(expected));
});

describe("VaultIndex resolves links through the injected resolver, as VaultPathResolver does", () => {
	const question = (link: string) => `${FM(["tags: question"])}1. [[${link}]]\n   Résumé.\n`;
	test.each(RESOLUTION_CASES)("$name", ({ link, source, expected }) => {
		const vault = new Map(RESOLUTION_PATHS.map((p) => [p, "texte"] as [string, string]));
		vault.set(source, question(link));
		const index = VaultIndex.build(vault, nodeYaml, new VaultPathResolver(RESOLUTION_PATHS));
		expect(index.resourceTargets(source).map((e) => e.target)).toEqual(expected === null ? [] : [expected]);
	});
});
