import { LinkResolver, VaultPathResolver } from "../links/resolver";
import { parseNote } from "../note/parse";
import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { nfc } from "../text";
import { YamlCodec } from "../yaml";
import { headingAnchors, HeadingAnchor } from "./anchors";
import { CompiledNote, compileNote } from "./compile-note";
import { exclusionReason, ExclusionRules, isPublishableAttachment } from "./exclusions";
import { contentHash, publishSettingsHash } from "./hash";
import { auditLeaks, LeakFinding } from "./leak-audit";
import { emptyManifest, MANIFEST_PATH, mapByPath, ManifestFile, ManifestNote, ManifestRedirect, serializeManifest, SiteManifest } from "./manifest";
import { redirectPage } from "./redirect";
import { STARTER_LAYOUTS } from "./publish-frontmatter";
import { HtmlParser, isSafeSvg } from "./sanitize-html";
import { findRenames, noteIdentity, noteShape } from "./renames";
import { publishWarning, PublishWarning } from "./report";
import { defaultNoteUrl, permalinkUrl } from "./url";
import { findFrontmatter } from "../note/frontmatter";
import { splitLines } from "../text";

export type PublishState = "new" | "changed" | "unchanged" | "renamed" | "deleted";

export interface StatusEntry {
	/** Site path (= vault path); for a rename, the new one. */
	path: string;
	kind: "note" | "attachment" | "redirect";
	state: PublishState;
	/** For a rename: the old path. */
	from?: string;
	/** For a deletion: whether this plan deletes it (the user confirmed it). */
	selected: boolean;
}

export interface PlannedWrite {
	/** Path under the output folder, `/`-separated. */
	path: string;
	content: string | Uint8Array;
	kind: "note" | "attachment" | "redirect" | "manifest";
}

export interface PublishInput {
	/** Every visible file of the vault (notes and attachments), vault-relative. */
	files: readonly string[];
	readText(path: string): string;
	readBinary(path: string): Uint8Array;
	/** The notes chosen for publishing (see `selectNotes`). */
	selected: readonly string[];
	/** Parsed notes when the caller has them (the plugin's index); parsed on demand otherwise. */
	records?: ReadonlyMap<string, NoteRecord>;
	rules: ExclusionRules;
	/** What the site holds now; null for a first publish. */
	manifest: SiteManifest | null;
	settings: MuseumSettings;
	yaml: YamlCodec;
	/** How links resolve; Obsidian's rules over `files` by default. */
	resolver?: LinkResolver;
	/** The HTML parser the sanitizer walks: the browser's in the plugin, parse5 on the command line. */
	html: HtmlParser;
	/** The site's language, for the pages left at old addresses. French by default, as the starter site. */
	siteLanguage?: "fr" | "en";
	/** Layouts the site has (paths under `_includes`); a note naming another loses its `layout`. The starter's by default. */
	siteLayouts?: readonly string[];
	/** Deletion candidates the user confirmed ("all", or site paths). None by default. */
	deletions?: "all" | readonly string[];
}

export interface PublishPlan {
	/** Files to write, the manifest last; unchanged files are not rewritten. */
	writes: PlannedWrite[];
	/** Site paths to delete (all managed by the old manifest). */
	deletes: string[];
	status: StatusEntry[];
	warnings: PublishWarning[];
	/** Before anything is written: "error" findings need an explicit confirmation. */
	leaks: LeakFinding[];
	manifest: SiteManifest;
	/** Deletion candidates / pages on the site: above 0.2 the dialog asks again. */
	deletionShare: number;
	/** Compiled text of every selected note (for diffs), by path. */
	compiled: ReadonlyMap<string, string>;
}

/**
 * Compiles the selected notes against what the site holds: the files to
 * write, the files to delete, a status per note and attachment, warnings and
 * the leak audit. Pure: nothing is read but through `input`, nothing written.
 */
export function planPublish(input: PublishInput): PublishPlan {
	const { settings, yaml } = input;
	const settingsHash = publishSettingsHash(settings);
	const old = input.manifest ?? emptyManifest(settingsHash);
	const settingsChanged = old.settingsHash !== settingsHash;
	const files = input.files.map(nfc);
	const fileSet = new Set(files);
	const notePaths = files.filter((f) => /\.md$/i.test(f));
	const resolver = input.resolver ?? new VaultPathResolver(files);
	const warnings: PublishWarning[] = [];
	const records = new Map(input.records ?? []);
	const texts = new Map<string, string>();
	const readText = (path: string) => {
		let text = texts.get(path);
		if (text === undefined) texts.set(path, (text = input.readText(path)));
		return text;
	};
	const record = (path: string): NoteRecord | null => {
		if (!fileSet.has(path) || !/\.md$/i.test(path)) return null;
		let found = records.get(path);
		if (!found) records.set(path, (found = parseNote(path, readText(path), yaml)));
		return found;
	};

	// 1. Which notes are on the site after this publish, and at which URL.
	const selected = [...new Set(input.selected.map(nfc))].filter((p) => fileSet.has(p)).sort();
	const selectedSet = new Set(selected);
	const urls = new Map<string, string | null>();
	const slugPermalinks = new Map<string, string>();
	const taken = new Map<string, string>();
	for (const path of selected) {
		const own = permalinkUrl(record(path)?.frontmatter.permalink);
		// A slug URL is the plugin's own choice: a second note with it gets `-2/`, `-3/`...
		const slugged = own === undefined && settings.slugUrls;
		let url = own === undefined ? defaultNoteUrl(path, settings.slugUrls) : own;
		if (url !== null && taken.has(url)) {
			if (slugged) {
				const stem = url.slice(0, -1);
				for (let suffix = 2; taken.has(url); suffix++) url = `${stem}-${suffix}/`;
			} else {
				warnings.push(publishWarning("url-conflict", `${path} and ${taken.get(url)} have the same address ${url}.`, path, null, { url }));
			}
		}
		if (url !== null) taken.set(url, path);
		if (slugged && url) slugPermalinks.set(path, url);
		urls.set(path, url);
	}
	const oldNotes = mapByPath(old.notes);
	const kept = new Map<string, ManifestNote>();
	for (const entry of old.notes) {
		if (selectedSet.has(entry.path) || !fileSet.has(entry.path)) continue;
		if (exclusionReason(entry.path, record(entry.path)?.publish ?? null, input.rules) === null) kept.set(entry.path, entry);
	}
	/** On the site after this publish: selected, or kept from an earlier publish. */
	const onSite = (path: string) => selectedSet.has(path) || kept.has(path);
	const publishedUrl = (path: string): string | null => (selectedSet.has(path) ? (urls.get(path) ?? null) : (kept.get(path)?.url ?? null));

	// 2. Renames: a new path that is a published note that left the vault (reported by Obsidian, same identity, or similar).
	const renamedFrom = findRenames(selected.filter((p) => !oldNotes.has(p)), old.notes.filter((n) => !fileSet.has(n.path)), readText, settings.renames);

	// 3. Compile.
	const anchorCache = new Map<string, HeadingAnchor[]>();
	// Where the note being compiled takes its text from: itself and every note the compiler reads (the leak audit checks it).
	let sources = new Set<string>();
	const env = {
		settings,
		yaml,
		resolver,
		html: input.html,
		siteLayouts: input.siteLayouts ?? STARTER_LAYOUTS,
		publishedUrl,
		readNote: (path: string) => {
			if (publishedUrl(path) === null || !fileSet.has(path)) return null;
			sources.add(path);
			return readText(path);
		},
		record: (path: string) => {
			sources.add(path);
			return record(path);
		},
		anchors: (path: string) => {
			let anchors = anchorCache.get(path);
			if (!anchors) {
				const lines = splitLines(publishedUrl(path) === null ? "" : readText(path));
				anchorCache.set(path, (anchors = headingAnchors(lines, findFrontmatter(lines).bodyStartLine)));
			}
			return anchors;
		},
	};
	const status: StatusEntry[] = [];
	const writes: PlannedWrite[] = [];
	const compiled = new Map<string, string>();
	const newNotes: ManifestNote[] = [];
	const removed: { path: string; keys: string[]; values: string[] }[] = [];
	const textWrites: { path: string; content: string; sources: string[] }[] = [];
	// Every text written (note or redirect) goes through the leak audit, with the notes it was made from.
	const writeText = (path: string, content: string, kind: PlannedWrite["kind"], madeFrom: string[]) => {
		writes.push({ path, content, kind });
		textWrites.push({ path, content, sources: madeFrom });
	};
	for (const path of selected) {
		const note = record(path);
		if (!note) continue;
		sources = new Set([path]);
		const source = readText(path);
		const result: CompiledNote = compileNote(note, source, env, slugPermalinks.get(path) ?? null);
		warnings.push(...result.warnings);
		compiled.set(path, result.content);
		const hash = contentHash(result.content);
		const url = urls.get(path) ?? "";
		const before = oldNotes.get(path);
		const from = renamedFrom.get(path);
		const state: PublishState = from ? "renamed" : !before ? "new" : before.hash === hash && before.url === url && !settingsChanged ? "unchanged" : "changed";
		status.push({ path, kind: "note", state, ...(from && { from: from.path }), selected: true });
		if (state !== "unchanged") writeText(path, result.content, "note", [...sources]);
		newNotes.push({ path, url, hash, sourceHash: contentHash(source), identity: noteIdentity(source), shape: noteShape(source), attachments: result.attachments });
		if (result.removedKeys.length) {
			removed.push({ path, keys: result.removedKeys, values: result.removedKeys.flatMap((k) => stringValues(note.frontmatter[k])) });
		}
	}

	// 4. Attachments used by any page on the site.
	const used = new Set<string>([...newNotes, ...kept.values()].flatMap((n) => n.attachments).filter(isPublishableAttachment));
	const oldAttachments = mapByPath(old.attachments);
	const newAttachments: ManifestFile[] = [];
	for (const path of [...used].sort()) {
		if (!fileSet.has(path)) continue;
		const bytes = input.readBinary(path);
		if (/\.svg$/i.test(path) && !isSafeSvg(new TextDecoder().decode(bytes), input.html)) {
			warnings.push(publishWarning("svg-unsafe", `${path} could run a script: not published.`, path, null, { target: path }));
			continue;
		}
		const hash = contentHash(bytes);
		const before = oldAttachments.get(path);
		const state: PublishState = !before ? "new" : before.hash === hash ? "unchanged" : "changed";
		status.push({ path, kind: "attachment", state, selected: true });
		if (state !== "unchanged") writes.push({ path, content: bytes, kind: "attachment" });
		newAttachments.push({ path, hash });
	}

	// 5. Deletions: only ever files of the old manifest, and only those the user confirmed.
	const deletes: string[] = [];
	/** Offers a file of the old manifest for deletion; true when it stays (not confirmed, nor `alsoDeleted`). */
	const offerDeletion = (path: string, kind: StatusEntry["kind"], alsoDeleted = false) => {
		const selected = alsoDeleted || input.deletions === "all" || (input.deletions ?? []).includes(path);
		status.push({ path, kind, state: "deleted", selected });
		if (selected) deletes.push(path);
		return !selected;
	};
	const renamedOld = new Set([...renamedFrom.values()].map((n) => n.path));
	const retainedNotes: ManifestNote[] = [];
	let candidates = 0;
	for (const entry of old.notes) {
		if (onSite(entry.path) || renamedOld.has(entry.path)) continue;
		candidates++;
		if (offerDeletion(entry.path, "note")) retainedNotes.push(entry);
	}
	const retainedAttachments: ManifestFile[] = [];
	// An attachment no published page uses is offered, even if a page offered for deletion still shows it.
	for (const entry of old.attachments) {
		if (used.has(entry.path) && fileSet.has(entry.path)) continue;
		if (offerDeletion(entry.path, "attachment")) retainedAttachments.push(entry);
	}

	// 6. Redirects: one per rename; older ones follow their target or go with it.
	const redirects: ManifestRedirect[] = [];
	const addRedirect = (path: string, oldUrl: string, target: string) => {
		const targetUrl = publishedUrl(target);
		if (targetUrl === null || targetUrl === oldUrl || onSite(path)) return false;
		const content = redirectPage(oldUrl, targetUrl, settings.pathPrefix, input.siteLanguage);
		const hash = contentHash(content);
		const before = old.redirects.find((r) => r.path === path);
		if (!before || before.hash !== hash) writeText(path, content, "redirect", []);
		redirects.push({ path, url: oldUrl, target, hash });
		return true;
	};
	for (const [path, from] of renamedFrom) {
		if (!addRedirect(from.path, from.url, path) && !selectedSet.has(from.path)) deletes.push(from.path);
	}
	for (const entry of old.redirects) {
		if (redirects.some((r) => r.path === entry.path) || onSite(entry.path)) continue;
		const target = [...renamedFrom].find(([, from]) => from.path === entry.target)?.[0] ?? entry.target;
		if (publishedUrl(target) !== null) {
			addRedirect(entry.path, entry.url, target);
			continue;
		}
		if (offerDeletion(entry.path, "redirect", deletes.includes(target))) redirects.push(entry);
	}

	// 7. Leak audit over everything about to be written.
	const unpublished = notePaths.filter((p) => !onSite(p)).map((path) => ({ path, text: readText(path) }));
	const leaks = auditLeaks({ writes: textWrites, unpublished, removed, sourceText: readText });

	const manifest: SiteManifest = {
		version: 1,
		generator: old.generator,
		settingsHash,
		notes: [...newNotes, ...kept.values(), ...retainedNotes].sort(byPath),
		attachments: [...newAttachments, ...retainedAttachments].sort(byPath),
		redirects: redirects.sort(byPath),
	};
	const manifestText = serializeManifest(manifest);
	if (writes.length || deletes.length || input.manifest === null || manifestText !== serializeManifest(old)) {
		writes.push({ path: MANIFEST_PATH, content: manifestText, kind: "manifest" });
	}
	const siteNotes = old.notes.length;
	const deletionShare = siteNotes ? candidates / siteNotes : 0;
	if (deletionShare > 0.2) {
		warnings.push(publishWarning("many-deletions", `${candidates} of the ${siteNotes} pages on the site are no longer published.`, "", null, { count: candidates, total: siteNotes }));
	}
	return { writes, deletes: [...new Set(deletes)].sort(), status, warnings, leaks, manifest, deletionShare, compiled };
}

function stringValues(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
	return [];
}

function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
