import { collapseWhitespace, nfc } from "../text";

/** Characters Obsidian (and Windows, macOS, Android) refuse in file names. */
export const FORBIDDEN_IN_FILE_NAMES = /[*"\\/<>:|?#^[\]]/g;
/** UTF-16 units: at most 3 bytes each in UTF-8, so with " (question)" and ".md" a name stays under Linux's 255 bytes. */
const MAX_FILE_NAME_LENGTH = 80;
/** Windows refuses these before the first dot too (`CON.txt`), spaces after them included. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*$/i;

/**
 * The file name (without `.md`) of a question note: the question without the
 * characters file names cannot hold, whitespace collapsed, NFC, trimmed (no
 * trailing dot or space), at most 80 characters cut at a word boundary (or
 * between two characters, never inside one: emoji stay whole), never a
 * Windows reserved name, even before a dot. Empty when nothing usable is left.
 */
export function fileNameForQuestion(question: string): string {
	let name = collapseWhitespace(nfc(question).replace(FORBIDDEN_IN_FILE_NAMES, " ").split("").map((c) => (isControlCharacter(c) ? " " : c)).join(""));
	name = trimEnds(name);
	if (name.length > MAX_FILE_NAME_LENGTH) name = trimEnds(cutAtWord(name, MAX_FILE_NAME_LENGTH));
	if (WINDOWS_RESERVED.test(name.split(".")[0])) name = name.replace(/^[^.]*?(?=\s*(\.|$))/, "$& (question)");
	return name;
}

/** Leading dots would hide the note (dot-files are invisible to Obsidian); trailing dots and spaces break Windows. */
function trimEnds(name: string): string {
	return name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
}

function cutAtWord(name: string, max: number): string {
	const cut = name.slice(0, max + 1);
	const space = cut.lastIndexOf(" ");
	if (space > max / 2) return cut.slice(0, space);
	let whole = "";
	for (const { segment } of new Intl.Segmenter().segment(name)) {
		if (whole.length + segment.length > max) break;
		whole += segment;
	}
	return whole;
}

function isControlCharacter(char: string): boolean {
	const code = char.charCodeAt(0);
	return code < 0x20 || code === 0x7f;
}
