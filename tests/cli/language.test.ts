import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliLanguage } from "../../src/cli/language";
import { withDefaults } from "../../src/core/settings";
import { runCommandLine as run } from "../helpers/cli";

describe("the command line's language: the vault's (noted by the plugin), else the system's", () => {
	test.each([
		["the plugin noted fr", "fr", {}, "fr"],
		["the plugin noted en, the system is French", "en", { LANG: "fr_FR.UTF-8" }, "en"],
		["nothing noted, LANG=fr_FR.UTF-8", "", { LANG: "fr_FR.UTF-8" }, "fr"],
		["nothing noted, LC_ALL wins over LANG", "", { LC_ALL: "fr_CA.UTF-8", LANG: "en_GB.UTF-8" }, "fr"],
		["nothing noted, LANG=de_DE: English", "", { LANG: "de_DE.UTF-8" }, "en"],
		["nothing noted, no LANG", "", {}, "en"],
	])("%s → %s", (_name, noted, env, expected) => {
		expect(cliLanguage(withDefaults({ language: noted }), env)).toBe(expected);
	});
});

describe("check and inspect speak it", () => {
	let vault: string;
	beforeEach(() => {
		vault = mkdtempSync(join(tmpdir(), "museum-lang-"));
		writeFileSync(join(vault, "Q.md"), "---\ntags: question\n---\n# Q ?\n1. [[Absente]]\n   Résumé.\n");
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));
	const note = (language: string) => {
		mkdirSync(join(vault, ".obsidian", "plugins", "museum-strategy-notes"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "museum-strategy-notes", "data.json"), JSON.stringify({ language }));
	};

	test("a vault whose Obsidian is in French", async () => {
		note("fr");
		expect((await run("check", "--vault", vault)).stdout).toBe("Q.md:5: error unresolved-link: La note « Absente » n'existe pas.\n1 erreur(s), 0 avertissement(s)\n");
		expect((await run("inspect", "--vault", vault, "--note", "Q.md")).stdout).toContain("  ligne 5\u202f: error unresolved-link: La note « Absente » n'existe pas.\n");
	});

	test("a vault whose Obsidian is in English", async () => {
		note("en");
		expect((await run("check", "--vault", vault)).stdout).toBe('Q.md:5: error unresolved-link: The note "Absente" does not exist.\n1 error(s), 0 warning(s)\n');
	});
});
