/** The plugin's settings, shared by the plugin (data.json) and the command line. */
export interface MuseumSettings {
	/** Where new questions are created. */
	questionsFolder: string;
	/** Where new resource notes are created (from the sidebar's "Create"). */
	resourcesFolder: string;
	/** A template note for questions; empty for the built-in template. */
	questionTemplatePath: string;
	/** A template note for resources; empty for the built-in template. */
	resourceTemplatePath: string;
	/** `title` of every note: the site's title. */
	siteTitle: string;
	/** `layout` of new notes. */
	layout: string;
	/** Where a new note opens: "tab", "split", or "current". */
	openNewNoteIn: "tab" | "split" | "current";
	/** Publishing. */
	publishFolders: string[];
	excludedFolders: string[];
	privateKeys: string[];
	siteFolder: string;
	/** Where the dialog publishes: the site folder (desktop only) or a GitHub repository (everywhere). */
	destination: "folder" | "github";
	/** `OWNER/REPO`, the branch (empty: the repository's default), the site's folder in it, the API (empty: github.com). */
	githubRepo: string;
	githubBranch: string;
	githubFolder: string;
	githubApiUrl: string;
	/** The NAME of the token in Obsidian's secret storage (never the token itself). */
	githubSecret: string;
	pathPrefix: string;
	slugUrls: boolean;
	inlineEmbeds: boolean;
	peertubeHosts: string[];
	/**
	 * Obsidian's interface language as the plugin last saw it (`getLanguage()`):
	 * Obsidian keeps it in the app's localStorage, outside the vault, so the
	 * command line reads it here. Empty until the plugin has run.
	 */
	language: string;
	/** `sync-appears-in` also gives an "Apparaît dans" line to cited notes that have none ("Add missing lines"). */
	addMissingAppearsIn: boolean;
	/** Notes renamed in Obsidian since they were published (old path → new path), recorded by the plugin: their old address redirects. */
	renames: Record<string, string>;
}

export const DEFAULT_SETTINGS: MuseumSettings = {
	questionsFolder: "Notes",
	resourcesFolder: "Notes",
	questionTemplatePath: "",
	resourceTemplatePath: "",
	siteTitle: "MuseumXTD",
	layout: "layouts/post.njk",
	openNewNoteIn: "tab",
	publishFolders: [],
	excludedFolders: ["Template", "Templates", "Brouillon", "Drafts"],
	privateKeys: ["publish", "cssclasses"],
	siteFolder: "",
	destination: "folder",
	githubRepo: "",
	githubBranch: "",
	githubFolder: "",
	githubApiUrl: "",
	githubSecret: "",
	pathPrefix: "/",
	slugUrls: false,
	inlineEmbeds: true,
	peertubeHosts: [],
	language: "",
	addMissingAppearsIn: false,
	renames: {},
};

/** Saved settings over the defaults; unknown or mistyped values fall back to the default. */
export function withDefaults(saved: unknown): MuseumSettings {
	const settings: MuseumSettings = { ...DEFAULT_SETTINGS };
	if (typeof saved !== "object" || saved === null) return settings;
	const record = saved as Record<string, unknown>;
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof MuseumSettings)[]) {
		const value = record[key];
		const fallback = DEFAULT_SETTINGS[key];
		if (Array.isArray(fallback) ? Array.isArray(value) && value.every((v) => typeof v === "string") : typeof value === typeof fallback && value !== null) {
			(settings as unknown as Record<string, unknown>)[key] = value;
		}
	}
	return settings;
}
