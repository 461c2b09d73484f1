import { findFrontmatter } from "../note/frontmatter";
import { PLUGIN_ID } from "../plugin-id";
import { MuseumSettings } from "../settings";
import { nfc, splitLines } from "../text";
import { contentHash } from "./hash";

/**
 * What the site holds from earlier publishes, kept at the output root. Only
 * files listed here are ever changed or deleted on a later publish. The file
 * is a dot file, not a template: Eleventy builds nothing from it (and the
 * starter site's `.eleventyignore` lists it too).
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

export function emptyManifest(settings: MuseumSettings): SiteManifest {
	return { version: 1, generator: PLUGIN_ID, settingsHash: publishSettingsHash(settings), notes: [], attachments: [], redirects: [] };
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

/** Only the settings that change what the compiler writes. */
export function publishSettingsHash(settings: MuseumSettings): string {
	const relevant = [settings.privateKeys, settings.slugUrls, settings.inlineEmbeds, settings.peertubeHosts, settings.pathPrefix];
	return contentHash(JSON.stringify(relevant));
}

/**
 * What stays the same when a note is renamed or moved: its navigation key,
 * else its body (a rename without edits), else its first alias. Read from the
 * text with a cheap scan (no YAML parse), so the dialog's status stays fast.
 */
export function noteIdentity(text: string): string | null {
	const lines = splitLines(text);
	const block = findFrontmatter(lines);
	const key = block.yaml === null ? null : navigationKey(block.yaml);
	if (key) return `nav:${nfc(key)}`;
	const body = lines.slice(block.bodyStartLine).join("\n").trim();
	if (body) return `body:${contentHash(body)}`;
	const alias = block.yaml === null ? null : /^alias(?:es)?:\s*\[?\s*["']?([^\]"',\n]+)/m.exec(block.yaml)?.[1]?.trim();
	return alias ? `alias:${nfc(alias)}` : null;
}

function navigationKey(yaml: string): string | null {
	const flow = /^eleventyNavigation:[ \t]*\{([^}]*)\}/m.exec(yaml);
	if (flow) return clean(/(?:^|,)\s*key\s*:\s*([^,}]+)/.exec(flow[1])?.[1]);
	const block = /^eleventyNavigation:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(yaml);
	return block ? clean(/^[ \t]+key[ \t]*:[ \t]*(.+)$/m.exec(block[1])?.[1]) : null;
}

function clean(value: string | undefined): string | null {
	const text = value?.replace(/\s+#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2").trim();
	return text ? text : null;
}
