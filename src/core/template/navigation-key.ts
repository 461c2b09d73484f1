import { nfc, withoutAccents } from "../text";

const MAX_KEY_LENGTH = 60;

/**
 * The `eleventyNavigation.key` of a question: a lowercase ASCII slug
 * ("Qu'est-ce qu'un jumeau numérique ?" → "qu-est-ce-qu-un-jumeau-numerique"),
 * made unique among `existingKeys` with `-2`, `-3`, ...
 */
export function navigationKeyFor(question: string, existingKeys: Iterable<string>): string {
	const base = asciiSlug(question) || "question";
	const taken = new Set([...existingKeys].map((k) => k.toLowerCase()));
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}

export function asciiSlug(text: string): string {
	const slug = withoutAccents(nfc(text))
		.replace(/œ/g, "oe")
		.replace(/Œ/g, "oe")
		.replace(/æ/gi, "ae")
		.replace(/ß/g, "ss")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	if (slug.length <= MAX_KEY_LENGTH) return slug;
	const cut = slug.slice(0, MAX_KEY_LENGTH + 1);
	const dash = cut.lastIndexOf("-");
	return (dash > MAX_KEY_LENGTH / 2 ? cut.slice(0, dash) : slug.slice(0, MAX_KEY_LENGTH)).replace(/-+$/, "");
}
