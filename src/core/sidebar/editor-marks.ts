import { VaultIndex } from "../index/vault-index";
import { resourceEntry } from "./resource-entry";

/** What the editor marks in a question note: 0-based line, columns of the item's link. */
export interface EditorMark {
	kind: "video" | "unresolved" | "missing-summary";
	line: number;
	from: number;
	to: number;
	/** The link as written: the editor checks it is still there before marking (the text may have moved on). */
	raw: string;
	/** For "unresolved": the name linked to. */
	linkpath: string | null;
}

/** Marks for the editor, from the index (no parsing): only question notes have any. */
export function editorMarks(index: VaultIndex, path: string): EditorMark[] {
	const note = index.get(path);
	if (!note || note.kind !== "question") return [];
	const marks: EditorMark[] = [];
	note.resources.forEach((item, i) => {
		const link = item.link;
		if (!link) return;
		const entry = resourceEntry(index, note, item, i + 1);
		const at = { line: link.line, from: link.start, to: link.end, raw: link.raw, linkpath: entry.linkpath ?? link.linkpath };
		if (entry.kind === "video" || entry.kind === "unresolved") marks.push({ kind: entry.kind, ...at });
		if (!item.summary) marks.push({ kind: "missing-summary", ...at });
	});
	return marks;
}
