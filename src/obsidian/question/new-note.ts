import { App, MarkdownView, normalizePath, Notice, TFile } from "obsidian";
import { localIsoDate } from "../../core/date";
import { MuseumSettings } from "../../core/settings";
import { errorMessage } from "../../core/text";
import { NoteWarning } from "../../core/warnings";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { ensureFolder, readTemplateNote } from "./vault-context";

/** What the core's planners of new notes (questions and resources) need to know of the live vault. */
export async function planningContext(app: App, templatePath: string) {
	return {
		notePaths: app.vault.getMarkdownFiles().map((f) => f.path),
		template: templatePath ? { path: templatePath, text: await readTemplateNote(app, templatePath) } : null,
		yaml: obsidianYaml,
		today: localIsoDate(new Date()),
	};
}

/** The leaf the settings open new notes in. */
export function newNoteLeaf(app: App, settings: MuseumSettings) {
	return app.workspace.getLeaf(settings.openNewNoteIn === "current" ? false : settings.openNewNoteIn);
}

export interface NewNote {
	path: string;
	content: string;
	cursor: { line: number; ch: number };
	warnings: NoteWarning[];
}

/**
 * Writes a planned note (creating its folders) and opens it with the cursor
 * where the plan says, each step said in a notice. Returns the file, or the
 * message of what failed.
 */
export async function createPlannedNote(app: App, settings: MuseumSettings, t: Translate, plan: NewNote, templatePath: string, createdKey: string, focus: boolean): Promise<TFile | string> {
	if (plan.warnings.some((w) => w.code === "template-missing")) new Notice(t("notice.template-missing", { path: templatePath }));
	const path = normalizePath(plan.path);
	try {
		await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		const file = await app.vault.create(path, plan.content);
		const leaf = newNoteLeaf(app, settings);
		await leaf.openFile(file, { active: true });
		if (leaf.view instanceof MarkdownView) {
			leaf.view.editor.setCursor(plan.cursor);
			if (focus) leaf.view.editor.focus();
		}
		new Notice(t(createdKey, { path }));
		return file;
	} catch (error) {
		return t("notice.create-failed", { detail: errorMessage(error) });
	}
}
