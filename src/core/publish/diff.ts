import { createTwoFilesPatch, structuredPatch, StructuredPatch } from "diff";

/**
 * What a changed note looks like on the site now and after publishing, as a
 * unified diff (`diff` is plain JavaScript: fine inside Obsidian on mobile).
 * `before` is the file on the site, `after` the compiled note.
 */
export function changedNoteDiff(path: string, before: string, after: string, context = 3): string {
	return createTwoFilesPatch(path, path, before, after, "site", "publish", { context });
}

/** The same diff as hunks, for the dialog to render line by line. */
export function changedNoteHunks(path: string, before: string, after: string, context = 3): StructuredPatch {
	return structuredPatch(path, path, before, after, "site", "publish", { context });
}
