import { MuseumSettings } from "../settings";
import { nameKey } from "../text";
import { ATTACHMENT_EXTENSIONS, extensionOf } from "./attachment-extensions";

/** Why a note is never published. */
export type ExclusionReason = "hidden" | "config" | "excluded-folder" | "template" | "publish-false" | "reserved";

export interface ExclusionRules {
	/** Vault folders never published: settings, plus the core Templates plugin's folder. */
	excludedFolders: string[];
	/** The vault's config folder (`app.vault.configDir`, `.obsidian` by default). */
	configDir: string;
	/** The plugin's own template notes. */
	templateNotes: string[];
}

/** Names the site itself owns at the output root: a note there would clobber the site's build files. */
const RESERVED_ROOTS = ["_site", "_includes", "_data", "node_modules", "package.json", "package-lock.json", ".eleventy.js", ".eleventyignore"];

export function exclusionRules(settings: MuseumSettings, configDir: string, templatesFolder: string | null): ExclusionRules {
	const excludedFolders = [...settings.excludedFolders];
	if (templatesFolder) excludedFolders.push(templatesFolder);
	const templateNotes = [settings.questionTemplatePath, settings.resourceTemplatePath].filter((p) => p.trim() !== "");
	return { excludedFolders: excludedFolders.map(trimSlashes).filter(Boolean), configDir: trimSlashes(configDir), templateNotes: templateNotes.map(trimSlashes) };
}

/**
 * The folder of Obsidian's core Templates plugin, from `<configDir>/templates.json`
 * (`{"folder": "Modèles"}`); null when the file is missing or unreadable.
 */
export function templatesFolderFromConfig(json: string | null): string | null {
	if (!json) return null;
	try {
		const folder = (JSON.parse(json) as { folder?: unknown }).folder;
		return typeof folder === "string" && folder.trim() ? trimSlashes(folder.trim()) : null;
	} catch {
		return null;
	}
}

/** Why this file may never reach the site, or null when it may. `publish` is the note's parsed flag. */
export function exclusionReason(path: string, publish: boolean | null, rules: ExclusionRules): ExclusionReason | null {
	const key = nameKey(path);
	if (rules.configDir && isUnder(key, nameKey(rules.configDir))) return "config";
	// `.trash` and every dot-folder are invisible to Obsidian: never published.
	if (path.split("/").some((part) => part.startsWith("."))) return "hidden";
	if (RESERVED_ROOTS.some((root) => isUnder(key, root)) || /^eleventy\.config\.[cm]?js$/.test(key)) return "reserved";
	if (rules.excludedFolders.some((folder) => isUnder(key, nameKey(folder)))) return "excluded-folder";
	if (rules.templateNotes.some((note) => nameKey(note) === key || nameKey(note) + ".md" === key)) return "template";
	if (publish === false) return "publish-false";
	return null;
}

/** A vault file the site may hold: an allowed type, outside the folders and names Eleventy and npm read. */
export function isPublishableAttachment(path: string): boolean {
	return ATTACHMENT_EXTENSIONS.includes(extensionOf(path)) && exclusionReason(path, null, NO_RULES) === null && !/\.11ty\./i.test(path);
}

const NO_RULES = { excludedFolders: [], configDir: "", templateNotes: [] };

/** `a/b/c.md` is under `a` and `a/b`, and is itself. Keys are already lower-cased. */
export function isUnder(pathKey: string, folderKey: string): boolean {
	return pathKey === folderKey || pathKey.startsWith(folderKey + "/");
}

export function trimSlashes(path: string): string {
	return path.replace(/\\/g, "/").replace(/^\.?\/+|\/+$/g, "");
}

/**
 * A template note: one of the plugin's template notes, or a note in the core
 * Templates plugin's folder or in an excluded folder named like one
 * ("Template", "Modèles"). Its `{{placeholders}}` are not problems to report.
 */
export function isTemplateNote(path: string, settings: MuseumSettings, coreTemplatesFolder: string | null): boolean {
	const rules = exclusionRules(settings, "", coreTemplatesFolder);
	if (exclusionReason(path, null, rules) === "template") return true;
	const templateFolders = [coreTemplatesFolder ?? "", ...settings.excludedFolders.filter((f) => /^(templates?|mod[eè]les?)$/i.test(trimSlashes(f).split("/").pop() ?? ""))];
	return templateFolders.some((folder) => folder !== "" && isUnder(nameKey(path), nameKey(trimSlashes(folder))));
}
