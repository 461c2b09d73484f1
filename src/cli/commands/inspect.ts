import { isTemplateNote } from "../../core/publish/exclusions";
import { sidebarModel, SidebarModel } from "../../core/sidebar";
import { parseArgs, required } from "../args";
import type { CliCommand } from "../commands";
import { coreTemplatesFolder, loadVault } from "../disk-vault";
import { EXIT, UsageError } from "../io";
import { indexDiskVault } from "../vault-index";
import { cliTranslator } from "../language";
import { warningText } from "../../i18n/strings-warnings";
import { Translate } from "../../i18n/translate";

/** `inspect --vault DIR --note PATH [--json]`: what the resource sidebar shows for that note. */
export const inspect: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault", "note"], flags: ["json"] });
	const vault = loadVault(required(args, "vault"));
	const index = indexDiskVault(vault);
	const wanted = required(args, "note");
	const path = index.findNote(wanted);
	if (path === null) throw new UsageError(`note not found in the vault: ${wanted}`);
	const templatesFolder = coreTemplatesFolder(vault);
	const model = sidebarModel(index, path, { isTemplate: (note) => isTemplateNote(note, vault.settings, templatesFolder) });
	io.stdout(args.flags.has("json") ? JSON.stringify(model, null, 2) + "\n" : humanModel(model, cliTranslator(vault.settings)));
	return EXIT.ok;
};

function humanModel(model: SidebarModel, t: Translate): string {
	const out: string[] = [`${model.note} (${model.kind})`];
	if (model.question) out.push(`Question: ${model.question}`);
	const crumbs = model.navigation?.breadcrumb ?? [];
	if (crumbs.length) out.push(`Navigation: ${crumbs.map((c) => c.title).join(" › ")}`);
	if (model.resources.length) {
		out.push("", "Resources:");
		for (const r of model.resources) {
			const where = r.target ?? r.url ?? `(${r.linkpath ?? "no link"})`;
			// One state: an unresolved resource says so once.
			const state = r.state === "resolved" || r.state === r.kind ? "" : ` [${r.state}]`;
			out.push(`  ${r.number}. ${r.title} (${r.kind})${state} → ${where}  line ${r.line}`);
			if (r.summary) out.push(`     ${r.summarySource === "resource" ? "(À retenir) " : ""}${r.summary}`);
		}
	}
	if (model.videos.length) {
		out.push("", "Videos:");
		for (const v of model.videos) out.push(`  ${v.title}${v.speakers.length ? ` (${v.speakers.join(", ")})` : ""}${v.target ? ` → ${v.target}` : ""}`);
	}
	if (model.related.length) {
		out.push("", "Related questions:");
		for (const r of model.related) out.push(`  ${r.question} → ${r.target}`);
	}
	if (model.citedBy.length) {
		out.push("", "Cited by:");
		for (const c of model.citedBy) out.push(`  ${c.number === null ? `${c.section ?? ""}:` : `${c.number}.`} in ${c.question} → ${c.target}  line ${c.line}${c.summary ? `\n     ${c.summary}` : ""}`);
	}
	if (model.overview) {
		out.push("", `Questions (${model.overview.total}):`);
		for (const group of model.overview.groups) {
			out.push(`  ${group.title ?? "(outside the navigation)"}`);
			for (const q of group.questions) out.push(`    ${q.question}: ${q.resources} resources, ${q.videos} videos${q.problems ? `, ${q.problems} problems (${q.severity})` : ""}`);
		}
	}
	if (model.warnings.length) {
		out.push("", "Warnings:");
		for (const w of model.warnings) out.push(`  ${w.line === null ? "" : t("cli.line", { line: w.line })}${w.severity} ${w.code}: ${warningText(t, w)}`);
	}
	return out.join("\n") + "\n";
}
