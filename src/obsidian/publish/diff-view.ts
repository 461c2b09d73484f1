import { changedNoteHunks } from "../../core/publish/diff";
import { Translate } from "../../i18n/translate";
import { part } from "./part";

/**
 * What publishing changes in one page: the page on the site (`before`)
 * against the compiled note (`after`), one element per line, text only.
 */
export function renderDiff(parent: HTMLElement, before: string, after: string, t: Translate): void {
	const box = part(parent, "diff");
	const hunks = changedNoteHunks(before, after);
	if (hunks.length === 0) part(box, "diff-line", t("publish.diff.none"));
	for (const hunk of hunks) {
		part(box, "diff-hunk", `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
		for (const line of hunk.lines) {
			const kind = line[0] === "+" ? " is-added" : line[0] === "-" ? " is-removed" : "";
			part(box, "diff-line" + kind, line);
		}
	}
}
