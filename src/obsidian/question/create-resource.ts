import { App, Notice } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { planNewResource } from "../../core/template/resource-note";
import { Translate } from "../../i18n/translate";
import { createPlannedNote, newNoteLeaf, planningContext } from "./new-note";

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
	const plan = planNewResource({ linkpath, sourcePath, question }, { settings, ...(await planningContext(app, templatePath)) });
	if (plan.status === "invalid") {
		new Notice(t(`resource.${plan.code}`, { link: linkpath }));
		return;
	}
	if (plan.status === "exists") {
		const existing = app.vault.getFileByPath(plan.path);
		if (existing) await newNoteLeaf(app, settings).openFile(existing);
		return;
	}
	const created = await createPlannedNote(app, settings, t, plan, templatePath, "resource.created", false);
	if (typeof created === "string") new Notice(created);
}
