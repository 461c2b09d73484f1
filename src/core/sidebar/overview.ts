import { VaultIndex } from "../index/vault-index";
import { NoteRecord } from "../note/record";
import { Severity } from "../warnings";
import { OverviewGroup, OverviewModel, OverviewQuestion } from "./model";
import { noteWarnings } from "./note-warnings";
import { questionVideos } from "./videos";
import { withoutAccents } from "../text";

/**
 * Every question, grouped by navigation parent, with resource and video
 * counts and a problem badge. `filter` keeps questions whose text, path or
 * group title contains it, ignoring case and accents ("numerique" finds "numérique").
 */
export function overviewModel(index: VaultIndex, filter = "", isTemplate: (path: string) => boolean = () => false): OverviewModel {
	const wanted = foldForSearch(filter.trim());
	const groups = new Map<string, OverviewGroup>();
	const orders = new Map<string, number>();
	let total = 0;
	for (const question of index.questions()) {
		if (isTemplate(question.path)) continue;
		const parent = question.navigation?.parent ?? null;
		const owner = parent ? index.byNavigationKey(parent)[0] : undefined;
		const groupTitle = parent ? (owner?.navigation?.title ?? owner?.title ?? parent) : null;
		const text = question.question ?? question.title;
		if (wanted && !foldForSearch(`${text}\n${question.path}\n${groupTitle ?? ""}`).includes(wanted)) continue;
		let group = groups.get(parent ?? "");
		if (!group) groups.set(parent ?? "", (group = { parent, title: groupTitle, target: owner?.path ?? null, questions: [] }));
		group.questions.push(overviewQuestion(index, question));
		orders.set(question.path, question.navigation?.order ?? Infinity);
		total++;
	}
	const sorted = [...groups.values()].sort((a, b) => (a.parent === null ? 1 : 0) - (b.parent === null ? 1 : 0) || (a.title ?? "").localeCompare(b.title ?? ""));
	for (const group of sorted) group.questions.sort((a, b) => (orders.get(a.target) ?? Infinity) - (orders.get(b.target) ?? Infinity) || a.question.localeCompare(b.question));
	return { filter, total, groups: sorted };
}

function overviewQuestion(index: VaultIndex, question: NoteRecord): OverviewQuestion {
	const problems = noteWarnings(index, question).filter((w) => w.severity !== "info");
	const severity: Severity | null = problems.some((w) => w.severity === "error") ? "error" : problems.length ? "warning" : null;
	return {
		target: question.path,
		question: question.question ?? question.title,
		resources: question.resources.length,
		videos: questionVideos(index, question).length,
		problems: problems.length,
		severity,
	};
}

/** Lower case, accents removed: what a search box compares. */
export function foldForSearch(text: string): string {
	return withoutAccents(text).toLowerCase();
}
