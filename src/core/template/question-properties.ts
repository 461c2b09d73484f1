import { isPlainObject } from "../note/frontmatter";
import { MuseumSettings } from "../settings";
import { navigationKeyFor } from "./navigation-key";

/**
 * Fills the question properties a note lacks (the seed draft's `tags:
 * #question` case) in the frontmatter object Obsidian hands to
 * `processFrontMatter`. Keys that have a value are never changed; returns
 * the names of the keys it filled.
 */
export function fillQuestionProperties(frontmatter: Record<string, unknown>, question: string, navigationKeys: Iterable<string>, settings: MuseumSettings): string[] {
	const filled: string[] = [];
	const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
	const fill = (key: string, value: unknown) => {
		if (!isEmpty(frontmatter[key])) return;
		frontmatter[key] = value;
		filled.push(key);
	};
	fill("title", settings.siteTitle);
	fill("layout", settings.layout);
	fill("tags", "question");
	if (isEmpty(frontmatter.alias) && isEmpty(frontmatter.aliases)) fill("alias", [question]);
	const navigation = frontmatter.eleventyNavigation;
	if (isEmpty(navigation)) {
		fill("eleventyNavigation", { key: navigationKeyFor(question, navigationKeys), title: question });
	} else if (isPlainObject(navigation)) {
		const added: string[] = [];
		if (isEmpty(navigation.key)) {
			navigation.key = navigationKeyFor(question, navigationKeys);
			added.push("key");
		}
		if (isEmpty(navigation.title)) {
			navigation.title = question;
			added.push("title");
		}
		if (added.length) filled.push(...added.map((k) => `eleventyNavigation.${k}`));
	}
	return filled;
}
