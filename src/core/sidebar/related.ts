import { VaultIndex } from "../index/vault-index";
import { NoteRecord } from "../note/record";
import { RelatedEntry } from "./model";

/**
 * Questions to read next: first those the note lists under "Ressources
 * similaires", in their order; then questions citing some of the same
 * resources, most shared first.
 */
export function relatedQuestions(index: VaultIndex, question: NoteRecord): RelatedEntry[] {
	const related: RelatedEntry[] = [];
	const listed = new Set<string>([question.path]);
	const ownTargets = new Set(index.resourceTargets(question.path).map((edge) => edge.target));
	const shared = new Map<string, number>();
	for (const target of ownTargets) {
		for (const citation of index.citationsOf(target)) {
			// Two items of one question citing the same note count once.
			if (citation.question !== question.path && !shared.has(citation.question)) shared.set(citation.question, sharedCount(index, citation.question, ownTargets));
		}
	}
	for (const link of question.related) {
		const target = index.targetOf(link, question.path);
		const note = target === null ? undefined : index.get(target);
		if (!note || listed.has(note.path)) continue;
		listed.add(note.path);
		related.push({ target: note.path, question: note.question ?? note.title, reason: "similar", shared: shared.get(note.path) ?? 0 });
	}
	const others = [...shared]
		.filter(([path]) => !listed.has(path))
		.map(([path, count]) => {
			const note = index.get(path);
			return { target: path, question: note?.question ?? note?.title ?? path, reason: "shared" as const, shared: count };
		})
		.sort((a, b) => b.shared - a.shared || a.question.localeCompare(b.question));
	return [...related, ...others];
}

function sharedCount(index: VaultIndex, other: string, ownTargets: Set<string>): number {
	return new Set(index.resourceTargets(other).map((edge) => edge.target).filter((t) => ownTargets.has(t))).size;
}
