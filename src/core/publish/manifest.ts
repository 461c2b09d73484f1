import { PLUGIN_ID } from "../plugin-id";

/**
 * What the site holds from earlier publishes, kept at the output root. Only
 * files listed here are ever changed or deleted on a later publish. The file
 * is a dot file, not a template: Eleventy builds nothing from it (and the
 * starter site's `.eleventyignore` lists it too). This module imports
 * nothing heavy: the site folder's destination, loaded lazily on desktop,
 * reads manifests through it, and every module it imports is loaded with it.
 */
export const MANIFEST_PATH = ".museum-publish.json";

export interface ManifestNote {
	/** Vault path = site path. */
	path: string;
	/** Decoded, root-absolute page URL. */
	url: string;
	/** Hash of the file written to the site. */
	hash: string;
	/** Hash of the vault note it was compiled from (the dialog's cheap status). */
	sourceHash: string;
	/** Survives a rename: navigation key, else body hash, else alias. */
	identity: string | null;
	/** The body's lines, hashed (`noteShape`): a renamed and edited note is still recognised. */
	shape?: string;
	/** Files this page embeds or links. */
	attachments: string[];
}

export interface ManifestFile {
	path: string;
	hash: string;
}

/** A page left at a renamed note's old address. */
export interface ManifestRedirect {
	/** Site file of the redirect page (the old note path). */
	path: string;
	/** Decoded old URL. */
	url: string;
	/** Vault path of the note it sends readers to. */
	target: string;
	hash: string;
}

export interface SiteManifest {
	version: 1;
	generator: string;
	/** Hash of the settings that change compiled output: if it changes, every note is "changed". */
	settingsHash: string;
	notes: ManifestNote[];
	attachments: ManifestFile[];
	redirects: ManifestRedirect[];
}

export function emptyManifest(settingsHash: string): SiteManifest {
	return { version: 1, generator: PLUGIN_ID, settingsHash, notes: [], attachments: [], redirects: [] };
}

/** Reads a manifest; throws on a file that is not one (a publish must not guess what it manages). */
export function parseManifest(json: string): SiteManifest {
	const data = JSON.parse(json) as Partial<SiteManifest>;
	if (data?.version !== 1 || !Array.isArray(data.notes) || !Array.isArray(data.attachments)) {
		throw new Error(`${MANIFEST_PATH} is not a publish manifest of this plugin (version 1)`);
	}
	return { version: 1, generator: String(data.generator ?? PLUGIN_ID), settingsHash: String(data.settingsHash ?? ""), notes: data.notes, attachments: data.attachments, redirects: Array.isArray(data.redirects) ? data.redirects : [] };
}

export function serializeManifest(manifest: SiteManifest): string {
	return JSON.stringify(manifest, null, "\t") + "\n";
}

/** A manifest's entries (or anything with a path), by path. */
export function mapByPath<Entry extends { path: string }>(entries: readonly Entry[]): Map<string, Entry> {
	return new Map(entries.map((entry) => [entry.path, entry]));
}
