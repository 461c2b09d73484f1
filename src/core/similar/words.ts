/**
 * Words as the similarity ranking compares them: case, accents and
 * punctuation ignored, French and English stop words dropped, and a light
 * suffix stemmer so that forms differing only by their ending match
 * ("musée"/"musées", "numérique"/"numériques"/"numériser" → "numer").
 */
import { withoutAccents } from "../text";

const STOP_WORDS = new Set("au aux avec ce ces cette comme comment dans de des du elle en est et il la le les leur mais ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui sa se ses son sur un une vos votre vous and are can do does for how in is of on or the to what which who why with".split(" "));

/** The longest ending that leaves a stem of 3 letters or more is removed. */
const ENDINGS = /^(.{3,}?)(?:issements?|isations?|ations?|iques?|iser|istes?|isme|ements?|ments?|ites?|ives?|euses?|eurs?|ions?|ing|es|er|ez|ed|s|x|e)$/;

/** The stems of a text's meaningful words, in order (repeats kept). */
export function terms(text: string): string[] {
	return withoutAccents(text)
		.toLowerCase()
		.replace(/œ/g, "oe")
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 1 && !STOP_WORDS.has(w))
		.map((w) => w.replace(ENDINGS, "$1"));
}
