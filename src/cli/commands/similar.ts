import { VaultIndex } from "../../core/index";
import { isTemplateNote } from "../../core/publish/exclusions";
import { similarRanking, SimilarRanking, similarSource } from "../../core/similar/rank";
import { parseArgs, required, single } from "../args";
import type { CliCommand } from "../commands";
import { coreTemplatesFolder, DiskVault, loadVault } from "../disk-vault";
import { EXIT, UsageError } from "../io";
import { cliTranslator } from "../language";
import { indexDiskVault } from "../vault-index";

/** The vault's questions (template notes left out) as the ranking reads them: the same as the dialog's. */
export function similarIndexOf(vault: DiskVault, index: VaultIndex = indexDiskVault(vault)): SimilarRanking {
	const templates = coreTemplatesFolder(vault);
	return similarRanking(index.questions().filter((q) => !isTemplateNote(q.path, vault.settings, templates)).map(similarSource));
}

/** `similar --vault DIR --question TEXT [--limit N] [--json]`: the questions closest to TEXT, best first. */
export const similar: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault", "question", "limit"], flags: ["json"] });
	const vault = loadVault(required(args, "vault"));
	const question = required(args, "question");
	const limitText = single(args, "limit") ?? "5";
	const limit = Number(limitText);
	if (!/^\d+$/.test(limitText) || limit < 1) throw new UsageError(`--limit must be a positive whole number: ${limitText}`);
	const found = similarIndexOf(vault)(question, limit);
	if (args.flags.has("json")) io.stdout(JSON.stringify({ similar: found }) + "\n");
	else io.stdout(found.length ? found.map((q) => `${q.score.toFixed(3)}  ${q.question}  (${q.path})\n`).join("") : `${cliTranslator(vault.settings)("cli.similar.none")}\n`);
	return EXIT.ok;
};
