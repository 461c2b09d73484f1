import { linkLabel } from "../links/link";
import { VaultIndex } from "../index/vault-index";
import { NoteRecord, ResourceItem } from "../note/record";
import { ResourceEntry, ResourceKind } from "./model";
import { noteName } from "../text";

/**
 * One item of a question's list as the sidebar shows it. Title: the resource
 * note's navigation title, else its first alias, else its file name; for a
 * link that goes nowhere, the link's text. Summary: the one the question
 * writes, else the first point under the resource note's "À retenir".
 */
export function resourceEntry(index: VaultIndex, question: NoteRecord, item: ResourceItem, position: number): ResourceEntry {
	const link = item.link;
	const base = { number: item.number, position, line: item.line + 1, subpath: link?.subpath ?? null };
	if (!link) {
		return { ...base, label: item.text, title: item.text, target: null, url: null, kind: "unresolved", summary: item.summary, summarySource: item.summary ? "question" : null, state: "unresolved", linkpath: null };
	}
	const label = linkLabel(link);
	if (link.syntax === "external") {
		return { ...base, label, title: label, target: null, url: link.linkpath, kind: "external", ...summaryOf(item, undefined), state: item.summary ? "resolved" : "missing-summary", linkpath: null };
	}
	const target = index.targetOf(link, question.path);
	const note = target === null ? undefined : index.get(target);
	const kind: ResourceKind = target === null ? "unresolved" : note?.kind === "video" ? "video" : "note";
	const title = note ? resourceTitle(note) : target ? fileTitle(target) : label;
	const state = target === null ? "unresolved" : item.summary ? "resolved" : "missing-summary";
	return { ...base, label, title, target, url: null, kind, ...summaryOf(item, note), state, linkpath: target === null && link.linkpath ? link.linkpath : null };
}

/** The title rule of the sidebar (the heading of a resource links to the original, so it is not used). */
export function resourceTitle(note: NoteRecord): string {
	return note.navigation?.title ?? note.aliases[0] ?? note.basename;
}

function fileTitle(path: string): string {
	return noteName(path);
}

function summaryOf(item: ResourceItem, note: NoteRecord | undefined): Pick<ResourceEntry, "summary" | "summarySource"> {
	if (item.summary) return { summary: item.summary, summarySource: "question" };
	const point = note?.keyPoints[0];
	return point ? { summary: point, summarySource: "resource" } : { summary: null, summarySource: null };
}
