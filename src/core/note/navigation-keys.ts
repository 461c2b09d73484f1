import { asText, Frontmatter, isPlainObject } from "./frontmatter";
import { nfc } from "../text";

/** A page of the navigation tree: the parent suggester offers these. */
export interface NavigationEntry {
	key: string;
	title: string | null;
	path: string;
}

/** The `eleventyNavigation` keys of the vault's notes, from each note's frontmatter. */
export function navigationEntries(notes: Iterable<{ path: string; frontmatter: Frontmatter | undefined | null }>): NavigationEntry[] {
	const entries: NavigationEntry[] = [];
	for (const { path, frontmatter } of notes) {
		const navigation = frontmatter?.eleventyNavigation;
		if (!isPlainObject(navigation)) continue;
		const key = asText(navigation.key);
		if (key) entries.push({ key: nfc(key), title: asText(navigation.title), path });
	}
	return entries;
}
