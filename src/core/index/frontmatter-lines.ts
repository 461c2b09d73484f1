import { splitLines } from "../text";

/** 0-based lines of the frontmatter properties `check` points at; null when absent. */
export interface FrontmatterLines {
	key: number | null;
	parent: number | null;
	tags: number | null;
}

export const noFrontmatterLines = (): FrontmatterLines => ({ key: null, parent: null, tags: null });

/**
 * Records do not keep frontmatter positions; `check` must still say on which
 * line a duplicate key or an empty `tags` is, so the index notes these three.
 */
export function frontmatterLinesOf(text: string): FrontmatterLines {
	const found = noFrontmatterLines();
	// The frontmatter as findFrontmatter finds it: a `---` first line, up to the next `---` line (unclosed: none).
	// Only those lines are split: the body is not copied.
	const close = /\n---[^\S\n]*(?![^\n])/.exec(text);
	const lines = close ? splitLines(text.slice(0, close.index)) : [];
	if (lines[0]?.trimEnd() !== "---") return found;
	let inNavigation = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i];
		if (/^\S/.test(line)) inNavigation = /^eleventyNavigation\s*:/.test(line);
		if (/^tags\s*:/.test(line)) found.tags ??= i;
		else if (inNavigation && /^\s+key\s*:/.test(line)) found.key ??= i;
		else if (inNavigation && /^\s+parent\s*:/.test(line)) found.parent ??= i;
	}
	return found;
}
