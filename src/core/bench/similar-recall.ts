import { VaultIndex } from "../index";
import { similarRanking, similarSource } from "../similar/rank";

export interface RelatedRecall {
	/** Questions that link at least one other question under "Ressources similaires". */
	questions: number;
	/** Links from such a question to another question. */
	links: number;
	/** Of those, how many the ranking puts in the top `limit` when the question's own text is typed. */
	found: number;
	recall: number;
}

/**
 * How well the ranking finds what editors linked: for each question, type
 * its text, and count its "Ressources similaires" that come in the top 5
 * (the question itself left out).
 */
export function relatedRecall(index: VaultIndex, limit = 5, include: (path: string) => boolean = () => true): RelatedRecall {
	const questions = index.questions().filter((q) => include(q.path));
	const ranking = similarRanking(questions.map(similarSource));
	let linking = 0;
	let links = 0;
	let found = 0;
	for (const question of questions) {
		const linked = new Set(question.related.map((link) => index.targetOf(link, question.path)).filter((t): t is string => t !== null && t !== question.path && index.get(t)?.kind === "question"));
		if (!linked.size) continue;
		linking++;
		links += linked.size;
		const top = ranking(question.question ?? question.title, limit, { exclude: question.path }).map((q) => q.path);
		found += top.filter((path) => linked.has(path)).length;
	}
	return { questions: linking, links, found, recall: links ? Math.round((found / links) * 1000) / 1000 : 0 };
}
