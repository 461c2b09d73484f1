/** Line-level facts about a note body the compiler must respect before touching any text. */
export interface BodyLines {
	/** The lines with `%%comments%%` and `<!-- comments -->` removed (a removed line becomes ""). */
	lines: string[];
	/** true for lines inside a fenced code block, fences included: copied verbatim. */
	code: boolean[];
	/** For each opening fence line: its info string (`dataview`, `js`, ...). */
	fenceInfo: Map<number, string>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/**
 * Marks fenced code and removes comments in one pass, because each hides the
 * other: `%%` inside code is text, a fence inside a comment is comment.
 * Comments are removed, not kept: Obsidian hides `%%...%%`, and an HTML
 * comment would still be readable in the page source. Line count is kept so
 * that warnings point at the note's own lines.
 */
export function readBodyLines(source: string[]): BodyLines {
	const lines: string[] = [];
	const code: boolean[] = [];
	const fenceInfo = new Map<number, string>();
	let fence: string | null = null;
	let comment: "%%" | "-->" | null = null;
	for (let i = 0; i < source.length; i++) {
		const line = source[i];
		if (fence !== null) {
			lines.push(line);
			code.push(true);
			if (new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(line)) fence = null;
			continue;
		}
		if (comment === null) {
			const open = FENCE.exec(line);
			if (open) {
				fence = open[1];
				fenceInfo.set(i, open[2].toLowerCase());
				lines.push(line);
				code.push(true);
				continue;
			}
		}
		const stripped = stripComments(line, comment);
		comment = stripped.open;
		lines.push(stripped.text);
		code.push(false);
	}
	return { lines, code, fenceInfo };
}

/** Removes the comment parts of one line, given whether a comment is open at its start. */
function stripComments(line: string, open: "%%" | "-->" | null): { text: string; open: "%%" | "-->" | null } {
	let text = "";
	let rest = line;
	let state = open;
	for (;;) {
		if (state !== null) {
			const end = rest.indexOf(state);
			if (end < 0) return { text: blankIfOnlyRemoved(text, line), open: state };
			rest = rest.slice(end + state.length);
			state = null;
			continue;
		}
		const next = nextCommentStart(rest);
		if (!next) return { text: blankIfOnlyRemoved(text + rest, line), open: null };
		text += rest.slice(0, next.index);
		rest = rest.slice(next.index + next.marker.length);
		state = next.marker === "%%" ? "%%" : "-->";
	}
}

/** The first `%%` or `<!--` outside inline code. */
function nextCommentStart(text: string): { index: number; marker: string } | null {
	const masked = text.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
	const percent = masked.indexOf("%%");
	const html = masked.indexOf("<!--");
	if (percent < 0 && html < 0) return null;
	if (html < 0 || (percent >= 0 && percent < html)) return { index: percent, marker: "%%" };
	return { index: html, marker: "<!--" };
}

function blankIfOnlyRemoved(text: string, original: string): string {
	return text !== original && text.trim() === "" ? "" : text;
}
