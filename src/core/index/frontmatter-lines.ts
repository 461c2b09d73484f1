import { findFrontmatter } from "../note/frontmatter";
import { splitLines } from "../text";

/** 0-based lines of the frontmatter properties `check` points at; null when absent. */
export interface FrontmatterLines {
	key: number | null;
	parent: number | null;
	tags: number | null;
}

/**
 * Records do not keep frontmatter positions; `check` must still say on which
 * line a duplicate key or an empty `tags` is, so the index notes these three.
 */
export function frontmatterLinesOf(text: string): FrontmatterLines {
	const found: FrontmatterLines = { key: null, parent: null, tags: null };
	if (!text.startsWith("---")) return found;
	const lines = splitLines(text.slice(0, frontmatterEnd(text)));
	const block = findFrontmatter(lines);
	let inNavigation = false;
	for (let i = 1; i < block.endLine; i++) {
		const line = lines[i];
		if (/^\S/.test(line)) inNavigation = /^eleventyNavigation\s*:/.test(line);
		if (/^tags\s*:/.test(line)) found.tags ??= i;
		else if (inNavigation && /^\s+key\s*:/.test(line)) found.key ??= i;
		else if (inNavigation && /^\s+parent\s*:/.test(line)) found.parent ??= i;
	}
	return found;
}

/** Where the line of the closing `---` fence ends (the whole text when unclosed): the body need not be split. */
function frontmatterEnd(text: string): number {
	for (let at = text.indexOf("\n---", 3); at >= 0; at = text.indexOf("\n---", at + 1)) {
		const next = text.indexOf("\n", at + 1);
		const end = next < 0 ? text.length : next;
		if (text.slice(at + 1, end).trimEnd() === "---") return end;
	}
	return text.length;
}
