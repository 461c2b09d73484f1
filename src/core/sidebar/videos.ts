import { isInternal } from "../links/link";
import { VaultIndex } from "../index/vault-index";
import { NoteRecord } from "../note/record";
import { resourceTitle } from "./resource-entry";
import { VideoEntry } from "./model";

/**
 * The recorded talks a question mentions, in the order of the note: video
 * notes it links anywhere (list items, prose, "Video J1" sections), and the
 * talks of those sections written as plain `Speaker: title` lines. A video
 * note linked twice is listed once, where it comes first.
 */
export function questionVideos(index: VaultIndex, question: NoteRecord): VideoEntry[] {
	const found: VideoEntry[] = [];
	const seen = new Set<string>();
	const talkSection = new Map<number, { section: string; speaker: string | null }>();
	for (const section of question.videoSections) {
		for (const talk of section.talks) {
			talkSection.set(talk.line, { section: section.heading, speaker: talk.speaker });
			if (!talk.link) found.push({ target: null, title: talk.title, speakers: talk.speaker ? [talk.speaker] : [], line: talk.line + 1, section: section.heading });
		}
	}
	for (const link of question.links) {
		if (!isInternal(link)) continue;
		const target = index.targetOf(link, question.path);
		if (target === null || seen.has(target) || target === question.path) continue;
		const note = index.get(target);
		const talk = talkSection.get(link.line);
		// A link in a "Video ..." section is a talk even when its note is not (yet) tagged as a video.
		if (!note || (note.kind !== "video" && !(talk && note.kind !== "question"))) continue;
		seen.add(target);
		const speakers = note.speakers.length ? note.speakers : talk?.speaker ? [talk.speaker] : [];
		found.push({ target, title: resourceTitle(note), speakers, line: link.line + 1, section: talk?.section ?? null });
	}
	return found.sort((a, b) => a.line - b.line);
}
