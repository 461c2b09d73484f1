import { VaultIndex } from "../index/vault-index";
import { duplicateKeyWarning, missingParentWarning, noteProblems } from "../index/problems";
import { NoteRecord } from "../note/record";
import { ModelWarning } from "./model";

/**
 * Everything wrong with one note, as the panel lists it: the note's own
 * warnings, its links, and its place in the navigation tree.
 */
export function noteWarnings(index: VaultIndex, note: NoteRecord): ModelWarning[] {
	const found = noteProblems(index, note).map(({ path: _path, ...w }) => w);
	const nav = note.navigation;
	const lines = index.frontmatterLines(note.path);
	if (nav?.key) {
		const others = (index.duplicateKeys().get(nav.key) ?? []).filter((p) => p !== note.path);
		if (others.length) found.push(duplicateKeyWarning(nav.key, others, lines.key));
	}
	if (nav?.parent && !index.navigation().byKey.has(nav.parent)) {
		found.push(missingParentWarning(nav.parent, lines.parent));
	}
	return found.sort((a, b) => (a.line ?? -1) - (b.line ?? -1)).map((w) => ({ ...w, line: w.line === null ? null : w.line + 1 }));
}
