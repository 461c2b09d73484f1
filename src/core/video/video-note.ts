import { VaultIndex } from "../index";
import { VIDEO_SECTION } from "../note/question-body";
import { MuseumSettings } from "../settings";
import { fileNameForQuestion } from "../template/file-name";
import { joinPath } from "../template/question-note";
import { nameKey, noteName } from "../text";
import { YamlCodec } from "../yaml";
import { escapeHtml } from "../publish/escape-html";
import { VideoLink } from "./video-link";

export interface NewVideoNote {
	video: VideoLink;
	/** As typed; else the host's title; else made from the address. */
	title: string;
	/** Speaker lines as the vault writes them (`[Name](profile), role`), or plain names. */
	speakers: string[];
}

export type VideoNotePlan = { status: "create"; path: string; name: string; content: string } | { status: "exists"; path: string } | { status: "invalid" };

/** A title from the address alone, when the host said nothing. */
export function fallbackTitle(video: VideoLink): string {
	return `Vidéo ${video.host} ${video.id}`;
}

/**
 * The video note in the museum format: `##` title, speaker lines, the
 * embedded player, tags `ressource forum`; in the resources folder, never
 * over a note of the same name anywhere in the vault. Nothing the site would
 * drop with a warning: no `event` property (the day chooses the question's
 * "Video J1" section, `withTalk`), no `frameborder` on the player.
 */
export function planVideoNote(note: NewVideoNote, settings: MuseumSettings, notePaths: string[], yaml: YamlCodec): VideoNotePlan {
	const title = note.title.trim() || fallbackTitle(note.video);
	const name = fileNameForQuestion(title);
	if (!name) return { status: "invalid" };
	const existing = notePaths.find((p) => nameKey(noteName(p)) === nameKey(name));
	if (existing) return { status: "exists", path: existing };
	const lines = [
		"---",
		yaml.stringify({ title: settings.siteTitle, layout: settings.layout, tags: "ressource forum" }).trimEnd(),
		"---",
		`## ${title}`,
		...note.speakers.map((s) => s.trim()).filter(Boolean),
		"",
		`<iframe width="560" height="315" src="${note.video.embed}" title="${escapeHtml(title)}" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe>`,
		"",
	];
	return { status: "create", path: joinPath(settings.resourcesFolder, `${name}.md`), name, content: lines.join("\n") };
}

/**
 * A question's text with the talk listed in its video section (the one named
 * for the event, else the first), after the talks already there; a section
 * "## Vidéos" is added at the end when there is none. Null when the question
 * links the note already. Line endings are the note's own. `speakers` are
 * speaker lines or names: the talk line names each (`speakerName`).
 */
export function withTalk(text: string, name: string, speakers: string[], event: string): string | null {
	if (text.includes(`[[${name}]]`) || text.includes(`[[${name}|`)) return null;
	const cr = text.includes("\r\n") ? "\r" : "";
	const lines = text.split("\n");
	const talk = `${speakers.length ? speakers.map(speakerName).join(", ") + ":" : "-"} [[${name}]]${cr}`;
	const sections = [...lines.keys()].filter((i) => VIDEO_SECTION.test(lines[i].trim()));
	const start = sections.find((i) => event && lines[i].toLowerCase().includes(event.trim().toLowerCase())) ?? sections[0];
	if (start === undefined) return `${text.replace(/\s*$/, "")}${cr}\n${cr}\n## Vidéos${event ? " " + event.trim() : ""}${cr}\n${cr}\n${talk}\n`;
	let last = start;
	for (let i = start + 1; i < lines.length && !/^#{1,6}\s|^\s*(?:\*\*)?Ressources? similaires?/i.test(lines[i]); i++) if (lines[i].trim()) last = i;
	lines.splice(last + 1, 0, ...(last === start ? [cr, talk] : [talk]));
	return lines.join("\n");
}

/** `[Claire Martin](profile), role` → `Claire Martin`; a plain `Name, role` → `Name`. */
export function speakerName(line: string): string {
	return (/^\s*\[([^\]]+)\]/.exec(line)?.[1] ?? line.split(",")[0]).trim();
}

/**
 * The speakers already in the vault, for suggestions: each video note's
 * speaker lines as written (with profile link and role), then the speakers
 * of the questions' talk lines. Name → line.
 */
export function vaultSpeakers(index: VaultIndex, textOf: (path: string) => string): Map<string, string> {
	const speakers = new Map<string, string>();
	// The first line found for a name stays.
	const add = (name: string, line: string) => speakers.has(name) || speakers.set(name, line);
	for (const video of index.videos()) {
		if (!video.speakers.length) continue;
		const lines = textOf(video.path).split(/\r?\n/);
		for (const name of video.speakers) add(name, lines.find((l) => l.trim().startsWith(`[${name}](`))?.trim() ?? name);
	}
	for (const question of index.questions()) for (const section of question.videoSections) for (const talk of section.talks) for (const name of talk.speaker?.split(/,\s*/) ?? []) add(name, name);
	return speakers;
}
