import { nfc } from "../text";

/**
 * Tags as written in real notes: `question`, `ressource forum francais` (one
 * string, space separated), `[question]`, a list, `#tag`, trailing spaces.
 * Returns them trimmed, without `#`, in NFC, in order, without duplicates.
 */
export function normaliseTags(value: unknown): string[] {
	const raw: unknown[] = Array.isArray(value) ? value : [value];
	const tags: string[] = [];
	for (const entry of raw) {
		if (typeof entry !== "string" && typeof entry !== "number") continue;
		for (const part of String(entry).split(/[\s,]+/)) {
			const tag = nfc(part.replace(/^#+/, "").trim());
			if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
		}
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
	for (const key of ["aliases", "alias"]) {
		const value = frontmatter[key];
		const list: unknown[] = Array.isArray(value) ? value : [value];
		for (const entry of list) {
			if (typeof entry !== "string" && typeof entry !== "number") continue;
			const alias = nfc(String(entry).trim());
			if (alias && !aliases.includes(alias)) aliases.push(alias);
		}
	}
	return aliases;
}
