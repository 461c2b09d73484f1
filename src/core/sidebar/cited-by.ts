import { VaultIndex } from "../index/vault-index";
import { CitedByEntry } from "./model";

/** Every question listing `path` as a resource, with the item's number, position and the summary it gives. */
export function citedBy(index: VaultIndex, path: string): CitedByEntry[] {
	return index.citationsOf(path).map((citation) => {
		const question = index.get(citation.question);
		return {
			target: citation.question,
			question: question?.question ?? question?.title ?? citation.question,
			number: citation.number,
			position: citation.position,
			section: citation.section,
			summary: citation.summary,
			line: citation.line + 1,
		};
	});
}
