import { collapseWhitespace } from "../text";
import { LinksOn } from "./question-body";
import { bulletItemOf, Heading, headingOf, isBlank, orderedItemOf, plainText } from "./markdown-lines";

export interface ResourceBody {
	heading: Heading | null;
	summary: string | null;
	keyPoints: string[];
	sourceUrl: string | null;
	speakers: string[];
}

const KEY_POINTS_HEADING = /^[AÀ] retenir\b/i;

/**
 * Reads a resource or video note: the first heading (linking to the original),
 * the first paragraph (the summary a question repeats), the "À retenir" points,
 * and for talks the speaker lines under the title.
 */
export function readResourceBody(lines: string[], literal: boolean[], bodyStart: number, linksOn: LinksOn): ResourceBody {
	const body: ResourceBody = { heading: null, summary: null, keyPoints: [], sourceUrl: null, speakers: [] };
	let inKeyPoints = false;
	let paragraph: string[] | null = null;

	for (let i = bodyStart; i < lines.length; i++) {
		if (literal[i]) continue;
		const line = lines[i];
		const heading = headingOf(line, i);
		if (heading) {
			paragraph = finishParagraph(body, paragraph);
			if (!body.heading) {
				body.heading = { ...heading, text: plainText(heading.text) };
				body.sourceUrl = linksOn(i).find((l) => l.syntax === "external")?.linkpath ?? null;
				body.speakers = speakersAfter(lines, literal, i + 1);
			}
			inKeyPoints = KEY_POINTS_HEADING.test(plainText(heading.text));
			continue;
		}
		if (inKeyPoints) {
			const point = bulletItemOf(line) ?? orderedItemOf(line);
			if (point && point.text) body.keyPoints.push(plainText(point.text));
			continue;
		}
		if (body.summary !== null) continue;
		if (isBlank(line) || /^\s*(<|!\[)/.test(line)) {
			paragraph = finishParagraph(body, paragraph);
			continue;
		}
		if (body.heading && body.speakers.length > 0 && i <= body.heading.line + body.speakers.length) continue;
		if (bulletItemOf(line) || orderedItemOf(line)) {
			paragraph = finishParagraph(body, paragraph);
			continue;
		}
		(paragraph ??= []).push(line.trim());
	}
	finishParagraph(body, paragraph);
	return body;
}

/** Ends the paragraph being read, if any: the first one that is not the "Apparaît dans" line is the summary. */
function finishParagraph(body: ResourceBody, paragraph: string[] | null): null {
	const text = paragraph && collapseWhitespace(plainText(paragraph.join(" ")));
	if (text && body.summary === null && !/^Apparaît dans\s*:/i.test(text)) body.summary = text;
	return null;
}

/** `[Prénom Nom](profile), role, institution` lines right under a talk's title, up to the video. */
function speakersAfter(lines: string[], literal: boolean[], from: number): string[] {
	const speakers: string[] = [];
	for (let i = from; i < lines.length && !literal[i]; i++) {
		const line = lines[i].trim();
		if (!line) {
			if (speakers.length) break;
			continue;
		}
		if (line.startsWith("<") || line.startsWith("!") || headingOf(line, i)) break;
		const leadingLink = /^\[([^\]]+)\]\([^)]*\)\s*(,|$)/.exec(line);
		if (!leadingLink) break;
		speakers.push(leadingLink[1].trim());
	}
	return speakers;
}
