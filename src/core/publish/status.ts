import { nfc } from "../text";
import { contentHash } from "./hash";
import { noteIdentity, publishSettingsHash, SiteManifest } from "./manifest";
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
	const onSite = new Map(manifest.notes.map((n) => [n.path, n]));
	const here = new Set(notes.map((n) => n.path));
	const gone = new Map<string, string[]>();
	for (const entry of manifest.notes) {
		if (!here.has(entry.path) && entry.identity) gone.set(entry.identity, [...(gone.get(entry.identity) ?? []), entry.path]);
	}
	const statuses: NoteStatus[] = [];
	const renamedFrom = new Set<string>();
	for (const note of notes) {
		const entry = onSite.get(note.path);
		if (entry) {
			const same = !settingsChanged && entry.sourceHash === contentHash(note.text);
			statuses.push({ path: note.path, state: same ? "unchanged" : "changed" });
			continue;
		}
		const identity = gone.size ? noteIdentity(note.text) : null;
		const from = identity ? gone.get(identity) : undefined;
		if (from?.length === 1 && !renamedFrom.has(from[0])) {
			renamedFrom.add(from[0]);
			statuses.push({ path: note.path, state: "renamed", from: from[0] });
		} else statuses.push({ path: note.path, state: "new" });
	}
	for (const entry of manifest.notes) {
		if (!here.has(entry.path) && !renamedFrom.has(entry.path)) statuses.push({ path: entry.path, state: "deleted" });
	}
	return statuses;
}
