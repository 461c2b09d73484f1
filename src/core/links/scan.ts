import { decodeTarget, isExternalUrl, LinkRef, parseWikilinkInner } from "./link";
import { nfc } from "../text";

const WIKILINK = /(!?)\[\[([^\][\n]+?)\]\]/g;
// [label](target) or [label](<target with spaces>), optionally with a "title". The label holds no
// unescaped "[": a line of a million "[" would otherwise take the regex quadratic time.
const MARKDOWN_LINK = /(!?)\[((?:\\.|[^\]\\[])*)\]\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+"[^"]*")?\s*\)/g;
const OBSIDIAN_APP_URL = /^app:\/\/obsidian\.md\//i;
const OBSIDIAN_OPEN_URL = /^obsidian:\/\/open\?/i;

/** Every link written on one line, in order, outside inline code. */
export function scanLinks(line: string, lineNumber: number): LinkRef[] {
	// Every link syntax starts with "[": most lines of a vault have none, and the regexes below are not cheap.
	if (!line.includes("[")) return [];
	const masked = maskInlineCode(line);
	const links: LinkRef[] = [];
	for (const match of masked.matchAll(WIKILINK)) {
		const start = match.index;
		const raw = line.slice(start, start + match[0].length);
		const { linkpath, subpath, display } = parseWikilinkInner(raw.slice(match[1].length + 2, -2));
		links.push({ syntax: "wikilink", raw, embed: match[1] === "!", linkpath, subpath, display, line: lineNumber, start, end: start + raw.length });
	}
	if (!masked.includes("](")) return links;
	const withoutWikilinks = links.length ? masked.replace(WIKILINK, (m) => " ".repeat(m.length)) : masked;
	for (const match of withoutWikilinks.matchAll(MARKDOWN_LINK)) {
		const start = match.index;
		const raw = line.slice(start, start + match[0].length);
		const link = markdownLink(raw, match[1] === "!", match[2], match[3], lineNumber, start);
		if (link) links.push(link);
	}
	return links.sort((a, b) => a.start - b.start);
}

function markdownLink(raw: string, embed: boolean, label: string, rawTarget: string, line: number, start: number): LinkRef | null {
	let target = rawTarget.startsWith("<") ? rawTarget.slice(1, -1) : rawTarget;
	if (!target) return null;
	const display = label.replace(/\\(.)/g, "$1").trim() || null;
	const base = { raw, embed, display, line, start, end: start + raw.length };
	if (OBSIDIAN_APP_URL.test(target)) {
		return { ...base, syntax: "obsidian-url", ...splitSubpath(decodeTarget(target.replace(OBSIDIAN_APP_URL, ""))) };
	}
	if (OBSIDIAN_OPEN_URL.test(target)) {
		const file = new URLSearchParams(target.replace(OBSIDIAN_OPEN_URL, "")).get("file");
		if (file) return { ...base, syntax: "obsidian-url", ...splitSubpath(file) };
	}
	if (isExternalUrl(target)) return { ...base, syntax: "external", linkpath: target, subpath: null };
	target = decodeTarget(target);
	return { ...base, syntax: "markdown", ...splitSubpath(target) };
}

function splitSubpath(target: string): { linkpath: string; subpath: string | null } {
	const hash = target.indexOf("#");
	const linkpath = nfc((hash >= 0 ? target.slice(0, hash) : target).trim());
	const subpath = hash >= 0 ? target.slice(hash + 1).trim() || null : null;
	return { linkpath, subpath };
}

/** Replaces `inline code` by spaces so links inside it are not links (columns stay the same). */
function maskInlineCode(line: string): string {
	return line.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
}
