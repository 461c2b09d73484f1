import { App, MarkdownView, normalizePath, Notice, TFile } from "obsidian";
import { localIsoDate } from "../../core/date";
import { MuseumSettings } from "../../core/settings";
import { NewQuestionInput, planNewQuestion, NewQuestionPlan } from "../../core/template/question-note";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { ensureFolder, readTemplateNote, vaultNavigation } from "./vault-context";
import { errorMessage } from "../../core/text";

export type CreateQuestionOutcome = { status: "created" | "exists"; file: TFile } | { status: "invalid"; message: string };

/** Plans the question with the core (the same plan as the command line) against the live vault. */
export async function planQuestionInVault(app: App, settings: MuseumSettings, input: NewQuestionInput): Promise<NewQuestionPlan> {
	const templatePath = settings.questionTemplatePath.trim();
	return planNewQuestion(input, {
		settings,
		notePaths: app.vault.getMarkdownFiles().map((f) => f.path),
		navigationKeys: vaultNavigation(app).map((n) => n.key),
		template: templatePath ? { path: templatePath, text: await readTemplateNote(app, templatePath) } : null,
		yaml: obsidianYaml,
		today: localIsoDate(new Date()),
	});
}

/**
 * Creates the question note and opens it with the cursor on the answer line.
 * Never overwrites: when a note of that name exists anywhere, it opens that
 * note instead and says so.
 */
export async function createQuestion(app: App, settings: MuseumSettings, t: Translate, input: NewQuestionInput): Promise<CreateQuestionOutcome> {
	const plan = await planQuestionInVault(app, settings, input);
	if (plan.status === "invalid") {
		const detail = plan.message;
		return { status: "invalid", message: t(`error.${plan.code}`, { parent: input.parent ?? "", detail }) };
	}
	if (plan.status === "exists") {
		const existing = app.vault.getFileByPath(plan.path);
		if (!existing) return { status: "invalid", message: plan.path };
		await app.workspace.getLeaf(false).openFile(existing);
		new Notice(t("notice.exists", { name: existing.basename }));
		return { status: "exists", file: existing };
	}
	for (const w of plan.warnings) if (w.code === "template-missing") new Notice(t("notice.template-missing", { path: settings.questionTemplatePath }));
	const path = normalizePath(plan.path);
	try {
		await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		const file = await app.vault.create(path, plan.content);
		const leaf = settings.openNewNoteIn === "current" ? app.workspace.getLeaf(false) : app.workspace.getLeaf(settings.openNewNoteIn);
		await leaf.openFile(file, { active: true });
		const view = leaf.view instanceof MarkdownView ? leaf.view : null;
		if (view) {
			view.editor.setCursor(plan.cursor);
			view.editor.focus();
		}
		new Notice(t("notice.created", { path }));
		return { status: "created", file };
	} catch (error) {
		return { status: "invalid", message: t("notice.create-failed", { detail: errorMessage(error) }) };
	}
}
