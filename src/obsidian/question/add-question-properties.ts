import { App, MarkdownView, Notice, TFile } from "obsidian";
import { parseNote, questionText } from "../../core/note/parse";
import { MuseumSettings } from "../../core/settings";
import { fillQuestionProperties } from "../../core/template/question-properties";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { vaultNavigation } from "./vault-context";

/** The note the command acts on: the active Markdown note. */
export function activeNote(app: App): TFile | null {
	return app.workspace.getActiveViewOfType(MarkdownView)?.file ?? null;
}

/**
 * "Add question properties to current note": fills the missing question
 * properties with `processFrontMatter`, never changing a key that has a value.
 * A note whose YAML is malformed is left alone (processFrontMatter would throw).
 */
export async function addQuestionProperties(app: App, settings: MuseumSettings, t: Translate, file: TFile): Promise<string[]> {
	const text = await app.vault.read(file);
	// The record holds the frontmatter's warnings: the note is read once.
	const record = parseNote(file.path, text, obsidianYaml);
	const invalid = record.warnings.find((w) => w.code === "yaml-invalid" || w.code === "frontmatter-not-a-map");
	if (invalid) {
		new Notice(t("notice.properties-invalid-yaml", { line: (invalid.line ?? 0) + 1 }));
		return [];
	}
	const question = questionText(record.navigation, record.aliases, record.heading, record.basename);
	const keys = vaultNavigation(app).map((n) => n.key);
	let filled: string[] = [];
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		filled = fillQuestionProperties(frontmatter, question, keys, settings);
	});
	new Notice(filled.length ? t("notice.properties-added", { keys: filled.join(", ") }) : t("notice.properties-complete"));
	return filled;
}
