import { RELATED_LINE } from "../note/question-body";
import { noteName } from "../text";

/**
 * A new question's text with `links` added to its "Ressources similaires:"
 * line (after any link already there), or with such a line at the end when
 * the template has none. Nothing else changes.
 */
export function withRelatedLinks(content: string, links: string[]): string {
	if (!links.length) return content;
	const lines = content.split("\n");
	const i = lines.findIndex((line) => RELATED_LINE.test(line));
	if (i < 0) return `${content.trimEnd()}\n\nRessources similaires: ${links.join(", ")}\n`;
	lines[i] = lines[i].replace(/:(.*?)(\r?)$/, (_, written: string, cr: string) => `: ${[written.trim(), ...links].filter(Boolean).join(", ")}${cr}`);
	return lines.join("\n");
}

/** How a new question links an existing one: its file name, and the exact question as the text shown. */
export function relatedLink(path: string, question: string): string {
	const name = noteName(path);
	return name === question ? `[[${name}]]` : `[[${name}|${question}]]`;
}
