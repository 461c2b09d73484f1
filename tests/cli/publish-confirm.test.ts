/**
 * `publish --yes`: what the command line asks to confirm, since it has no dialog. Error-level leak
 * findings, and deleting more than a fifth of the site's pages, stop the publish (exit 1, nothing
 * changed) unless `--yes` is given. Pages of notes deleted from the vault go; notes merely left out
 * of `--select` stay.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { realVault } from "../fixtures/real-vault";
import { runCommandLine as cli, snapshotTree as snapshot, writeTree } from "../helpers/cli";

const SECRET = "SENTINEL-yes-19 cette phrase du brouillon ne doit sortir qu'avec une confirmation";

let root: string;
let vault: string;
let out: string;
const publish = (...extra: string[]) => cli("publish", "--vault", vault, "--out", out, ...extra);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "publish-yes-"));
	vault = join(root, "vault");
	out = join(root, "site");
	writeTree(vault, {
		"Notes/A.md": "Première note.\n",
		"Notes/B.md": "Deuxième note.\n",
		"Notes/C.md": "Troisième note.\n",
		"Notes/D.md": "Quatrième note.\n",
		"Notes/E.md": "Cinquième note.\n",
		"Brouillon/Secret.md": `${SECRET}\n`,
	});
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("publish --yes", () => {
	test("the usage text documents it", async () => {
		const help = await cli("--help");
		expect(help.stdout).toMatch(/publish[\s\S]*\[--yes\]/);
		expect(help.stdout).toContain("--yes: confirm leak errors and deleting over 1/5 of the site");
	});

	test("an error-level leak (a private property's value in the text) stops the publish; --yes confirms it and the finding is still reported", async () => {
		writeTree(vault, {
			".obsidian/plugins/museum-strategy-notes/data.json": JSON.stringify({ privateKeys: ["publish", "cssclasses", "contact"] }),
			"Notes/Copie.md": "---\ncontact: marie.durand@musee.example\n---\nÉcrire à marie.durand@musee.example.\n",
		});
		const refused = await publish("--json");
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain("--yes");
		expect(existsSync(out)).toBe(false);

		const confirmed = await publish("--json", "--yes");
		expect(confirmed.stderr).toBe("");
		expect(confirmed.code).toBe(0);
		const report = JSON.parse(confirmed.stdout) as { added: string[]; leaks: { code: string; severity: string; path: string }[] };
		expect(report.leaks).toContainEqual(expect.objectContaining({ code: "private-value", severity: "error", path: "Notes/Copie.md" }));
		expect(report.added).toContain("Notes/Copie.md");
		expect(readFileSync(join(out, "Notes/Copie.md"), "utf8")).toContain("marie.durand@musee.example");
	});

	test("a sentence shared with a draft needs no --yes: the note's own text, one info line among the warnings", async () => {
		writeTree(vault, { "Notes/Copie.md": `Recopié : ${SECRET}\n` });
		const result = await publish("--json");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { leaks: unknown[]; warnings: { code: string; severity: string; path: string; params?: Record<string, string> }[] };
		expect(report.leaks).toEqual([]);
		expect(report.warnings.filter((w) => w.code === "shared-text")).toEqual([expect.objectContaining({ severity: "info", path: "Notes/Copie.md", params: { source: "Brouillon/Secret.md" } })]);
		// The draft itself is still never published.
		expect(existsSync(join(out, "Brouillon"))).toBe(false);
	});

	test("a real-sized vault whose drafts and unpublished home page repeat its notes: publish --select Notes needs no --yes", async () => {
		rmSync(vault, { recursive: true });
		writeTree(vault, realVault().files);
		const result = await publish("--select", "Notes");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain("Leak audit");
		expect(result.stdout).toMatch(/Notes\/Question 1\.md:\d+: info shared-text: .*Brouillon\/Question 1\.md/);
	});

	test("a note deleted from the vault is deleted from the site (a fifth of the pages: no confirmation)", async () => {
		expect((await publish()).code).toBe(0);
		rmSync(join(vault, "Notes/E.md"));
		const result = await publish("--json");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as { deleted: string[] }).deleted).toEqual(["Notes/E.md"]);
		expect(existsSync(join(out, "Notes/E.md"))).toBe(false);
		expect(existsSync(join(out, "Notes/D.md"))).toBe(true);
	});

	test("notes left out of --select stay on the site", async () => {
		expect((await publish()).code).toBe(0);
		writeTree(vault, { "Notes/A.md": "Première note, modifiée.\n" });
		const result = await publish("--select", "Notes/A.md", "--json");
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ changed: ["Notes/A.md"], deleted: [] });
		for (const name of ["B", "C", "D", "E"]) expect(existsSync(join(out, `Notes/${name}.md`))).toBe(true);
	});

	test("deleting more than a fifth of the site is refused without --yes: exit 1, nothing changed, a clear message", async () => {
		expect((await publish()).code).toBe(0);
		rmSync(join(vault, "Notes/D.md"));
		// Made private: its page must go too.
		writeTree(vault, { "Notes/E.md": "---\npublish: false\n---\nCinquième note.\n", "Notes/A.md": "Première note, modifiée.\n" });
		const before = snapshot(out);

		const refused = await publish();
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain("2 of the 5 pages on the site would be deleted (more than a fifth");
		expect(refused.stderr).toContain("--yes");
		expect(refused.stdout).toContain("Deleted (2):\n  Notes/D.md\n  Notes/E.md\n");
		expect(snapshot(out)).toEqual(before);
		expect((await publish("--dry-run")).code).toBe(1);
		expect(snapshot(out)).toEqual(before);

		const confirmed = await publish("--yes", "--json");
		expect(confirmed.stderr).toBe("");
		expect(confirmed.code).toBe(0);
		expect(JSON.parse(confirmed.stdout)).toMatchObject({ changed: ["Notes/A.md"], deleted: ["Notes/D.md", "Notes/E.md"] });
		expect(existsSync(join(out, "Notes/D.md"))).toBe(false);
		expect(existsSync(join(out, "Notes/E.md"))).toBe(false);
		expect(readFileSync(join(out, "Notes/A.md"), "utf8")).toContain("modifiée");
	});

	test("--yes takes no value, and changes nothing else", async () => {
		expect((await publish("--yes=1")).code).toBe(2);
		const result = await publish("--yes", "--json");
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as { added: string[] }).added).toEqual(["Notes/A.md", "Notes/B.md", "Notes/C.md", "Notes/D.md", "Notes/E.md"]);
	});
});
