import { isInternal, linkLabel } from "../links/link";
import { NoteRecord } from "../note/record";
import { NoteWarning, warning } from "../warnings";
import { VaultIndex } from "./vault-index";

/**
 * Problems of a question's links that only the whole vault can tell: a link
 * whose target does not exist (Obsidian shows it, the site breaks), and
 * Obsidian's own `app://obsidian.md/...` URL, which opens the note in the app
 * but is a dead link once published.
 */
export function linkWarnings(index: VaultIndex, record: NoteRecord): NoteWarning[] {
	const found: NoteWarning[] = [];
	for (const link of record.links) {
		if (!isInternal(link)) continue;
		const label = linkLabel(link);
		if (link.syntax === "obsidian-url") {
			found.push(
				warning("obsidian-url", "warning", `"${link.raw}" is Obsidian's own link to "${link.linkpath}": it never works on the site. Write [[${link.linkpath}]] instead.`, link.line, {
					link: link.raw,
					target: link.linkpath,
				}),
			);
		}
		if (index.targetOf(link, record.path) === null) {
			found.push(warning("unresolved-link", "error", `The note "${link.linkpath}" does not exist.`, link.line, { link: link.raw, target: link.linkpath, label }));
		}
	}
	return found;
}
