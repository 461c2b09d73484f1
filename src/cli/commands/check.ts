import { VaultProblem, vaultProblems } from "../../core/index";
import { isTemplateNote } from "../../core/publish/exclusions";
import { parseArgs, required } from "../args";
import type { CliCommand } from "../commands";
import { coreTemplatesFolder, DiskVault, loadVault } from "../disk-vault";
import { EXIT } from "../io";
import { cliTranslator } from "../language";
import { warningText } from "../../i18n/strings-warnings";
import { indexDiskVault } from "../vault-index";
import { appearsInPlanOf } from "./sync-appears-in";

/**
 * `check --vault DIR [--json]`: every problem of the vault, one per line with
 * path and 1-based line. Exits 1 when an error-level problem exists
 * (unresolved link, duplicate navigation key, missing parent, broken YAML).
 * Informational notes (e.g. "no navigation") are left out, and so are
 * template notes, whose placeholders are not problems. Drafts are checked:
 * they are work in progress, and their problems are worth seeing early.
 */
export const check: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault"], flags: ["json"] });
	const vault = loadVault(required(args, "vault"));
	const templatesFolder = coreTemplatesFolder(vault);
	const noteProblems = vaultProblems(indexDiskVault(vault), { include: (path) => !isTemplateNote(path, vault.settings, templatesFolder) });
	// After the index: reading the notes finds the binary ones.
	const problems = [...vault.fileProblems, ...noteProblems, ...appearsInProblems(vault)]
		.filter((p) => p.severity !== "info")
		.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? -1) - (b.line ?? -1) || a.code.localeCompare(b.code))
		.map((p) => ({ ...p, line: p.line === null ? null : p.line + 1 }));
	const errors = problems.filter((p) => p.severity === "error").length;
	const warnings = problems.length - errors;
	if (args.flags.has("json")) {
		io.stdout(JSON.stringify({ problems, errors, warnings }, null, 2) + "\n");
	} else {
		const t = cliTranslator(vault.settings);
		for (const p of problems) io.stdout(`${p.path}:${p.line ?? 1}: ${p.severity} ${p.code}: ${warningText(t, p)}\n`);
		io.stdout(`${problems.length ? t("cli.summary", { errors, warnings }) : t("cli.no-problems")}\n`);
	}
	return errors > 0 ? EXIT.failed : EXIT.ok;
};

/** "Apparaît dans" lines that differ from what the index says (`sync-appears-in` fixes them), and lines naming questions when none cites the note. */
function appearsInProblems(vault: DiskVault): VaultProblem[] {
	const plan = appearsInPlanOf(vault, false);
	return [
		...plan.changed.map((c) => ({ path: c.path, line: c.line, code: "appears-in-stale", severity: "warning" as const, message: `The "Apparaît dans" line differs from the questions that cite this note; sync-appears-in writes: ${c.after.trim()}`, params: { after: c.after.trim() } })),
		...plan.uncited.map((u) => ({ path: u.path, line: u.line, code: "appears-in-uncited", severity: "warning" as const, message: 'No question cites this note any more; its "Apparaît dans" line is kept as written.' })),
	];
}
