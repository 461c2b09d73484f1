import { findRenames, noteShape, pruneRenames, recordRename, similarity } from "../../../src/core/publish/renames";
import { noteStatuses } from "../../../src/core/publish/status";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { plan, Vault } from "./helpers";

const FM = "---\ntitle: MuseumXTD\nlayout: layouts/post.njk\ntags: ressource\n---\n";
const BODY = ["# Les collections en ligne", "Un musée publie ses collections.", "", "## À retenir", "- partir des publics", "- mesurer ce qui change"];
const note = (...lines: string[]) => FM + lines.join("\n") + "\n";

describe("similarity of two notes (the lines of their bodies, as git compares files)", () => {
	test.each([
		["the same body", note(...BODY), 1],
		["one line of five changed", note(...BODY.slice(0, 5), "- mesurer ce qui a changé"), 0.8],
		["blank lines, indentation and the frontmatter do not count", "---\ntitle: Autre\n---\n" + BODY.map((l) => `  ${l}  `).join("\n\n"), 1],
		["three lines of five changed", note(BODY[0], "Un autre texte.", "## Autre titre", "- autre point", BODY[5]), 0.4],
		["nothing in common", note("Rien à voir."), 0],
		["an empty body", FM, 0],
	])("%s: %s", (_what, text, expected) => {
		expect(similarity(noteShape(text), noteShape(note(...BODY)))).toBeCloseTo(expected);
	});

	test("the shape of a 5 MB note stays small (256 lines at most)", () => {
		const huge = Array.from({ length: 100_000 }, (_, i) => `Ligne ${i} d'une très longue note.`).join("\n");
		expect(noteShape(huge).split(" ")).toHaveLength(256);
	});
});

describe("findRenames: which new note is which published note that left the vault", () => {
	const site = (path: string, text: string, identity: string | null = null) => ({ path, url: `/${path}/`, hash: "", sourceHash: "", identity, shape: noteShape(text), attachments: [] });
	const texts: Record<string, string> = {
		"Nouveau/Collections.md": note(...BODY.slice(0, 5), "- mesurer ce qui a changé"),
		"Nouveau/Réécrite.md": note("Tout a été réécrit."),
		"Nouveau/Clé.md": "---\neleventyNavigation:\n  key: cle\n---\nTexte neuf.\n",
	};
	const gone = [site("Ancien/Collections.md", note(...BODY)), site("Ancien/Réécrite.md", note("Un texte d'origine.", "Sur deux lignes.")), site("Ancien/Clé.md", "Autre.", "nav:cle")];
	const pairs = (recorded?: Record<string, string>) => [...findRenames(Object.keys(texts), gone, (p) => texts[p], recorded)].map(([to, from]) => `${from.path} → ${to}`).sort();

	test("renamed and edited, at least half of its lines the same: a rename; same navigation key: a rename; rewritten: not one", () => {
		expect(pairs()).toEqual(["Ancien/Clé.md → Nouveau/Clé.md", "Ancien/Collections.md → Nouveau/Collections.md"]);
	});

	test("a rename Obsidian reported is certain, however much the note changed, and comes first", () => {
		expect(pairs({ "Ancien/Réécrite.md": "Nouveau/Réécrite.md", "Ancien/Collections.md": "Nouveau/Clé.md" })).toEqual([
			"Ancien/Collections.md → Nouveau/Clé.md",
			"Ancien/Réécrite.md → Nouveau/Réécrite.md",
		]);
	});

	test("two new notes as similar to one published note: the most similar one is the rename", () => {
		const copies: Record<string, string> = { "A.md": note(...BODY.slice(0, 4)), "B.md": note(...BODY.slice(0, 5)) };
		expect([...findRenames(["A.md", "B.md"], [gone[0]], (p) => copies[p]).keys()]).toEqual(["B.md"]);
	});
});

describe("recordRename: the renames the plugin keeps (old path → new path)", () => {
	test.each([
		["a first rename", {}, ["A.md", "B.md"], { "A.md": "B.md" }],
		["a chain keeps the first path", { "A.md": "B.md" }, ["B.md", "C.md"], { "A.md": "C.md" }],
		["moved back, nothing left", { "A.md": "B.md" }, ["B.md", "A.md"], {}],
		["another note", { "A.md": "B.md" }, ["X.md", "Y.md"], { "A.md": "B.md", "X.md": "Y.md" }],
	])("%s", (_what, before, [from, to], after) => {
		expect(recordRename(before, from, to)).toEqual(after);
	});

	test("after a publish, only renames whose old page is still on the site stay", () => {
		const manifest = plan({ "A.md": "a\n" }).manifest;
		expect(pruneRenames({ "A.md": "B.md", "Gone.md": "C.md" }, manifest)).toEqual({ "A.md": "B.md" });
		expect(pruneRenames({ "A.md": "B.md" }, manifest)).toBeNull();
	});
});

describe("plan: a note renamed and edited keeps its address as a redirect", () => {
	const v1: Vault = { "Notes/Ancien.md": note(...BODY), "Notes/Autre.md": "[[Ancien]]\n" };
	const p1 = plan(v1);
	const v2: Vault = { "Notes/Nouveau.md": note(...BODY.slice(0, 5), "- mesurer ce qui a changé"), "Notes/Autre.md": "[[Nouveau]]\n" };

	test("renamed, not added and deleted; the old page becomes a redirect; the dialog says the same", () => {
		const p2 = plan(v2, { manifest: p1.manifest });
		expect(p2.status.filter((s) => s.kind === "note" && s.state !== "unchanged")).toEqual([
			{ path: "Notes/Autre.md", kind: "note", state: "changed", selected: true },
			{ path: "Notes/Nouveau.md", kind: "note", state: "renamed", from: "Notes/Ancien.md", selected: true },
		]);
		expect(p2.writes.find((w) => w.path === "Notes/Ancien.md")).toMatchObject({ kind: "redirect" });
		expect(p2.manifest.redirects).toEqual([expect.objectContaining({ path: "Notes/Ancien.md", url: "/Notes/Ancien/", target: "Notes/Nouveau.md" })]);
		expect(p2.deletes).toEqual([]);
		const notes = Object.entries(v2).map(([path, text]) => ({ path, text: String(text) }));
		expect(noteStatuses({ notes, manifest: p1.manifest, settings: DEFAULT_SETTINGS })).toContainEqual({ path: "Notes/Nouveau.md", state: "renamed", from: "Notes/Ancien.md" });
	});

	test("rewritten beyond recognition, it is a rename only when Obsidian reported it", () => {
		const rewritten: Vault = { ...v2, "Notes/Nouveau.md": note("Un tout autre texte.") };
		expect(plan(rewritten, { manifest: p1.manifest }).status.map((s) => s.state)).not.toContain("renamed");
		const reported = plan(rewritten, { manifest: p1.manifest, settings: { renames: { "Notes/Ancien.md": "Notes/Nouveau.md" } } });
		expect(reported.status).toContainEqual({ path: "Notes/Nouveau.md", kind: "note", state: "renamed", from: "Notes/Ancien.md", selected: true });
	});
});
