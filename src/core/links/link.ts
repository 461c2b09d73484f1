import { nfc } from "../text";

/** How a link was written in the note. */
export type LinkSyntax = "wikilink" | "markdown" | "obsidian-url" | "external";

export interface LinkRef {
	syntax: LinkSyntax;
	/** Exactly as written, brackets included. */
	raw: string;
	/** `![[...]]` or `![...](...)`. */
	embed: boolean;
	/** The note or file part (decoded, NFC) for internal links; the URL for external ones. */
	linkpath: string;
	/** `#Heading` or `#^block` part without the `#`, or null. */
	subpath: string | null;
	/** Text shown: the `|label` of a wikilink, the `[label]` of a Markdown link; null when none was written. */
	display: string | null;
	/** 0-based line and columns of `raw` in the note. */
	line: number;
	start: number;
	end: number;
}

export function isInternal(link: LinkRef): boolean {
	return link.syntax === "wikilink" || link.syntax === "obsidian-url" || (link.syntax === "markdown" && !isExternalUrl(link.linkpath));
}

export function isExternalUrl(target: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(target) && !/^app:\/\/obsidian\.md\//i.test(target);
}

/** `Note#Heading|label` → parts, as Obsidian splits the inside of `[[...]]`. */
export function parseWikilinkInner(inner: string): { linkpath: string; subpath: string | null; display: string | null } {
	const pipe = unescapedPipe(inner);
	const target = (pipe >= 0 ? inner.slice(0, pipe) : inner).replace(/\\$/, "");
	const display = pipe >= 0 ? inner.slice(pipe + 1) : null;
	const hash = target.indexOf("#");
	const linkpath = hash >= 0 ? target.slice(0, hash) : target;
	const subpath = hash >= 0 ? target.slice(hash + 1).trim() : null;
	return { linkpath: nfc(linkpath.trim()), subpath: subpath || null, display: display === null ? null : display.trim() };
}

/** Percent-decodes a Markdown link target, tolerating stray `%`. */
export function decodeTarget(target: string): string {
	try {
		return decodeURIComponent(target);
	} catch {
		return target;
	}
}

/** The label a reader sees for a link: display text, else the note name (and heading), else the URL. */
export function linkLabel(link: LinkRef): string {
	if (link.display) return link.display;
	if (link.syntax === "external") return link.linkpath;
	const name = link.linkpath.split("/").pop() ?? link.linkpath;
	const base = name.replace(/\.md$/i, "");
	if (!link.subpath) return base;
	const sub = link.subpath.replace(/^\^/, "");
	return base ? `${base} > ${sub}` : sub;
}

/** The first `|` not escaped as `\|` (wikilinks inside tables escape it); no look-behind: iOS lacks it. */
function unescapedPipe(inner: string): number {
	for (let i = 0; i < inner.length; i++) {
		if (inner[i] === "|" && inner[i - 1] !== "\\") return i;
	}
	return -1;
}
