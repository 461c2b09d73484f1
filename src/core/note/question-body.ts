import { isInternal, LinkRef } from "../links/link";
import { collapseWhitespace, stripEmphasis } from "../text";
import { NoteWarning, Severity, warning } from "../warnings";
import { bulletItemOf, headingOf, isBlank, isIndented, orderedItemOf, plainText } from "./markdown-lines";
import { ResourceItem, Talk, VideoSection } from "./record";

/** The links written on one line (a parser that scanned the body already answers from its results). */
export type LinksOn = (line: number) => LinkRef[];

export interface QuestionBody {
	heading: string | null;
	answer: string | null;
	answerLine: number | null;
	resources: ResourceItem[];
	related: LinkRef[];
	videoSections: VideoSection[];
	warnings: NoteWarning[];
}

export const RELATED_LINE = /^\s*(?:\*\*)?Ressources? similaires?(?:\*\*)?\s*:/i;
// "Video J1", "## Vidéos", "Vidéos du forum": a line that opens a list of recorded talks.
export const VIDEO_SECTION = /^(?:#{1,6}[ \t]+)?(?:\*\*)?vid[ée]os?\b/i;

/**
 * Reads the body of a question note: the `#` heading, the short answer, the
 * numbered resource list (items with their link and summary), the related
 * questions line and the "Video ..." sections. Both the current shape
 * (indented summary lines) and the older one of the seed draft (`- ` sub-bullets,
 * `Speaker: title` lines) are read.
 */
export function readQuestionBody(lines: string[], literal: boolean[], bodyStart: number, linksOn: LinksOn): QuestionBody {
	const body: QuestionBody = { heading: null, answer: null, answerLine: null, resources: [], related: [], videoSections: [], warnings: [] };
	const answerLines: string[] = [];
	let answerOpen = true;
	let section: VideoSection | null = null;
	let sectionLevel = 0;

	for (let i = bodyStart; i < lines.length; i++) {
		if (literal[i]) continue;
		const line = lines[i];
		const heading = headingOf(line, i);

		if (VIDEO_SECTION.test(line.trim())) {
			section = { heading: plainText(stripEmphasis(line.replace(/^#{1,6}[ \t]+/, ""))), line: i, talks: [] };
			sectionLevel = heading ? heading.level : 7;
			body.videoSections.push(section);
			answerOpen = false;
			continue;
		}
		if (heading) {
			if (heading.level === 1 && body.heading === null) {
				body.heading = plainText(stripEmphasis(heading.text));
				continue;
			}
			answerOpen = false;
			if (section && heading.level <= sectionLevel) section = null;
			if (!section) continue;
		}
		if (RELATED_LINE.test(line)) {
			body.related.push(...linksOn(i).filter(isInternal));
			section = null;
			answerOpen = false;
			continue;
		}
		if (section) {
			const talk = talkOf(line, i, linksOn(i));
			if (talk) section.talks.push(talk);
			continue;
		}
		const item = orderedItemOf(line);
		if (item) {
			answerOpen = false;
			const end = itemEnd(lines, literal, i);
			body.resources.push(resourceItem(lines, i, end, item.number, item.text, linksOn(i)));
			i = end;
			continue;
		}
		if (answerOpen && !isBlank(line)) {
			if (body.answerLine === null) body.answerLine = i;
			answerLines.push(line.trim());
		} else if (answerOpen && isBlank(line) && answerLines.length > 0 && answerLines[answerLines.length - 1] !== "") {
			answerLines.push("");
		}
	}
	body.answer = answerLines.join("\n").trim() || null;
	body.warnings.push(...listWarnings(body.resources));
	return body;
}

/** Last line of the ordered item that starts at `start`: its indented, lazy and sub-bullet continuation lines. */
function itemEnd(lines: string[], literal: boolean[], start: number): number {
	let end = start;
	for (let i = start + 1; i < lines.length; i++) {
		const line = lines[i];
		if (isBlank(line)) continue;
		if (literal[i] && !isIndented(line)) return end;
		if (orderedItemOf(line) || headingOf(line, i) || RELATED_LINE.test(line) || VIDEO_SECTION.test(line.trim())) return end;
		const lazy = i === end + 1 && !bulletItemOf(line);
		if (!isIndented(line) && !lazy) return end;
		end = i;
	}
	return end;
}

function resourceItem(lines: string[], start: number, end: number, number: number, text: string, links: LinkRef[]): ResourceItem {
	const firstColumn = lines[start].indexOf(text);
	// The item's link is the one it starts with (emphasis allowed before it), else its first link.
	const leading = links.find((l) => lines[start].slice(firstColumn, l.start).replace(/[*_\s]/g, "") === "") ?? links[0] ?? null;
	const summaryParts: string[] = [];
	for (let i = start + 1; i <= end; i++) {
		if (isBlank(lines[i])) continue;
		const bullet = bulletItemOf(lines[i]);
		summaryParts.push(bullet ? bullet.text : lines[i].trim());
	}
	const summary = collapseWhitespace(summaryParts.join(" "));
	return { number, link: leading, text, summary: summary || null, line: start, endLine: end };
}

/** `Speaker: talk title`, `- [[Talk note]]`, `Speaker: [[Talk note]]`. */
function talkOf(line: string, lineNumber: number, links: LinkRef[]): Talk | null {
	if (isBlank(line)) return null;
	const text = (bulletItemOf(line)?.text ?? orderedItemOf(line)?.text ?? line).trim();
	const link = links.find((l) => !l.embed) ?? null;
	const colon = text.search(/:\s/);
	const beforeLink = link ? line.slice(0, link.start) : line;
	const speaker = colon > 0 && beforeLink.includes(":") ? plainText(text.slice(0, colon)) : null;
	const title = plainText(colon > 0 && speaker ? text.slice(colon + 1) : text);
	return { speaker: speaker || null, title: collapseWhitespace(title), link, line: lineNumber };
}

/** Real notes number their lists 1, 2, 4, 6 or 1, 1, 2: keep the order, say so. */
function listWarnings(resources: ResourceItem[]): NoteWarning[] {
	const warnings: NoteWarning[] = [];
	const gap = resources.findIndex((item, index) => item.number !== index + 1);
	if (gap >= 0) {
		const item = resources[gap];
		warnings.push(
			warning("numbering-gap", "warning", `Resource ${gap + 1} is numbered ${item.number}: the list is kept in its written order.`, item.line, {
				position: gap + 1,
				number: item.number,
			}),
		);
	}
	for (const { number, text, link, summary, line } of resources) {
		const say = (code: string, severity: Severity, problem: string) => warnings.push(warning(code, severity, `Resource ${number} ${problem}.`, line, { number }));
		if (!link) {
			if (text === "") say("resource-empty", "info", "is empty");
			else say("resource-without-link", "warning", "does not start with a link");
		} else if (!summary) {
			say("missing-summary", "warning", "has no summary under it");
		}
	}
	return warnings;
}
