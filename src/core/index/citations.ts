/** A question citing a note: what the reverse map resource → questions holds. */
export interface Citation {
	/** Path of the citing question note. */
	question: string;
	/** The item's number as written in the question; null for a talk of a "Video ..." section. */
	number: number | null;
	/** 1-based position of the item in the list (numbers have gaps and repeats; positions do not); null for a talk. */
	position: number | null;
	/** For a talk: the "Video ..." section that lists it. */
	section: string | null;
	/** The summary the question writes under the item, or null. */
	summary: string | null;
	/** 0-based line of the item in the question note. */
	line: number;
}

/** A resolved resource item of one question, as the index keeps it. */
export interface CitationEdge extends Citation {
	/** Vault path the item's link resolves to. */
	target: string;
}
