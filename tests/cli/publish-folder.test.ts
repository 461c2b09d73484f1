import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FolderDestination } from "../../src/destinations/folder";
import { plan } from "../core/publish/helpers";

function snapshot(root: string, folder = ""): Record<string, string> {
	const found: Record<string, string> = {};
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) Object.assign(found, snapshot(root, path));
		else found[path] = readFileSync(join(root, path), "utf8");
	}
	return found;
}

let root: string;
let out: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "publish-folder-"));
	out = join(root, "site");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const v1 = { "Notes/A.md": "A\n", "Notes/B.md": "B [[A]]\n", "x.png": "png" };
const v2 = { "Notes/A.md": "A modifiée\n", "Notes/C.md": "C\n", "x.png": "png" };

async function publishFirst(): Promise<FolderDestination> {
	const destination = new FolderDestination(out);
	const progress: [number, number][] = [];
	const result = await destination.apply(plan(v1), (done, total) => progress.push([done, total]));
	expect(result.cancelled).toBe(false);
	expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
	return destination;
}

describe("folder destination", () => {
	test("writes, then applies a later plan with deletions; site files it does not manage stay", async () => {
		const destination = await publishFirst();
		writeFileSync(join(out, "eleventy.config.js"), "// the site's own");
		const manifest = await destination.readManifest();
		await destination.apply(plan(v2, { manifest, deletions: "all" }));
		const files = snapshot(out);
		expect(Object.keys(files).sort()).toEqual([".museum-publish.json", "Notes/A.md", "Notes/C.md", "eleventy.config.js"]);
		expect(files["Notes/A.md"]).toContain("A modifiée");
		expect(readdirSync(root)).toEqual(["site"]);
	});

	test("a failure in the middle of the swap restores the previous site", async () => {
		await publishFirst();
		const before = snapshot(out);
		const manifest = await new FolderDestination(out).readManifest();
		let swapped = 0;
		const failing = new FolderDestination(out, {
			beforeSwap: () => {
				if (++swapped === 3) throw new Error("disk full");
			},
		});
		await expect(failing.apply(plan(v2, { manifest, deletions: "all" }))).rejects.toThrow("disk full");
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(root)).toEqual(["site"]);
	});

	test("cancelling leaves the previous site intact", async () => {
		await publishFirst();
		const before = snapshot(out);
		const manifest = await new FolderDestination(out).readManifest();
		const controller = new AbortController();
		const result = await new FolderDestination(out).apply(plan(v2, { manifest, deletions: "all" }), (done) => {
			if (done === 1) controller.abort();
		}, controller.signal);
		expect(result.cancelled).toBe(true);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(root)).toEqual(["site"]);
	});

	test("never deletes a file the manifest does not list, never writes outside the folder", async () => {
		mkdirSync(out);
		writeFileSync(join(out, "mine.md"), "site file");
		const p = plan(v1);
		await expect(new FolderDestination(out).apply({ ...p, deletes: ["mine.md"] })).rejects.toThrow("does not list");
		await expect(new FolderDestination(out).apply({ ...p, writes: [{ path: "../evil.md", content: "x", kind: "note" }] })).rejects.toThrow("outside");
		expect(snapshot(out)).toEqual({ "mine.md": "site file" });
		expect(statSync(root).isDirectory()).toBe(true);
	});

	test("readText gives the site's copy for diffs", async () => {
		const destination = await publishFirst();
		expect(await destination.readText("Notes/B.md")).toContain("[A](/Notes/A/)");
		expect(await destination.readText("Notes/Nope.md")).toBeNull();
	});
});

describe("folder destination: the folder itself, the starter site, an interrupted publish", () => {
	const STARTER = { siteTitle: "MuseumXTD", pathPrefix: "/" };
	const modeOf = (path: string) => statSync(path).mode & 0o777;

	test("a first publish makes the folder with the usual permissions, never drwx------", async () => {
		await new FolderDestination(out).apply(plan(v1));
		mkdirSync(join(root, "usual"));
		expect(modeOf(out)).toBe(modeOf(join(root, "usual")));
		expect(modeOf(join(out, "Notes"))).toBe(modeOf(join(root, "usual")));
	});

	test("an existing empty folder is written into, not replaced: same folder, same permissions", async () => {
		mkdirSync(out);
		chmodSync(out, 0o750);
		const inode = statSync(out).ino;
		await new FolderDestination(out).apply(plan(v1));
		expect(statSync(out).ino).toBe(inode);
		expect(modeOf(out)).toBe(0o750);
		expect(Object.keys(snapshot(out))).toContain("Notes/A.md");
	});

	test("a replaced file keeps its permissions", async () => {
		await publishFirst();
		chmodSync(join(out, "Notes/A.md"), 0o600);
		const manifest = await new FolderDestination(out).readManifest();
		await new FolderDestination(out).apply(plan(v2, { manifest, deletions: "all" }));
		expect(readFileSync(join(out, "Notes/A.md"), "utf8")).toContain("A modifiée");
		expect(modeOf(join(out, "Notes/A.md"))).toBe(0o600);
	});

	test("the starter site is written in the same all-or-nothing step: with the notes, or not at all", async () => {
		let swapped = 0;
		const failing = new FolderDestination(out, { starter: STARTER, beforeSwap: () => {
			if (++swapped === 4) throw new Error("disk full");
		} });
		await expect(failing.apply(plan(v1))).rejects.toThrow("disk full");
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(root)).toEqual([]);

		const result = await new FolderDestination(out, { starter: STARTER }).apply(plan(v1));
		expect(result.starterSite).toContain("eleventy.config.mjs");
		expect(Object.keys(snapshot(out))).toEqual(expect.arrayContaining(["eleventy.config.mjs", "Notes/A.md", ".museum-publish.json"]));
		// Once the folder is an Eleventy site, the starter site is never written again.
		rmSync(join(out, "package.json"));
		const manifest = await new FolderDestination(out).readManifest();
		expect((await new FolderDestination(out, { starter: STARTER }).apply(plan(v2, { manifest, deletions: "all" }))).starterSite).toEqual([]);
		expect(existsSync(join(out, "package.json"))).toBe(false);
	});

	test("a note with a starter file's name wins over it", async () => {
		const result = await new FolderDestination(out, { starter: STARTER }).apply(plan({ "README.md": "# Lisez-moi\n" }));
		expect(result.starterSite).not.toContain("README.md");
		expect(readFileSync(join(out, "README.md"), "utf8")).toContain("# Lisez-moi");
	});

	test("an interrupted publish is recovered before the site is read; a publish running in another process is never touched", async () => {
		const destination = await publishFirst();
		const before = snapshot(out);
		const work = join(root, ".site.museum-publish");
		// What a publish killed after moving a page aside leaves behind.
		mkdirSync(join(work, "staged", "Notes"), { recursive: true });
		mkdirSync(join(work, "previous", "Notes"), { recursive: true });
		writeFileSync(join(work, "staged", "Notes", "A.md"), "new A");
		renameSync(join(out, "Notes", "A.md"), join(work, "previous", "Notes", "A.md"));
		writeFileSync(join(work, "journal.json"), JSON.stringify({ created: false, writes: ["Notes/A.md"], deletes: [], folders: [] }));
		writeFileSync(join(work, "owner"), String(process.ppid));
		await expect(destination.readManifest()).rejects.toThrow("another publish");
		expect(existsSync(join(out, "Notes", "A.md"))).toBe(false);

		writeFileSync(join(work, "owner"), "999999999");
		expect((await destination.readManifest())?.notes.map((n) => n.path)).toEqual(["Notes/A.md", "Notes/B.md"]);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(root)).toEqual(["site"]);
		expect(destination.recover()).toBeNull();
	});
});
