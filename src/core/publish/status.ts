import { nfc } from "../text";
import { contentHash, publishSettingsHash } from "./hash";
import { mapByPath, SiteManifest } from "./manifest";
import { findRenames } from "./renames";
import { MuseumSettings } from "../settings";
import { PublishState } from "./plan";

export interface NoteStatus {
	path: string;
	state: PublishState;
	/** For "renamed": the path on the site. */
	from?: string;
}

export interface StatusInput {
	/** Publishable notes of the vault (the dialog's candidates), with their text. */
	notes: readonly { path: string; text: string }[];
	manifest: SiteManifest | null;
	settings: MuseumSettings;
}

/**
 * The publish dialog's states, cheaply: one content hash per note against the
 * manifest's source hash, no compile. Content hashes, never modification
 * times (a sync or a checkout touches every file). Known approximation: a note
 * whose text is unchanged but whose compiled page would change because a
 * linked note was (un)published shows "unchanged"; the plan has the exact answer.
 */
export function noteStatuses(input: StatusInput): NoteStatus[] {
	const manifest = input.manifest;
	const notes = input.notes.map((n) => ({ path: nfc(n.path), text: n.text }));
	if (!manifest) return notes.map((n) => ({ path: n.path, state: "new" }));
	const settingsChanged = manifest.settingsHash !== publishSettingsHash(input.settings);
	const onSite = mapByPath(manifest.notes);
	const here = new Map(notes.map((n) => [n.path, n.text]));
	const renamed = findRenames(notes.filter((n) => !onSite.has(n.path)).map((n) => n.path), manifest.notes.filter((n) => !here.has(n.path)), (path) => here.get(path) ?? "", input.settings.renames);
	const renamedFrom = new Set([...renamed.values()].map((n) => n.path));
	const statuses: NoteStatus[] = notes.map((note): NoteStatus => {
		const entry = onSite.get(note.path);
		const from = renamed.get(note.path);
		if (from) return { path: note.path, state: "renamed", from: from.path };
		return { path: note.path, state: !entry ? "new" : !settingsChanged && entry.sourceHash === contentHash(note.text) ? "unchanged" : "changed" };
	});
	for (const entry of manifest.notes) {
		if (!here.has(entry.path) && !renamedFrom.has(entry.path)) statuses.push({ path: entry.path, state: "deleted" });
	}
	return statuses;
}
