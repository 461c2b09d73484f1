import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MANIFEST_PATH } from "../../src/core/publish/manifest";
import { runCommandLine, snapshotTree as snapshot, writeTree } from "../helpers/cli";

const run = (...argv: string[]) => runCommandLine("publish", ...argv);

const SENTINEL = "SENTINEL-cli-42 cette phrase du brouillon ne doit jamais sortir du coffre";

let root: string;
let vault: string;
let out: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "publish-cli-"));
	vault = join(root, "vault");
	out = join(root, "site");
	writeTree(vault, {
		"Notes/Q.md": "---\ntags: question\npublish: true\n---\n# Q?\n1. [[R]]\n   Résumé.\n2. [[Brouillon/D]]\n   Autre.\n![[img.png|200]]\n",
		"Notes/R.md": "---\ntags: ressource\n---\nRessource.\n",
		"Notes/S.md": "Seule.\n",
		"Autres/T.md": "T.\n",
		"Brouillon/D.md": `${SENTINEL}\n`,
		"Modèles/M.md": `${SENTINEL}\n`,
		"Attachments/img.png": "PNG",
		".obsidian/templates.json": '{"folder":"Modèles"}',
		".trash/Old.md": `${SENTINEL}\n`,
	});
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("publish command", () => {
	test("publishes every publishable note; --json has the agreed arrays; the vault is byte-identical", async () => {
		const before = snapshot(vault);
		const result = await run("--vault", vault, "--out", out, "--json");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(report).toMatchObject({ added: ["Autres/T.md", "Notes/Q.md", "Notes/R.md", "Notes/S.md", "Attachments/img.png"], changed: [], renamed: [], deleted: [], unchanged: [] });
		expect(Array.isArray(report.warnings)).toBe(true);
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: "link-to-unpublished", path: "Notes/Q.md", line: 8 }));
		expect(readFileSync(join(out, "Notes/Q.md"), "utf8")).toContain('<img src="/Attachments/img.png" alt="img" width="200">');
		expect(existsSync(join(out, MANIFEST_PATH))).toBe(true);
		expect(existsSync(join(out, "Brouillon"))).toBe(false);
		expect(JSON.stringify(snapshot(out))).not.toContain(Buffer.from("SENTINEL").toString("base64").slice(0, 8));
		for (const [path] of Object.entries(snapshot(out))) {
			if (!path.startsWith(".") && !path.endsWith(".png")) expect(readFileSync(join(out, path), "utf8")).not.toContain("SENTINEL");
		}
		expect(snapshot(vault)).toEqual(before);

		const again = JSON.parse((await run("--vault", vault, "--out", out, "--json")).stdout) as Record<string, unknown[]>;
		expect(again.added).toEqual([]);
		expect(again.unchanged).toHaveLength(5);
	});

	test("--select repeated and with several values; --with-linked", async () => {
		const repeated = JSON.parse((await run("--vault", vault, "--out", out, "--select", "Notes/S.md", "--select", "Autres", "--dry-run", "--json")).stdout) as Record<string, string[]>;
		expect(repeated.added).toEqual(["Autres/T.md", "Notes/S.md"]);
		const multi = JSON.parse((await run("--vault", vault, "--out", out, "--select", "Notes/S.md", "Autres", "--dry-run", "--json")).stdout) as Record<string, string[]>;
		expect(multi.added).toEqual(["Autres/T.md", "Notes/S.md"]);
		const linked = JSON.parse((await run("--vault", vault, "--out", out, "--select", "Notes/Q", "--with-linked", "--dry-run", "--json")).stdout) as Record<string, string[]>;
		expect(linked.added).toEqual(["Notes/Q.md", "Notes/R.md", "Attachments/img.png"]);
	});

	test("--dry-run writes nothing", async () => {
		const result = await run("--vault", vault, "--out", out, "--dry-run");
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("Added (5):");
		expect(result.stdout).toContain("Dry run: nothing was written.");
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(root)).toEqual(["vault"]);
	});

	test("renames and deletions on a later publish", async () => {
		expect((await run("--vault", vault, "--out", out)).code).toBe(0);
		rmSync(join(vault, "Notes/S.md"));
		writeTree(vault, { "Archives/S renommée.md": "Seule.\n" });
		rmSync(join(vault, "Autres/T.md"));
		// One page of four goes: more than a fifth of the site, so it needs --yes (see publish-confirm.test.ts).
		const result = await run("--vault", vault, "--out", out, "--json", "--yes");
		const report = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(report.renamed).toEqual([{ from: "Notes/S.md", to: "Archives/S renommée.md" }]);
		expect(report.deleted).toEqual(["Autres/T.md"]);
		expect(existsSync(join(out, "Autres/T.md"))).toBe(false);
		expect(readFileSync(join(out, "Notes/S.md"), "utf8")).toContain("permalink: /Notes/S/");
		expect(readFileSync(join(out, "Archives/S renommée.md"), "utf8")).toContain("Seule.");
	});

	test("the text output lists changes and warnings with 1-based lines", async () => {
		const result = await run("--vault", vault, "--out", out);
		expect(result.stdout).toContain("Added (5):\n  Autres/T.md\n");
		expect(result.stdout).toMatch(/Notes\/Q\.md:8: warning link-to-unpublished/);
	});

	test("exit 2 on bad input", async () => {
		expect((await run("--vault", vault)).code).toBe(2);
		expect((await run("--vault", join(root, "missing"), "--out", out)).code).toBe(2);
		expect((await run("--vault", vault, "--out", out, "--select", "Nulle/Part")).code).toBe(2);
		expect((await run("--vault", vault, "--out", join(vault, "site"))).code).toBe(2);
		expect((await run("--vault", vault, "--out", out, "--bogus")).code).toBe(2);
		expect(existsSync(out)).toBe(false);
	});

	test("exit 1 when publishing fails, and nothing changes", async () => {
		expect((await run("--vault", vault, "--out", out)).code).toBe(0);
		const before = snapshot(out);
		// A folder where a published file must go: the swap cannot happen.
		writeTree(vault, { "Notes/S.md": "Seule, modifiée.\n", "Notes/Neuve.md": "n\n" });
		mkdirSync(join(out, "Notes/Neuve.md"));
		writeFileSync(join(out, "Notes/Neuve.md/keep.txt"), "site file");
		const withFolder = snapshot(out);
		const result = await run("--vault", vault, "--out", out);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("left as it was");
		expect(snapshot(out)).toEqual(withFolder);
		expect(Object.keys(withFolder).length).toBe(Object.keys(before).length + 1);
	});

	test("a note renamed and edited (one line of four) is a rename: its old address redirects, nothing is deleted", async () => {
		writeTree(vault, { "Notes/Ancien.md": "# Les collections\nUne note sur les collections du musée.\nElle a trois lignes.\nEt une quatrième.\n" });
		expect((await run("--vault", vault, "--out", out)).code).toBe(0);
		rmSync(join(vault, "Notes/Ancien.md"));
		writeTree(vault, { "Notes/Nouveau.md": "# Les collections\nUne note sur les collections du musée.\nElle a trois lignes.\nEt une quatrième, modifiée.\n" });
		const result = await run("--vault", vault, "--out", out, "--json");
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ added: [], deleted: [], renamed: [{ from: "Notes/Ancien.md", to: "Notes/Nouveau.md" }] });
		expect(readFileSync(join(out, "Notes/Ancien.md"), "utf8")).toContain("museumRedirect: /Notes/Nouveau/");
	});

	test("an interrupted publish found in the site folder is finished or rolled back first, and said so (recovered in --json)", async () => {
		expect((await run("--vault", vault, "--out", out)).code).toBe(0);
		const work = join(root, ".site.museum-publish");
		mkdirSync(join(work, "staged"), { recursive: true });
		writeFileSync(join(work, "journal.json"), JSON.stringify({ created: false, writes: [], deletes: [], folders: [] }));
		writeFileSync(join(work, "committed"), "");
		const json = JSON.parse((await run("--vault", vault, "--out", out, "--json")).stdout) as { recovered: string | null };
		expect(json.recovered).toBe("finished");
		mkdirSync(work);
		expect((await run("--vault", vault, "--out", out)).stdout).toContain("An interrupted publish was rolled back first.");
		expect(JSON.parse((await run("--vault", vault, "--out", out, "--json")).stdout)).toMatchObject({ recovered: null });
		expect(readdirSync(root).sort()).toEqual(["site", "vault"]);
	});

	test("exit 1 on a corrupt manifest, and on a leak", async () => {
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, MANIFEST_PATH), "{not json");
		expect((await run("--vault", vault, "--out", out)).code).toBe(1);
		rmSync(out, { recursive: true });
		writeTree(vault, { "Notes/Copie.md": "---\ncssclasses: vitrine-privee-2024\n---\nLa classe vitrine-privee-2024.\n" });
		const leak = await run("--vault", vault, "--out", out);
		expect(leak.code).toBe(1);
		expect(leak.stdout).toContain("private-value");
		expect(existsSync(out)).toBe(false);
	});
});
