import { scanLinks } from "../links/scan";
import { LinkRef } from "../links/link";
import { folderOf } from "../links/resolver";
import { nfc, noteName, splitLines } from "../text";
import { NoteWarning, warning } from "../warnings";
import { YamlCodec } from "../yaml";
import { asText, commentedTags, Frontmatter, isPlainObject, readFrontmatter } from "./frontmatter";
import { literalLines } from "./markdown-lines";
import { readQuestionBody } from "./question-body";
import { Navigation, NoteKind, NoteRecord } from "./record";
import { readResourceBody } from "./resource-body";
import { hasTag, normaliseAliases, normaliseTags } from "./tags";
import { isVideoUrl, videoUrlsIn } from "./video";

/**
 * Reads one note, from its vault path and text alone, into a record. Never
 * throws on bad input. Inside Obsidian, `parsedFrontmatter` is the metadata
 * cache's frontmatter: Obsidian has parsed the YAML already, so it is not
 * parsed twice.
 */
export function parseNote(path: string, text: string, yaml: YamlCodec, parsedFrontmatter?: Frontmatter): NoteRecord {
	const lines = splitLines(text);
	const { data: frontmatter, block, warnings } = readFrontmatter(text, yaml, parsedFrontmatter, lines);
	const bodyStart = block.bodyStartLine;
	const literal = literalLines(lines, bodyStart);
	const tags = normaliseTags(frontmatter.tags ?? commentedTags(warnings));
	const aliases = normaliseAliases(frontmatter);
	const navigation = navigationOf(frontmatter);
	const { linksByLine, videoUrls } = scanBody(lines, literal, bodyStart);
	const links = linksByLine.flat();
	// The body readers ask again for the links of some lines: each line is scanned once.
	const linksOn = (line: number) => linksByLine[line] ?? [];
	const kind = kindOf(tags, videoUrls, links);
	const basename = nfc(noteName(path));

	const record: NoteRecord = {
		path,
		basename,
		folder: folderOf(path),
		kind,
		frontmatter,
		hasFrontmatter: block.yaml !== null,
		bodyStartLine: bodyStart,
		tags,
		aliases,
		navigation,
		heading: null,
		title: basename,
		question: null,
		answer: null,
		resources: [],
		related: [],
		videoSections: [],
		links,
		videoUrls,
		summary: null,
		keyPoints: [],
		sourceUrl: null,
		speakers: [],
		publish: publishFlag(frontmatter.publish),
		warnings,
	};

	if (kind === "question") {
		const body = readQuestionBody(lines, literal, bodyStart, linksOn);
		Object.assign(record, { heading: body.heading, answer: body.answer, resources: body.resources, related: body.related, videoSections: body.videoSections });
		record.question = questionText(navigation, aliases, body.heading, basename);
		warnings.push(...body.warnings, ...questionWarnings(record));
	} else {
		const body = readResourceBody(lines, literal, bodyStart, linksOn);
		Object.assign(record, { heading: body.heading?.text ?? null, summary: body.summary, keyPoints: body.keyPoints, sourceUrl: body.sourceUrl, speakers: body.speakers });
	}
	record.title = navigation?.title ?? aliases[0] ?? record.heading ?? basename;
	if (!record.hasFrontmatter && text.trim() === "") warnings.push(warning("empty-note", "info", "The note is empty.", null));
	return record;
}

/**
 * question: `tags` has `question`; resource: `ressource` (or `resource`);
 * video: a resource that embeds or links a video, a note tagged `forum` or
 * `video`, or an untagged note that embeds a video. Anything else is "other":
 * navigation pages, programmes, drafts, templates are never questions.
 */
export function kindOf(tags: string[], videoUrls: string[], links: LinkRef[]): NoteKind {
	if (hasTag(tags, "question")) return "question";
	if (hasTag(tags, "forum", "video", "vidéo")) return "video";
	const embedsVideo = videoUrls.length > 0;
	const linksVideo = links.some((l) => l.syntax === "external" && isVideoUrl(l.linkpath));
	if (hasTag(tags, "ressource", "resource")) return embedsVideo || linksVideo ? "video" : "resource";
	return tags.length === 0 && embedsVideo ? "video" : "other";
}

/** The exact question: navigation title, else an alias ending in "?", else the `#` heading, else the file name. */
export function questionText(navigation: Navigation | null, aliases: string[], heading: string | null, basename: string): string {
	return navigation?.title ?? aliases.find((a) => a.trim().endsWith("?")) ?? heading ?? basename;
}

function navigationOf(frontmatter: Frontmatter): Navigation | null {
	const nav = frontmatter.eleventyNavigation;
	if (!isPlainObject(nav)) return null;
	const order = typeof nav.order === "number" ? nav.order : Number.isFinite(Number(nav.order)) && nav.order !== null && nav.order !== undefined ? Number(nav.order) : null;
	// asText never returns "": null or text.
	const text = (value: unknown) => {
		const t = asText(value);
		return t && nfc(t);
	};
	return { key: text(nav.key), title: text(nav.title), parent: text(nav.parent), order };
}

function publishFlag(value: unknown): boolean | null {
	if (value === false || value === true) return value;
	const text = typeof value === "string" ? value.trim().toLowerCase() : null;
	if (text === "false" || text === "no" || text === "non") return false;
	if (text === "true" || text === "yes" || text === "oui") return true;
	return null;
}

/** Each body line's links (by line number, none on literal lines) and the videos the body embeds. */
function scanBody(lines: string[], literal: boolean[], bodyStart: number): { linksByLine: LinkRef[][]; videoUrls: string[] } {
	const linksByLine: LinkRef[][] = [];
	const videoUrls: string[] = [];
	for (let i = bodyStart; i < lines.length; i++) {
		if (literal[i]) continue;
		linksByLine[i] = scanLinks(lines[i], i);
		if (/<iframe\b|!\[/i.test(lines[i])) for (const url of videoUrlsIn(lines[i])) if (!videoUrls.includes(url)) videoUrls.push(url);
	}
	return { linksByLine, videoUrls };
}

function questionWarnings(record: NoteRecord): NoteWarning[] {
	const warnings: NoteWarning[] = [];
	if (record.resources.length === 0) warnings.push(warning("question-without-resources", "warning", "The question lists no resources (a numbered list of links).", null));
	if (!record.navigation?.title && !record.aliases.some((a) => a.endsWith("?")) && !record.heading) {
		warnings.push(warning("question-text-from-filename", "info", "No navigation title, alias or heading gives the exact question: the file name is used.", null));
	}
	if (!record.navigation) warnings.push(warning("navigation-missing", "info", "No eleventyNavigation: the question is not in the site's navigation.", null));
	return warnings;
}
