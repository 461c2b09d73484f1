import { App, Notice, TFile } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { NewQuestionInput, planNewQuestion, NewQuestionPlan } from "../../core/template/question-note";
import { Translate } from "../../i18n/translate";
import { createPlannedNote, planningContext } from "./new-note";
import { vaultNavigation } from "./vault-context";

export type CreateQuestionOutcome = { status: "created" | "exists"; file: TFile } | { status: "invalid"; message: string };

/** Plans the question with the core (the same plan as the command line) against the live vault. */
export async function planQuestionInVault(app: App, settings: MuseumSettings, input: NewQuestionInput): Promise<NewQuestionPlan> {
	return planNewQuestion(input, { settings, navigationKeys: vaultNavigation(app).map((n) => n.key), ...(await planningContext(app, settings.questionTemplatePath.trim())) });
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
	const created = await createPlannedNote(app, settings, t, plan, settings.questionTemplatePath, "notice.created", true);
	return typeof created === "string" ? { status: "invalid", message: created } : { status: "created", file: created };
}
