import { App, MarkdownView, normalizePath, Notice } from "obsidian";
import { localIsoDate } from "../../core/date";
import { MuseumSettings } from "../../core/settings";
import { planNewResource } from "../../core/template/resource-note";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { ensureFolder, readTemplateNote } from "./vault-context";
import { errorMessage } from "../../core/text";

/**
 * The sidebar's "Create" on an unresolved resource: writes the resource note
 * the link asks for (resource template note, else the built-in museum card)
 * and opens it on its summary line. Never overwrites.
 */
export async function createResourceNote(app: App, settings: MuseumSettings, t: Translate, linkpath: string, sourcePath: string): Promise<void> {
	const source = app.vault.getFileByPath(sourcePath);
	const frontmatter = source ? app.metadataCache.getFileCache(source)?.frontmatter : undefined;
	const navigation = frontmatter?.eleventyNavigation as { title?: unknown } | undefined;
	const question = typeof navigation?.title === "string" ? navigation.title : (source?.basename ?? "");
	const templatePath = settings.resourceTemplatePath.trim();
	const plan = planNewResource(
		{ linkpath, sourcePath, question },
		{
			settings,
			notePaths: app.vault.getMarkdownFiles().map((f) => f.path),
			template: templatePath ? { path: templatePath, text: await readTemplateNote(app, templatePath) } : null,
			yaml: obsidianYaml,
			today: localIsoDate(new Date()),
		},
	);
	if (plan.status === "invalid") {
		new Notice(t(`resource.${plan.code}`, { link: linkpath }));
		return;
	}
	const leaf = app.workspace.getLeaf(settings.openNewNoteIn === "current" ? false : settings.openNewNoteIn);
	if (plan.status === "exists") {
		const existing = app.vault.getFileByPath(plan.path);
		if (existing) await leaf.openFile(existing);
		return;
	}
	if (plan.warnings.some((w) => w.code === "template-missing")) new Notice(t("notice.template-missing", { path: templatePath }));
	const path = normalizePath(plan.path);
	try {
		await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		const file = await app.vault.create(path, plan.content);
		await leaf.openFile(file, { active: true });
		if (leaf.view instanceof MarkdownView) leaf.view.editor.setCursor(plan.cursor);
		new Notice(t("resource.created", { path }));
	} catch (error) {
		new Notice(t("notice.create-failed", { detail: errorMessage(error) }));
	}
}
