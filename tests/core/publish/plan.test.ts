import { parse } from "yaml";
import { contentHash } from "../../../src/core/publish/hash";
import { changedNoteDiff } from "../../../src/core/publish/diff";
import { MANIFEST_PATH } from "../../../src/core/publish/manifest";
import { noteStatuses } from "../../../src/core/publish/status";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { plan, Vault } from "./helpers";

const png = new Uint8Array([1, 2, 3]);
const first: Vault = {
	"Notes/Jumeau.md": "---\neleventyNavigation:\n  key: jumeau\n---\n# Jumeau\n![[a.png]]\n",
	"Notes/Sans clé.md": "Un texte qui identifie cette note par son corps.\n",
	"Notes/Reste.md": "[[Jumeau]]\n",
	"a.png": png,
	"b.png": new Uint8Array([9]),
	"Notes/Image B.md": "![[b.png]]\n",
};

describe("plan: states, renames, deletions", () => {
	const p1 = plan(first);

	test("a first publish: everything new, the manifest written last", () => {
		expect(p1.status.filter((s) => s.kind === "note").map((s) => [s.path, s.state])).toEqual([
			["Notes/Image B.md", "new"],
			["Notes/Jumeau.md", "new"],
			["Notes/Reste.md", "new"],
			["Notes/Sans clé.md", "new"],
		]);
		expect(p1.writes[p1.writes.length - 1].path).toBe(MANIFEST_PATH);
		expect(p1.manifest.notes.find((n) => n.path === "Notes/Jumeau.md")).toMatchObject({ url: "/Notes/Jumeau/", identity: "nav:jumeau", attachments: ["a.png"] });
	});

	test("publishing again the same vault writes nothing", () => {
		const p2 = plan(first, { manifest: p1.manifest });
		expect(p2.writes).toEqual([]);
		expect(p2.deletes).toEqual([]);
		expect(new Set(p2.status.map((s) => s.state))).toEqual(new Set(["unchanged"]));
	});

	test("a changed note and a changed attachment are rewritten, and only they", () => {
		const p2 = plan({ ...first, "Notes/Reste.md": "[[Jumeau]] modifié\n", "a.png": new Uint8Array([4]) }, { manifest: p1.manifest });
		expect(p2.writes.map((w) => w.path)).toEqual(["Notes/Reste.md", "a.png", MANIFEST_PATH]);
		expect(p2.status.filter((s) => s.state === "changed").map((s) => s.path)).toEqual(["Notes/Reste.md", "a.png"]);
		expect(changedNoteDiff("Notes/Reste.md", String(p1.compiled.get("Notes/Reste.md")), String(p2.compiled.get("Notes/Reste.md")))).toContain("+[Jumeau](/Notes/Jumeau/) modifié");
	});

	test("renames (by navigation key, by body): new URL, redirect page at the old path, links follow", () => {
		const { "Notes/Jumeau.md": jumeau, "Notes/Sans clé.md": sansCle, ...rest } = first;
		const moved: Vault = { ...rest, "Comprendre/Jumeau numérique.md": String(jumeau).replace("# Jumeau", "# Jumeau (édité)"), "Archives/Sans clé.md": sansCle, "Notes/Reste.md": "[[Jumeau numérique]]\n" };
		const p2 = plan(moved, { manifest: p1.manifest, settings: { pathPrefix: "/musee/" } });
		const renamed = p2.status.filter((s) => s.state === "renamed").map((s) => [s.from, s.path]);
		expect(renamed).toEqual([["Notes/Sans clé.md", "Archives/Sans clé.md"], ["Notes/Jumeau.md", "Comprendre/Jumeau numérique.md"]].sort((a, b) => (a[1] < b[1] ? -1 : 1)));
		const redirect = p2.writes.find((w) => w.path === "Notes/Jumeau.md");
		expect(redirect?.kind).toBe("redirect");
		const text = String(redirect?.content);
		expect(parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "")).toEqual({ permalink: "/Notes/Jumeau/", layout: false, eleventyExcludeFromCollections: true, templateEngineOverride: "md", museumRedirect: "/Comprendre/Jumeau%20num%C3%A9rique/" });
		expect(text).toContain('<meta http-equiv="refresh" content="0; url=/musee/Comprendre/Jumeau%20num%C3%A9rique/">');
		expect(text).toContain('<a href="/Comprendre/Jumeau%20num%C3%A9rique/">');
		expect(p2.manifest.redirects.map((r) => [r.path, r.target])).toEqual([["Notes/Jumeau.md", "Comprendre/Jumeau numérique.md"], ["Notes/Sans clé.md", "Archives/Sans clé.md"]]);
		expect(p2.deletes).toEqual([]);

		// A second rename moves the old redirect along.
		const { "Comprendre/Jumeau numérique.md": j2, ...rest2 } = moved;
		const p3 = plan({ ...rest2, "Final/Jumeau.md": j2 }, { manifest: p2.manifest });
		const old = p3.writes.find((w) => w.path === "Notes/Jumeau.md");
		expect(String(old?.content)).toContain("/Final/Jumeau/");
	});

	test("deletions: offered, never done unless confirmed; unused attachments too", () => {
		const { "Notes/Image B.md": _gone, ...rest } = first;
		const offered = plan(rest, { manifest: p1.manifest });
		expect(offered.status.filter((s) => s.state === "deleted")).toEqual([
			{ path: "Notes/Image B.md", kind: "note", state: "deleted", selected: false },
			{ path: "b.png", kind: "attachment", state: "deleted", selected: false },
		]);
		expect(offered.deletes).toEqual([]);
		expect(offered.manifest.notes.map((n) => n.path)).toContain("Notes/Image B.md");
		expect(offered.deletionShare).toBe(0.25);
		expect(offered.warnings.map((w) => w.code)).toContain("many-deletions");
		const confirmed = plan(rest, { manifest: p1.manifest, deletions: "all" });
		expect(confirmed.deletes).toEqual(["Notes/Image B.md", "b.png"]);
		expect(confirmed.manifest.notes.map((n) => n.path)).not.toContain("Notes/Image B.md");
	});

	test("a note set to publish: false becomes a deletion candidate, and links to it become text", () => {
		const p2 = plan({ ...first, "Notes/Jumeau.md": "---\npublish: false\n---\nx\n" }, { manifest: p1.manifest });
		expect(p2.status).toContainEqual({ path: "Notes/Jumeau.md", kind: "note", state: "deleted", selected: false });
		expect(p2.compiled.get("Notes/Reste.md")).toContain("\nJumeau\n");
	});

	test("a partial selection keeps the other published notes, and links to them", () => {
		const p2 = plan({ ...first, "Notes/Nouvelle.md": "[[Reste]]\n" }, { manifest: p1.manifest, select: ["Notes/Nouvelle.md"] });
		expect(p2.status.filter((s) => s.kind === "note").map((s) => [s.path, s.state])).toEqual([["Notes/Nouvelle.md", "new"]]);
		expect(p2.compiled.get("Notes/Nouvelle.md")).toContain("[Reste](/Notes/Reste/)");
		expect(p2.manifest.notes).toHaveLength(5);
		expect(p2.deletes).toEqual([]);
	});

	test("the dialog's cheap status agrees with the plan", () => {
		const { "Notes/Jumeau.md": jumeau, "Notes/Image B.md": _b, ...rest } = first;
		const vault: Vault = { ...rest, "Autre/Jumeau.md": jumeau, "Notes/Reste.md": "changé\n", "Notes/Neuve.md": "neuve\n" };
		const notes = Object.entries(vault).filter(([p]) => p.endsWith(".md")).map(([path, text]) => ({ path, text: String(text) }));
		const statuses = noteStatuses({ notes, manifest: p1.manifest, settings: DEFAULT_SETTINGS });
		expect(statuses.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
			{ path: "Autre/Jumeau.md", state: "renamed", from: "Notes/Jumeau.md" },
			{ path: "Notes/Image B.md", state: "deleted" },
			{ path: "Notes/Neuve.md", state: "new" },
			{ path: "Notes/Reste.md", state: "changed" },
			{ path: "Notes/Sans clé.md", state: "unchanged" },
		]);
		expect(noteStatuses({ notes, manifest: p1.manifest, settings: { ...DEFAULT_SETTINGS, slugUrls: true } }).find((s) => s.path === "Notes/Sans clé.md")?.state).toBe("changed");
	});
});

describe("content hash", () => {
	test("FNV-1a 64 over UTF-8, same for text and bytes", () => {
		expect(contentHash("")).toBe("cbf29ce484222325");
		expect(contentHash("a")).toBe("af63dc4c8601ec8c");
		expect(contentHash("foobar")).toBe("85944171f73967e8");
		expect(contentHash("numérique 😀")).toBe(contentHash(new TextEncoder().encode("numérique 😀")));
	});
});
