import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { localIsoDate } from "../../core/date";
import { readFrontmatter } from "../../core/note/frontmatter";
import { navigationEntries } from "../../core/note/navigation-keys";
import { planNewQuestion } from "../../core/template/question-note";
import { parseArgs, required, single } from "../args";
import { loadVault, nodeYaml } from "../disk-vault";
import { CliIo, EXIT } from "../io";
import { similarIndexOf } from "./similar";

/**
 * `new-question --vault DIR --question TEXT [--answer TEXT] [--parent KEY]
 * [--folder PATH] [--template PATH] [--json]`: the same plan as the plugin's
 * "Create museum strategy question" command, written to disk.
 */
export async function newQuestion(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, { values: ["vault", "question", "answer", "parent", "folder", "template"], flags: ["json"] });
	const vault = loadVault(required(args, "vault"));
	const question = single(args, "question") ?? "";
	const templatePath = single(args, "template") ?? vault.settings.questionTemplatePath;
	const notes = vault.notes.map((path) => ({ path, frontmatter: readFrontmatter(vault.readText(path), nodeYaml).data }));
	const entries = navigationEntries(notes);
	const plan = planNewQuestion(
		{ question, answer: single(args, "answer"), parent: single(args, "parent"), folder: single(args, "folder") },
		{
			settings: vault.settings,
			notePaths: vault.notes,
			navigationKeys: entries.map((n) => n.key),
			template: templatePath ? { path: templatePath, text: readTemplate(vault, templatePath) } : null,
			yaml: nodeYaml,
			today: localIsoDate(new Date()),
		},
	);
	const json = args.flags.has("json");
	switch (plan.status) {
		case "invalid":
			io.stderr(`new-question: ${plan.message}\n`);
			return EXIT.badInput;
		case "exists":
			// The existing note's own key (null when it has none): nothing was written, so no new key exists.
			io.stdout(json ? JSON.stringify({ created: false, path: plan.path, key: entries.find((e) => e.path === plan.path)?.key ?? null, similar: similarIndexOf(vault)(question, 5, { exclude: plan.path }) }) + "\n" : `${plan.path}\n`);
			io.stderr(`new-question: a note of that name exists already: ${plan.path} (nothing written)\n`);
			return EXIT.exists;
		case "create": {
			const file = join(vault.root, plan.path);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, plan.content, { encoding: "utf8", flag: "wx" });
			for (const w of plan.warnings) io.stderr(`new-question: ${w.message}\n`);
			// The questions already close to this one, as the dialog shows them (the vault was read before the note was written).
			io.stdout(json ? JSON.stringify({ created: true, path: plan.path, key: plan.key, similar: similarIndexOf(vault)(question) }) + "\n" : `${plan.path}\n`);
			return EXIT.ok;
		}
	}
}

function readTemplate(vault: ReturnType<typeof loadVault>, path: string): string | null {
	const withExtension = path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
	return existsSync(join(vault.root, withExtension)) ? vault.readText(withExtension) : null;
}
