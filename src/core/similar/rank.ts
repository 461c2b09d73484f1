import { NoteRecord } from "../note/record";
import { terms } from "./words";

/** What a question offers to the ranking: its wording (question, aliases, navigation title) and its short answer. */
export interface SimilarSource {
	path: string;
	question: string;
	names: string[];
	answer: string | null;
}

export interface SimilarQuestion {
	path: string;
	question: string;
	score: number;
}

/** Ranks questions against typed text, best first, scores in (0, 1]. `typing`: an unfinished last word also matches the words it begins. */
export type SimilarRanking = (text: string, limit?: number, options?: { typing?: boolean; exclude?: string }) => SimilarQuestion[];

/** The short answer counts, less than the wording. */
const ANSWER_WEIGHT = 0.4;

/**
 * The questions of a vault, ready to be ranked: built once (when the dialog
 * opens), then each ranking is a few map look-ups per typed word. Scores are
 * the cosine of TF-IDF vectors, so words that nearly every question shares
 * ("musée", "numérique") weigh little.
 */
export function similarRanking(sources: SimilarSource[]): SimilarRanking {
	const idf = new Map<string, number>();
	const fields = sources.map(({ names, answer }) => {
		const weights = new Map<string, number>();
		for (const term of terms(answer ?? "")) weights.set(term, ANSWER_WEIGHT);
		for (const term of new Set(names.flatMap(terms))) weights.set(term, (weights.get(term) ?? 0) + 1);
		for (const term of weights.keys()) idf.set(term, (idf.get(term) ?? 0) + 1);
		return weights;
	});
	for (const [term, df] of idf) idf.set(term, Math.log(1 + sources.length / df));
	const postings = new Map<string, [number, number][]>();
	const norms = fields.map((weights, doc) => {
		let sum = 0;
		for (const [term, weight] of weights) {
			const w = weight * idf.get(term)!;
			sum += w * w;
			(postings.get(term) ?? postings.set(term, []).get(term)!).push([doc, w]);
		}
		return Math.sqrt(sum);
	});

	return (text, limit = 5, { typing, exclude } = {}) => {
		const query = new Map<string, number>();
		const words = terms(text);
		const last = typing && /[\p{L}\p{N}]$/u.test(text) ? words.pop() : undefined;
		for (const term of words) query.set(term, idf.get(term) ?? Math.log(1 + sources.length));
		if (last !== undefined) {
			// Each word the unfinished one may become gets a share of its weight.
			const completions = [...idf.keys()].filter((term) => term.startsWith(last));
			for (const term of completions) query.set(term, Math.max(query.get(term) ?? 0, idf.get(term)! / completions.length));
		}
		const queryNorm = Math.hypot(...query.values());
		const dots = new Map<number, number>();
		for (const [term, weight] of query) for (const [doc, w] of postings.get(term) ?? []) dots.set(doc, (dots.get(doc) ?? 0) + weight * w);
		return [...dots]
			.map(([doc, dot]) => ({ path: sources[doc].path, question: sources[doc].question, score: Math.round((dot / queryNorm / norms[doc]) * 1000) / 1000 }))
			.filter((q) => q.score > 0 && q.path !== exclude)
			.sort((a, b) => b.score - a.score || a.question.localeCompare(b.question))
			.slice(0, limit);
	};
}

/** A question record as the ranking reads it. */
export function similarSource(record: NoteRecord): SimilarSource {
	const question = record.question ?? record.title;
	return { path: record.path, question, names: [question, ...record.aliases, record.navigation?.title ?? ""], answer: record.answer };
}
