/**
 * The id the site gives a heading: `markdown-it-anchor`'s default slugify,
 * copied exactly so that `[[Note#Heading]]` links land on the anchor the
 * starter site renders. Do not "improve" it: both sides must agree.
 */
export function headingSlug(text: string): string {
	return encodeURIComponent(String(text).trim().toLowerCase().replace(/\s+/g, "-"));
}

/**
 * markdown-it-anchor's `uniqueSlug`: the second heading with the same slug gets
 * `-1`, the third `-2`, ... Returns the ids of a page's headings, in order.
 */
export function uniqueHeadingSlugs(headingTexts: string[]): string[] {
	const taken = new Set<string>();
	return headingTexts.map((text) => {
		const slug = headingSlug(text);
		let unique = slug;
		for (let i = 1; taken.has(unique); i++) unique = `${slug}-${i}`;
		taken.add(unique);
		return unique;
	});
}
