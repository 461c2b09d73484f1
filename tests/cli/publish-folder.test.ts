import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
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
