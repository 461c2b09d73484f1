import { changedNoteHunks } from "../../core/publish/diff";
import { Translate } from "../../i18n/translate";

/**
 * What publishing changes in one page: the page on the site (`before`)
 * against the compiled note (`after`), one element per line, text only.
 */
export function renderDiff(parent: HTMLElement, before: string, after: string, t: Translate): void {
	const box = parent.createDiv({ cls: "museum-publish-diff" });
	const hunks = changedNoteHunks(before, after);
	if (hunks.length === 0) box.createDiv({ cls: "museum-publish-diff-line", text: t("publish.diff.none") });
	for (const hunk of hunks) {
		box.createDiv({ cls: "museum-publish-diff-hunk", text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` });
		for (const line of hunk.lines) {
			const kind = line[0] === "+" ? " is-added" : line[0] === "-" ? " is-removed" : "";
			box.createDiv({ cls: "museum-publish-diff-line" + kind, text: line });
		}
	}
}
