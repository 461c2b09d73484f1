import { LinkRef } from "../links/link";
import { NoteWarning } from "../warnings";
import { Frontmatter } from "./frontmatter";

export type NoteKind = "question" | "resource" | "video" | "other";

/** `eleventyNavigation`: the site's navigation tree. */
export interface Navigation {
	key: string | null;
	title: string | null;
	parent: string | null;
	order: number | null;
}

/** One entry of a question's numbered resource list. */
export interface ResourceItem {
	/** The number as written (real notes have gaps and repeats). */
	number: number;
	/** The item's link (the first link of the item), or null when none was written. */
	link: LinkRef | null;
	/** The item's first line after the number. */
	text: string;
	/** The summary written under the item (indented lines or `- ` sub-bullets), or null. */
	summary: string | null;
	/** 0-based first and last line of the item. */
	line: number;
	endLine: number;
}

/** A talk listed in a "Video J1" section: `Speaker: title` or a link to a video note. */
export interface Talk {
	speaker: string | null;
	title: string;
	link: LinkRef | null;
	line: number;
}

export interface VideoSection {
	heading: string;
	line: number;
	talks: Talk[];
}

/** Everything one note says about itself, parsed from its path and text alone. */
export interface NoteRecord {
	path: string;
	/** File name without `.md`. */
	basename: string;
	folder: string;
	kind: NoteKind;
	frontmatter: Frontmatter;
	hasFrontmatter: boolean;
	/** 0-based line where the body starts. */
	bodyStartLine: number;
	tags: string[];
	aliases: string[];
	navigation: Navigation | null;
	/** The first `#` heading, emphasis removed. */
	heading: string | null;
	/** What the note is called on screen: navigation title, else alias, else heading, else file name. */
	title: string;
	/** For questions: the exact question (navigation title, alias ending in "?", heading, file name). */
	question: string | null;
	/** For questions: the short answer under the question. */
	answer: string | null;
	resources: ResourceItem[];
	/** Links of the "Ressource(s) similaire(s):" line. */
	related: LinkRef[];
	videoSections: VideoSection[];
	/** Every link and embed of the body, in order. */
	links: LinkRef[];
	/** Video URLs embedded or linked (YouTube, Vimeo, ...). */
	videoUrls: string[];
	/** For resources: the first paragraph; the summary a question repeats. */
	summary: string | null;
	/** For resources: the items under "À retenir". */
	keyPoints: string[];
	/** For resources: the URL of the heading link to the original. */
	sourceUrl: string | null;
	/** For video notes: the speakers named under the title. */
	speakers: string[];
	/** `publish: false` (or "false"/"no") keeps a note off the site. */
	publish: boolean | null;
	warnings: NoteWarning[];
}
