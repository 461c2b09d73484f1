/**
 * The hostile corpus (tests/fixtures/hostile-vault.ts) on disk, through the
 * command line: `check`, `inspect` of every note and `publish` end without an
 * exception (exit 0 or 1, never a stack trace) and name what is wrong.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { HOSTILE, hostileFiles } from "../fixtures/hostile-vault";
import { runCommandLine as cli, snapshotTree } from "../helpers/cli";

let root: string;
let vault: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "hostile-"));
	vault = join(root, "vault");
	for (const [path, content] of Object.entries(hostileFiles())) {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), content);
	}
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const noCrash = (result: { code: number; stderr: string }) => {
	expect(result.stderr).not.toMatch(/\n\s+at /);
	expect([0, 1]).toContain(result.code);
};

describe("the hostile vault through the command line", () => {
	test("check lists the malformed notes, the binary note, the BOM and the NFC twins", async () => {
		const result = await cli("check", "--vault", vault, "--json");
		noCrash(result);
		const codes = new Set((JSON.parse(result.stdout) as { problems: { path: string; code: string }[] }).problems.map((p) => `${p.path} ${p.code}`));
		for (const expected of [
			"Hostile/Guillemets ouverts.md yaml-invalid",
			"Hostile/Non fermé.md frontmatter-unclosed",
			"Hostile/Binaire.md binary-note",
			"Hostile/BOM.md byte-order-mark",
			"Hostile/Café.md nfc-twins",
		]) expect([...codes]).toContain(expected);
	});

	test.each(Object.keys(HOSTILE).map((path) => [path.normalize("NFC"), HOSTILE[path].what]))("inspect %s (%s)", async (path) => {
		noCrash(await cli("inspect", "--vault", vault, "--note", path, "--json"));
	});

	test("publish writes a site, warns, and leaves the vault byte-identical", async () => {
		const before = snapshotTree(vault);
		const result = await cli("publish", "--vault", vault, "--out", join(root, "site"), "--json", "--yes");
		noCrash(result);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { added: string[]; warnings: { code: string; path: string }[] };
		expect(report.added.length).toBeGreaterThan(20);
		expect(report.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(expect.arrayContaining(["Hostile/Binaire.md binary-note", "Hostile/Café.md nfc-twins", "Hostile/Cycle A.md embed-cycle"]));
		expect(snapshotTree(vault)).toEqual(before);
	});
});
