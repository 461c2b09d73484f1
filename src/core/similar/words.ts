/**
 * Words as the similarity ranking compares them: case, accents and
 * punctuation ignored, French and English stop words dropped, and a light
 * suffix stemmer so that forms differing only by their ending match
 * ("musée"/"musées", "numérique"/"numériques", "collection"/"collections").
 */

const STOP_WORDS = new Set(
	"au aux avec ce ces cet cette comme comment dans de des du elle en est et il ils la le les leur lui mais ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui quoi sa se ses si son sur un une vos votre vous an and are as at be by can do does for from how in is it of on or the this to what when where which who why with".split(" "),
);

/** Longest first: the first ending that leaves a stem of 3 letters or more is removed ("numérique", "numériser", "numérisation" → "numer"). */
const ENDINGS = ["issements", "issement", "isations", "isation", "ations", "ation", "iques", "ique", "iser", "istes", "iste", "isme", "ements", "ement", "ments", "ment", "ites", "ite", "ives", "ive", "euses", "euse", "eurs", "eur", "ions", "ion", "ing", "es", "er", "ez", "ed", "s", "x", "e"];

/** Lower case, accents removed, everything but letters and digits a separator. */
export function plainWords(text: string): string[] {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/œ/g, "oe")
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

export function stem(word: string): string {
	for (const ending of ENDINGS) if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
	return word;
}

/** The stems of a text's meaningful words, in order (repeats kept). */
export function terms(text: string): string[] {
	return plainWords(text)
		.filter((w) => w.length > 1 && !STOP_WORDS.has(w))
		.map(stem);
}
