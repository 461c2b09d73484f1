/**
 * Obsidian block ids (`text ^abc`): markdown-it has no `{#id}` syntax, so the
 * marker is replaced by an empty `<span id="block-abc"></span>` at the end of
 * the block's line, and `[[Note#^abc]]` links to `#block-abc`.
 */
export function blockAnchorId(blockId: string): string {
	return `block-${blockId}`;
}

const TRAILING_ID = /^(.*\S)[ \t]+\^([A-Za-z0-9-]+)[ \t]*$/;
const LONE_ID = /^([ \t>]*)\^([A-Za-z0-9-]+)[ \t]*$/;

export function replaceBlockId(line: string): string {
	const trailing = TRAILING_ID.exec(line);
	if (trailing) return `${trailing[1]} <span id="${blockAnchorId(trailing[2])}"></span>`;
	const lone = LONE_ID.exec(line);
	if (lone) return `${lone[1]}<span id="${blockAnchorId(lone[2])}"></span>`;
	return line;
}

/** The 0-based line holding `^id` among `lines`, or -1. */
export function findBlockLine(lines: string[], blockId: string): number {
	const wanted = blockId.toLowerCase();
	for (let i = 0; i < lines.length; i++) {
		const match = TRAILING_ID.exec(lines[i]) ?? LONE_ID.exec(lines[i]);
		if (match && match[2].toLowerCase() === wanted) return i;
	}
	return -1;
}
