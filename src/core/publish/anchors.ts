import { linkLabel } from "../links/link";
import { scanLinks } from "../links/scan";
import { headingOf } from "../note/markdown-lines";
import { nameKey } from "../text";
import { uniqueHeadingSlugs } from "./heading-slug";
import { readBodyLines } from "./literal-blocks";

/** A note's headings as the site renders them: their line, level, match key and anchor id. */
export interface HeadingAnchor {
	line: number;
	level: number;
	key: string;
	slug: string;
}

/** The headings of a note body (code and comments skipped), with the ids markdown-it-anchor gives them. */
export function headingAnchors(lines: string[], bodyStart: number): HeadingAnchor[] {
	const body = readBodyLines(lines.slice(bodyStart));
	const found: { line: number; level: number; text: string }[] = [];
	body.lines.forEach((line, i) => {
		if (body.code[i]) return;
		const heading = headingOf(line, bodyStart + i);
		if (heading) found.push({ line: heading.line, level: heading.level, text: renderedHeadingText(heading.text) });
	});
	const slugs = uniqueHeadingSlugs(found.map((h) => h.text));
	return found.map((h, i) => ({ line: h.line, level: h.level, key: headingKey(h.text), slug: slugs[i] }));
}

/** `[[Note#A#B]]` names the heading B under A: the last part decides. */
export function findHeading(anchors: HeadingAnchor[], subpath: string): HeadingAnchor | null {
	const parts = subpath.split("#").filter((p) => p.trim() !== "");
	const key = headingKey(parts[parts.length - 1] ?? subpath);
	return anchors.find((a) => a.key === key) ?? null;
}

/**
 * How Obsidian matches a link's heading part to a heading: case-insensitively,
 * with the characters a link cannot hold (`# ^ | [ ] \ :` ...) read as spaces.
 */
export function headingKey(text: string): string {
	return nameKey(text).replace(/[#^|[\]\\:*%]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The heading's text content as markdown-it-anchor reads it (text and code
 * tokens only): links reduced to their label, emphasis, code ticks and inline
 * HTML removed, entities decoded, a trailing block id dropped.
 */
export function renderedHeadingText(text: string): string {
	let result = text.replace(/[ \t]+\^[A-Za-z0-9-]+[ \t]*$/, "");
	const links = scanLinks(result, 0).reverse();
	for (const link of links) {
		const label = link.embed ? "" : link.syntax === "external" ? (link.display ?? link.linkpath) : linkLabel(link);
		result = result.slice(0, link.start) + label + result.slice(link.end);
	}
	return result
		.replace(/<[^>]+>/g, "")
		.replace(/(\*\*|__)(.+?)\1/g, "$2")
		.replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, "$1$2")
		.replace(/`([^`]*)`/g, "$1")
		.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? "")
		.trim();
}
