/** Text rules shared by every part of the core. */

/** Unicode NFC: names typed on macOS arrive decomposed (NFD); Obsidian compares them composed. */
export function nfc(text: string): string {
	// Most names are plain ASCII, already NFC: normalizing them would only copy them.
	return ASCII.test(text) ? text : text.normalize("NFC");
}

const ASCII = /^[\x20-\x7e]*$/;

/** The key two note names are compared by: NFC, case-insensitive, as Obsidian does. */
export function nameKey(name: string): string {
	return nfc(name).toLowerCase();
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
	return text.replace(/\s+/g, " ").trim();
}
