import { isInternal, LinkRef, linkLabel } from "../links/link";
import { NoteKind, NoteRecord } from "../note/record";
import { encodeUrlPath } from "./url";
import { safeUrl } from "./url-guard";

export interface MuseumResource {
	number: number;
	title: string;
	url: string | null;
	summary: string | null;
	kind: NoteKind | "external";
}

export interface MuseumVideo {
	title: string;
	url: string | null;
	speakers: string[];
}

/** The `museum` frontmatter the site's templates read. */
export type MuseumData =
	| { kind: "question"; question: string | null; resources: MuseumResource[]; videos: MuseumVideo[] }
	| { kind: Exclude<NoteKind, "question">; sourceUrl: string | null; speakers: string[] };

export interface MuseumLookup {
	resolve(link: LinkRef, fromPath: string): string | null;
	/** Decoded URL of a published note, null when it is not published. */
	publishedUrl(path: string): string | null;
	record(path: string): NoteRecord | null;
	/** The `#fragment` (without `#`) a link's heading or block gives on the target's page, or null. */
	fragment?(link: LinkRef, targetPath: string): string | null;
}

/**
 * Structured data for the templates. Only what the question itself says, or
 * what a *published* note says, goes in: an unpublished resource contributes
 * its link label (already in the question's text) and nothing else.
 */
export function museumData(record: NoteRecord, lookup: MuseumLookup): MuseumData {
	if (record.kind !== "question") return { kind: record.kind, sourceUrl: record.sourceUrl && safeUrl(record.sourceUrl), speakers: record.speakers };
	const resources = record.resources.map((item) => {
		const link = item.link;
		// What the question does not say (a summary), a published target may.
		const resource = (title: string, url: string | null, kind: MuseumResource["kind"], published?: NoteRecord | null): MuseumResource => ({
			number: item.number,
			title,
			url,
			summary: item.summary ?? published?.summary ?? null,
			kind,
		});
		if (!link) return resource(item.text, null, "other");
		if (!isInternal(link)) return resource(linkLabel(link), safeUrl(link.linkpath), "external");
		const target = lookup.resolve(link, record.path);
		const url = target ? lookup.publishedUrl(target) : null;
		const published = url !== null && target ? lookup.record(target) : null;
		const pageUrl = url === null ? null : withFragment(encodeUrlPath(url), target ? lookup.fragment?.(link, target) : null);
		return resource(link.display ?? published?.title ?? linkLabel(link), pageUrl, published?.kind ?? "other", published);
	});
	const videos = record.videoSections.flatMap((section) =>
		section.talks.map((talk): MuseumVideo => {
			const target = talk.link && isInternal(talk.link) ? lookup.resolve(talk.link, record.path) : null;
			const url = target ? lookup.publishedUrl(target) : talk.link && !isInternal(talk.link) ? safeUrl(talk.link.linkpath) : null;
			const fragment = target && talk.link ? lookup.fragment?.(talk.link, target) : null;
			return { title: talk.title, url: url === null ? null : url.startsWith("/") ? withFragment(encodeUrlPath(url), fragment) : url, speakers: talk.speaker ? [talk.speaker] : [] };
		}),
	);
	return { kind: "question", question: record.question, resources, videos };
}

/** `[[Note#Heading]]` as a resource goes to the heading, as the link in the text does. */
function withFragment(url: string, fragment: string | null | undefined): string {
	return fragment ? `${url}#${fragment}` : url;
}
