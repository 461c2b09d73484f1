/** Line-level Markdown shapes the note parsers share. */

export interface Heading {
	level: number;
	text: string;
	line: number;
}

export function headingOf(line: string, lineNumber: number): Heading | null {
	const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
	return match ? { level: match[1].length, text: match[2], line: lineNumber } : null;
}

/** `1. text` or `1) text` at the top level (at most 3 spaces before the number). */
export function orderedItemOf(line: string): { number: number; text: string } | null {
	const match = /^ {0,3}(\d{1,9})[.)](?:[ \t]+(.*))?$/.exec(line);
	return match ? { number: Number(match[1]), text: (match[2] ?? "").trim() } : null;
}

/** `- text`, `* text`, `+ text`, at any indentation. */
export function bulletItemOf(line: string): { indent: number; text: string } | null {
	const match = /^([ \t]*)[-*+][ \t]+(.*)$/.exec(line);
	return match ? { indent: indentWidth(match[1]), text: match[2].trim() } : null;
}

export function isBlank(line: string): boolean {
	return line.trim() === "";
}

export function isIndented(line: string): boolean {
	return /^(\t| {2,})\S/.test(line);
}

export function indentWidth(whitespace: string): number {
	let width = 0;
	for (const char of whitespace) width += char === "\t" ? 4 : 1;
	return width;
}

/** Marks the lines inside fenced code blocks and `%% ... %%` comment blocks: no links or lists there. */
export function literalLines(lines: string[], from: number): boolean[] {
	const literal = new Array<boolean>(lines.length).fill(false);
	let fence: string | null = null;
	let inComment = false;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (fence) {
			literal[i] = true;
			if (line.trim().startsWith(fence)) fence = null;
			continue;
		}
		if (inComment) {
			literal[i] = true;
			if (line.includes("%%")) inComment = false;
			continue;
		}
		const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (open) {
			fence = open[1];
			literal[i] = true;
		} else if (line.trim().startsWith("%%") && (line.match(/%%/g) ?? []).length % 2 === 1) {
			inComment = true;
			literal[i] = true;
		} else if (/^\s*%%.*%%\s*$/.test(line)) {
			literal[i] = true;
		}
	}
	return literal;
}

/** Markdown in a heading or label rendered as plain text: links by their label, emphasis removed. */
export function plainText(text: string): string {
	// Most summaries hold no link, emphasis or code: nothing to reduce.
	if (!/[[*_`]/.test(text)) return text.trim();
	return text
		// Each pattern stops at the next bracket, parenthesis or emphasis mark: linear time on any line.
		.replace(/!?\[\[([^\]|[]*)\|([^\][]*)\]\]/g, "$2")
		.replace(/!?\[\[([^\][]*)\]\]/g, (_m, target: string) => target.replace(/#\^?/, " > "))
		.replace(/!?\[([^\][]*)\]\([^()]*\)/g, "$1")
		.replace(/(\*\*|__)(.+?)\1/g, "$2")
		.replace(/(^|\W)[*_]([^*_]+?)[*_](?=\W|$)/g, "$1$2")
		.replace(/`([^`]*)`/g, "$1")
		.trim();
}
