import { applyAppearsIn, appearsInFilters, AppearsInPlan, planAppearsIn } from "../../core/appears-in/appears-in";
import { parseArgs, required } from "../args";
import type { CliCommand } from "../commands";
import { coreTemplatesFolder, DiskVault, loadVault } from "../disk-vault";
import { EXIT } from "../io";
import { cliTranslator } from "../language";
import { indexDiskVault } from "../vault-index";

/** The "Apparaît dans" plan of a vault on disk (`check` reports it, `sync-appears-in` writes it). */
export function appearsInPlanOf(vault: DiskVault, addMissing = vault.settings.addMissingAppearsIn): AppearsInPlan {
	const index = indexDiskVault(vault);
	return planAppearsIn(index, (path) => vault.readText(path), { addMissing, ...appearsInFilters(index, vault.settings, vault.configDir, coreTemplatesFolder(vault)) });
}

/**
 * `sync-appears-in --vault DIR [--dry-run] [--json]`: rewrites every
 * resource's "Apparaît dans" line from the index with the core's one writer,
 * that line only. Prints each change (note, line, before, after).
 */
export const syncAppearsIn: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault"], flags: ["dry-run", "json"] });
	const vault = loadVault(required(args, "vault"));
	const plan = appearsInPlanOf(vault);
	if (!args.flags.has("dry-run")) {
		for (const change of plan.changed) {
			const text = applyAppearsIn(vault.readText(change.path), change);
			if (text !== null) vault.writeText(change.path, text);
		}
	}
	const changed = plan.changed.map((c) => ({ ...c, line: c.line + 1 }));
	if (args.flags.has("json")) io.stdout(JSON.stringify({ changed, unchanged: plan.unchanged }) + "\n");
	else {
		for (const c of changed) io.stdout(`${c.path}:${c.line}\n  - ${c.before}\n  + ${c.after}\n`);
		io.stdout(`${cliTranslator(vault.settings)(args.flags.has("dry-run") ? "cli.appears.dry" : "cli.appears.done", { changed: changed.length, unchanged: plan.unchanged })}\n`);
	}
	return EXIT.ok;
};
