import { isInternal } from "../links/link";
import { LinkResolver } from "../links/resolver";
import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { nameKey, nfc } from "../text";
import { exclusionReason, ExclusionReason, ExclusionRules, isUnder, trimSlashes } from "./exclusions";

export interface SelectionOptions {
	/** Also the notes a selected question links (its resources, related questions, talks). */
	withLinked?: boolean;
	/** Needed with `withLinked`: how links resolve. */
	resolver?: LinkResolver;
}

export interface Selection {
	/** Note paths to publish, sorted. */
	notes: string[];
	/** Chosen notes that may never be published, with the reason. */
	excluded: { path: string; reason: ExclusionReason }[];
	/** Selectors that name no note or folder of the vault. */
	unknown: string[];
}

/**
 * The notes to publish: the chosen notes and folders (every note when
 * `selectors` is null), plus the always-published folders of the settings,
 * minus what may never be published; with `withLinked`, plus the notes a
 * selected question links (still minus the excluded ones).
 */
export function selectNotes(
	selectors: string[] | null,
	records: ReadonlyMap<string, NoteRecord>,
	settings: MuseumSettings,
	rules: ExclusionRules,
	options: SelectionOptions = {},
): Selection {
	const chosen = new Set<string>();
	const unknown: string[] = [];
	const all = [...records.keys()];
	const wanted = selectors === null ? null : [...selectors, ...settings.publishFolders];
	if (wanted === null) all.forEach((path) => chosen.add(path));
	else {
		for (const selector of wanted) {
			const key = nameKey(trimSlashes(nfc(selector)));
			const matches = all.filter((path) => {
				const pathKey = nameKey(path);
				// "" and "." name the whole vault.
				return key === "" || key === "." || isUnder(pathKey, key) || pathKey === key + ".md";
			});
			if (matches.length === 0 && selectors?.includes(selector)) unknown.push(selector);
			matches.forEach((path) => chosen.add(path));
		}
	}

	const excluded: Selection["excluded"] = [];
	const notes = new Set<string>();
	const admit = (path: string, reportExclusion: boolean) => {
		const reason = exclusionReason(path, records.get(path)?.publish ?? null, rules);
		if (reason === null) notes.add(path);
		// Choosing "every note" is not choosing a draft: only explicit choices are reported.
		else if (reportExclusion) excluded.push({ path, reason });
	};
	for (const path of chosen) admit(path, selectors !== null);

	if (options.withLinked && options.resolver) {
		for (const target of notesLinkedBy([...notes], records, options.resolver)) if (!notes.has(target)) admit(target, false);
	}
	return { notes: [...notes].sort(), excluded, unknown };
}

/** The notes the questions among `paths` link (resources, related questions, talks): what "include linked resources" adds. */
export function notesLinkedBy(paths: Iterable<string>, records: ReadonlyMap<string, NoteRecord>, resolver: LinkResolver): Set<string> {
	const linked = new Set<string>();
	for (const path of paths) {
		const record = records.get(path);
		if (record?.kind !== "question") continue;
		for (const link of record.links) {
			if (!isInternal(link) || link.linkpath === "") continue;
			const target = resolver.resolve(link.linkpath, path);
			if (target && records.has(target)) linked.add(target);
		}
	}
	return linked;
}
