import { findBlockLine } from "./block-ids";
import { findHeading, HeadingAnchor } from "./anchors";

/**
 * The lines an embed `![[Note#Section]]` or `![[Note#^block]]` shows, as
 * [from, to) over the note's lines; the whole body without a subpath; null
 * when the heading or block does not exist.
 */
export function embeddedRange(lines: string[], bodyStart: number, subpath: string | null, anchors: HeadingAnchor[]): [number, number] | null {
	if (!subpath) return [bodyStart, lines.length];
	if (subpath.startsWith("^")) {
		const at = findBlockLine(lines.slice(bodyStart), subpath.slice(1));
		if (at < 0) return null;
		const line = bodyStart + at;
		// A list item is its own block; a paragraph runs up to the previous blank line.
		if (/^\s*([-*+]|\d+[.)])\s/.test(lines[line])) return [line, line + 1];
		let from = /^\s*\^[A-Za-z0-9-]+\s*$/.test(lines[line]) ? line - 1 : line;
		while (from > bodyStart && lines[from - 1].trim() !== "" && !/^#{1,6}\s/.test(lines[from])) from--;
		return [from, line + 1];
	}
	const heading = findHeading(anchors, subpath);
	if (!heading) return null;
	const next = anchors.find((a) => a.line > heading.line && a.level <= heading.level);
	return [heading.line, next ? next.line : lines.length];
}
