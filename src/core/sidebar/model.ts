import { NoteKind } from "../note/record";
import { Severity } from "../warnings";

/**
 * What the resource sidebar shows for one note: plain, JSON-serialisable data
 * computed from the index. The panel, the editor marks and `inspect` only
 * render it. Lines are 1-based here (for people); records hold 0-based lines.
 */
export interface SidebarModel {
	/** Vault path of the note, or null when no note is open. */
	note: string | null;
	/** The note's kind; "none" when no note is open. */
	kind: NoteKind | "none";
	/** What the note is called on screen. */
	title: string | null;
	/** For questions: the exact question. */
	question: string | null;
	navigation: NavigationEntry | null;
	resources: ResourceEntry[];
	videos: VideoEntry[];
	related: RelatedEntry[];
	/** Questions that list this note as a resource. */
	citedBy: CitedByEntry[];
	warnings: ModelWarning[];
	/** For notes that are neither questions, resources nor video notes (or none): every question. */
	overview: OverviewModel | null;
}

export interface NavigationEntry {
	key: string | null;
	title: string | null;
	parent: string | null;
	/** Ancestors from the root to the parent. */
	breadcrumb: Crumb[];
}

export interface Crumb {
	key: string;
	title: string;
	/** The note declaring the key, or null when no note does. */
	target: string | null;
}

/** "note": a resource note; "video": a video note; "external": a website; "unresolved": no such note (or no link at all). */
export type ResourceKind = "note" | "video" | "external" | "unresolved";
export type ResourceState = "resolved" | "unresolved" | "missing-summary";

export interface ResourceEntry {
	/** The item's number as written. */
	number: number;
	/** 1-based position in the list. */
	position: number;
	/** The link's text as the reader sees it. */
	label: string;
	/** The resource note's navigation title, alias or file name; else the label. */
	title: string;
	/** Vault path the link resolves to; null when unresolved or external. */
	target: string | null;
	/** The URL of an external link. */
	url: string | null;
	kind: ResourceKind;
	/** The question's summary of the item, else the first "À retenir" point of the resource note. */
	summary: string | null;
	summarySource: "question" | "resource" | null;
	/** 1-based line of the item. */
	line: number;
	state: ResourceState;
	/** The note name a "Create" would make (unresolved internal links only), else null. */
	linkpath: string | null;
	/** `#Heading` part of the link, without `#`. */
	subpath: string | null;
}

export interface VideoEntry {
	/** The video note, or null for a talk written as plain text (`Speaker: title`). */
	target: string | null;
	title: string;
	speakers: string[];
	/** 1-based line where the question mentions it. */
	line: number;
	/** The "Video ..." section it is listed under, or null. */
	section: string | null;
}

export interface RelatedEntry {
	target: string;
	question: string;
	/** "similar": listed under "Ressources similaires"; "shared": cites some of the same resources. */
	reason: "similar" | "shared";
	/** Number of resources both questions cite. */
	shared: number;
}

export interface CitedByEntry {
	/** The citing question. */
	target: string;
	question: string;
	/** The item's number there, as written; null for a talk listed under a "Video ..." section. */
	number: number | null;
	position: number | null;
	/** For a talk: the section listing it ("Video J1"). */
	section: string | null;
	/** The summary the question gives the item (for a talk: its speaker). */
	summary: string | null;
	/** 1-based line of the item in the question. */
	line: number;
}

export interface ModelWarning {
	code: string;
	severity: Severity;
	message: string;
	/** 1-based line, or null for the note as a whole. */
	line: number | null;
	params?: Record<string, string | number>;
}

export interface OverviewModel {
	filter: string;
	/** Questions shown (after the filter). */
	total: number;
	groups: OverviewGroup[];
}

export interface OverviewGroup {
	/** The navigation parent key, or null for questions outside the navigation. */
	parent: string | null;
	title: string | null;
	target: string | null;
	questions: OverviewQuestion[];
}

export interface OverviewQuestion {
	target: string;
	question: string;
	resources: number;
	videos: number;
	/** Errors and warnings (not infos). */
	problems: number;
	/** The worst of them, or null. */
	severity: Severity | null;
}
