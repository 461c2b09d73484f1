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
	const lines = splitLines(text);
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
