import { App } from "obsidian";
import { LinkResolver } from "../../core/links/resolver";
import { parseNote } from "../../core/note/parse";
import { NoteRecord } from "../../core/note/record";
import { exclusionReason, exclusionRules, ExclusionRules } from "../../core/publish/exclusions";
import { notesLinkedBy } from "../../core/publish/selection";
import { MuseumSettings } from "../../core/settings";
import { nfc } from "../../core/text";
import { readCoreTemplatesFolder } from "../core-templates";
import { obsidianYaml } from "../obsidian-yaml";
import { MetadataCacheResolver } from "../sidebar/metadata-resolver";

/** The vault as the publish dialog sees it: read once when the dialog opens, never written. */
export interface VaultSnapshot {
	/** Every visible file (notes and attachments), in NFC like every path here: the compiler compares names in NFC. */
	files: string[];
	/** NFC path → the vault's own path (to read or open the file). */
	vaultPath: Map<string, string>;
	/** Text of every note: `planPublish` reads synchronously (the leak audit reads unpublished notes too). */
	texts: Map<string, string>;
	records: Map<string, NoteRecord>;
	rules: ExclusionRules;
	/** Notes that may be published (not excluded), sorted. */
	candidates: string[];
	resolver: LinkResolver;
}

/** Reads every note with `cachedRead` (Obsidian's cache, no disk access for open notes) and the exclusion rules. */
export async function snapshotVault(app: App, settings: MuseumSettings): Promise<VaultSnapshot> {
	const { vault, metadataCache } = app;
	const rules = exclusionRules(settings, vault.configDir, await readCoreTemplatesFolder(app));
	const vaultPath = new Map(vault.getFiles().map((f) => [nfc(f.path), f.path]));
	const texts = new Map<string, string>();
	const records = new Map<string, NoteRecord>();
	await Promise.all(
		vault.getMarkdownFiles().map(async (file) => {
			const path = nfc(file.path);
			const text = await vault.cachedRead(file);
			texts.set(path, text);
			// Obsidian has parsed the frontmatter already: reused rather than parsed again.
			records.set(path, parseNote(path, text, obsidianYaml, metadataCache.getFileCache(file)?.frontmatter));
		}),
	);
	const candidates = [...records.values()].filter((r) => exclusionReason(r.path, r.publish, rules) === null).map((r) => r.path).sort();
	const resolver = new MetadataCacheResolver(metadataCache);
	return {
		files: [...vaultPath.keys()],
		vaultPath,
		texts,
		records,
		rules,
		candidates,
		resolver: { resolve: (linkpath, source) => nfcOrNull(resolver.resolve(linkpath, vaultPath.get(source) ?? source)) },
	};
}

/**
 * `chosen` plus the candidate notes its questions link: `selectNotes`'s
 * `withLinked` rule on a set (selectNotes matches every selector against every
 * note, too slow to run on each click over a large selection).
 */
export function withLinkedNotes(chosen: ReadonlySet<string>, snapshot: VaultSnapshot, candidates: ReadonlySet<string>): Set<string> {
	const out = new Set(chosen);
	for (const target of notesLinkedBy(chosen, snapshot.records, snapshot.resolver)) if (candidates.has(target)) out.add(target);
	return out;
}

function nfcOrNull(path: string | null): string | null {
	return path === null ? null : nfc(path);
}
