import { nfc } from "../text";

/**
 * Tags as written in real notes: `question`, `ressource forum francais` (one
 * string, space separated), `[question]`, a list, `#tag`, trailing spaces.
 * Returns them trimmed, without `#`, in NFC, in order, without duplicates.
 */
export function normaliseTags(value: unknown): string[] {
	const tags: string[] = [];
	for (const part of texts([value].flat()).join(" ").split(/[\s,]+/)) {
		const tag = nfc(part.replace(/^#+/, "").trim());
		if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
	}
	return tags;
}

export function hasTag(tags: string[], ...wanted: string[]): boolean {
	const lower = wanted.map((w) => w.toLowerCase());
	return tags.some((tag) => lower.includes(tag.toLowerCase()));
}

/** Aliases from `alias` and `aliases`, string or list, trimmed, NFC. */
export function normaliseAliases(frontmatter: Record<string, unknown>): string[] {
	const aliases: string[] = [];
	for (const entry of texts([frontmatter.aliases, frontmatter.alias].flat())) {
		const alias = nfc(entry.trim());
		if (alias && !aliases.includes(alias)) aliases.push(alias);
	}
	return aliases;
}

/** The entries of a property list that are text (numbers written as they read); anything else is not a tag or an alias. */
function texts(entries: unknown[]): string[] {
	return entries.filter((entry) => typeof entry === "string" || typeof entry === "number").map(String);
}
