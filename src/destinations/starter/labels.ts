import { starterText } from "./text";

/** The words the starter site shows to visitors, in the site's language: files/labels.json. */
export type StarterLanguage = "fr" | "en";

/** Label name → words, e.g. `allQuestions` → "Toutes les questions" (counts: [singular, plural]; kinds: kind → word). */
export type StarterLabels = Record<string, unknown>;

export function starterLabels(language: StarterLanguage): StarterLabels {
	return (JSON.parse(starterText("labels.json")) as Record<StarterLanguage, StarterLabels>)[language === "en" ? "en" : "fr"];
}
