/** Text rules shared by every part of the core. */

/** Unicode NFC: names typed on macOS arrive decomposed (NFD); Obsidian compares them composed. */
export function nfc(text: string): string {
	// Most names are Latin (French accents included), already NFC: normalizing them would only copy them.
	return LATIN.test(text) ? text : text.normalize("NFC");
}

/** Below U+0300 (the combining marks) every character is NFC and no two compose: such text is NFC already. */
const LATIN = /^[\0-\u02ff]*$/;

/** The key two note names are compared by: NFC, case-insensitive, as Obsidian does. */
export function nameKey(name: string): string {
	return nfc(name).toLowerCase();
}

/** A note's name from its path: the last segment, without ".md" (`Notes/Qui ?.md` → `Qui ?`). */
export function noteName(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/** Text without its accents (its own module: the lazily loaded starter site imports it from there). */
export { withoutAccents } from "./accents";

/** The message of a thrown value, an Error or anything else. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Splits note text into lines, keeping the line numbers Obsidian reports (0-based, CRLF tolerated). */
export function splitLines(text: string): string[] {
	return text.split(/\r?\n/);
}

/** Removes Markdown emphasis markers that wrap a whole title: `# **Question?**` → `Question?`. */
export function stripEmphasis(text: string): string {
	let result = text.trim();
	for (;;) {
		const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(result);
		if (!match) return result;
		result = match[2].trim();
	}
}

export function collapseWhitespace(text: string): string {
	// Text with single plain spaces only needs no rewriting (most summaries): testing allocates nothing.
	return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}
