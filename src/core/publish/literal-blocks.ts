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

/**
 * Removes the comment parts of one line, given whether a comment is open at
 * its start. One pass with an index: `%%` and `<!--` inside inline code are
 * text; the end of a comment is searched for as written.
 */
function stripComments(line: string, open: "%%" | "-->" | null): { text: string; open: "%%" | "-->" | null } {
	let text = "";
	let state = open;
	let i = 0;
	while (i < line.length) {
		if (state !== null) {
			const end = line.indexOf(state, i);
			if (end < 0) return { text: blankIfOnlyRemoved(text, line), open: state };
			i = end + state.length;
			state = null;
			continue;
		}
		const next = nextCommentStart(line, i);
		if (!next) break;
		text += line.slice(i, next.index);
		i = next.index + next.marker.length;
		state = next.marker === "%%" ? "%%" : "-->";
	}
	if (state === null) text += line.slice(i);
	return { text: blankIfOnlyRemoved(text, line), open: state };
}

const COMMENT_OR_CODE = /%%|<!--|`+/g;

/** The first `%%` or `<!--` at or after `from`, outside inline code. */
function nextCommentStart(line: string, from: number): { index: number; marker: string } | null {
	COMMENT_OR_CODE.lastIndex = from;
	for (let match = COMMENT_OR_CODE.exec(line); match; match = COMMENT_OR_CODE.exec(line)) {
		if (match[0][0] !== "`") return { index: match.index, marker: match[0] };
		// A code span: skip to its closing run of backticks, if there is one.
		const close = line.indexOf(match[0], match.index + match[0].length);
		if (close >= 0) COMMENT_OR_CODE.lastIndex = close + match[0].length;
	}
	return null;
}

function blankIfOnlyRemoved(text: string, original: string): string {
	return text !== original && text.trim() === "" ? "" : text;
}
