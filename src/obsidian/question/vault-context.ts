import { App, normalizePath, TFile } from "obsidian";
import { navigationEntries, NavigationEntry } from "../../core/note/navigation-keys";

/** The navigation pages of the vault, from Obsidian's metadata cache (no file is read). */
export function vaultNavigation(app: App): NavigationEntry[] {
	return navigationEntries(app.vault.getMarkdownFiles().map((file) => ({ path: file.path, frontmatter: app.metadataCache.getFileCache(file)?.frontmatter })));
}

/** A template note's text; null when the note does not exist. `.md` may be left out, as in Obsidian's settings. */
export async function readTemplateNote(app: App, path: string): Promise<string | null> {
	const clean = normalizePath(path);
	const file = app.vault.getFileByPath(clean) ?? app.vault.getFileByPath(`${clean}.md`);
	return file instanceof TFile ? app.vault.cachedRead(file) : null;
}

/** Creates every missing folder of `path`'s parent. */
export async function ensureFolder(app: App, folderPath: string): Promise<void> {
	const clean = normalizePath(folderPath);
	if (clean === "/" || clean === "" || app.vault.getFolderByPath(clean)) return;
	const parent = clean.replace(/\/?[^/]*$/, "");
	if (parent) await ensureFolder(app, parent);
	await app.vault.createFolder(clean);
}

/** The notes' texts by path (cached reads), for the core's planners, which read synchronously. */
export async function noteTexts(app: App, notes: { path: string }[]): Promise<(path: string) => string> {
	const texts = new Map<string, string>();
	for (const { path } of notes) {
		const file = app.vault.getFileByPath(path);
		if (file) texts.set(path, await app.vault.cachedRead(file));
	}
	return (path) => texts.get(path) ?? "";
}
