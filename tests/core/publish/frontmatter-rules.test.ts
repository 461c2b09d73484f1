/**
 * Notes are content, never code: what a note's properties become on the site, its attachments, its links in
 * raw HTML and reference definitions, and the page left at a renamed note's old address.
 */
import { redirectPage } from "../../../src/core/publish/redirect";
import { allWrittenText, body, frontmatterOf, plan } from "./helpers";

describe("properties: an allow-list, each value checked", () => {
	const cases: [string, string, Record<string, unknown>][] = [
		["every note says templateEngineOverride: md", "title: MuseumXTD", { title: "MuseumXTD", templateEngineOverride: "md" }],
		["a note's own templateEngineOverride is replaced", "templateEngineOverride: njk", { templateEngineOverride: "md" }],
		["a starter layout is kept", "layout: layouts/post.njk", { layout: "layouts/post.njk" }],
		["a layout named without its extension is kept", "layout: layouts/post", { layout: "layouts/post" }],
		["a layout the site lacks goes (the default applies)", "layout: layouts/info.njk", { layout: undefined }],
		["a layout outside the site goes", "layout: ../../x.njk", { layout: undefined }],
		["layout: false is kept", "layout: false", { layout: false }],
		["a date is kept", "date: 2024-03-01", { date: "2024-03-01" }],
		["a date and time is kept", 'date: "2024-03-01T10:30:00Z"', { date: "2024-03-01T10:30:00Z" }],
		["a template as a date goes", 'date: "{{ 7*7 }}"', { date: undefined }],
		["an impossible date goes", "date: 2024-02-30", { date: undefined }],
		["words as a date go", "date: bientôt", { date: undefined }],
		["a permalink inside the site is kept", "permalink: /a/b/", { permalink: "/a/b/" }],
		["permalink: false is kept", "permalink: false", { permalink: false }],
		["a permalink out of the site goes", "permalink: ../../x/", { permalink: undefined }],
		["a permalink with a template goes", 'permalink: "{{ page.fileSlug }}/"', { permalink: undefined }],
		["navigation: text and numbers; no url (it would go into an href)", 'eleventyNavigation:\n  key: k\n  parent: 3\n  order: 2\n  url: "javascript:alert(1)"\n  extra: x', { eleventyNavigation: { key: "k", parent: "3", order: 2 } }],
		["navigation without a key goes", "eleventyNavigation:\n  title: T", { eleventyNavigation: undefined }],
		["code and configuration for Eleventy go", 'eleventyComputed:\n  title: "{{ 7*7 }}"\npagination:\n  data: collections.all\neleventyExcludeFromCollections: true', { eleventyComputed: undefined, pagination: undefined, eleventyExcludeFromCollections: undefined }],
		["aliases and tags are kept", "aliases: [A, B]\ntags: question forum", { aliases: ["A", "B"], tags: ["question", "forum"] }],
	];
	test.each(cases)("%s", (_name, properties, expected) => {
		const fm = frontmatterOf(plan({ "A.md": `---\n${properties}\n---\nTexte.\n` }), "A.md");
		for (const [key, value] of Object.entries(expected)) expect(fm[key]).toEqual(value);
	});

	test("what was left out is one warning per note, naming the properties", () => {
		const p = plan({ "A.md": "---\nlayout: layouts/info.njk\ncreated: 2024-01-01\neleventyComputed:\n  x: 1\n---\nx\n" });
		expect(p.warnings.filter((w) => w.code === "properties-dropped")).toEqual([expect.objectContaining({ path: "A.md", params: { keys: "layout, created, eleventyComputed" } })]);
	});

	test("the site's own layouts, when it has them", () => {
		const fm = frontmatterOf(plan({ "A.md": "---\nlayout: layouts/info.njk\n---\nx\n" }, { siteLayouts: ["layouts/info.njk"] }), "A.md");
		expect(fm.layout).toBe("layouts/info.njk");
	});

	test("{{ }} and {% %} in the text stay as written", () => {
		expect(body(plan({ "A.md": "{{ 7*7 }} {% raw %}\n" }), "A.md")).toBe("{{ 7*7 }} {% raw %}\n");
	});
});

describe("attachments: media and documents only", () => {
	const cases: [string, string, boolean][] = [
		["an image", "img.png", true],
		["a PDF", "Docs/rapport.pdf", true],
		["an Eleventy JavaScript template", "x.11ty.js", false],
		["Eleventy's configuration", "eleventy.config.js", false],
		["npm's package.json", "package.json", false],
		["a data file", "_data/site.json", false],
		["a Nunjucks template", "page.njk", false],
		["an HTML page", "page.html", false],
		["an image in the site's includes", "_includes/logo.png", false],
	];
	test.each(cases)("%s (%s): copied %s", (_name, file, copied) => {
		const p = plan({ "A.md": `[[${file}]]\n`, [file]: "x" });
		expect(p.writes.some((w) => w.path === file)).toBe(copied);
		if (!copied) expect(p.warnings).toContainEqual(expect.objectContaining({ code: "attachment-not-published", params: { target: file } }));
	});
});

describe("links in raw HTML and reference definitions follow the link rules", () => {
	const vault = { "A.md": "", "B.md": "# B\n## Partie\n", "Brouillon/Secret.md": "secret\n", "img.png": "x" };
	const cases: [string, string, string][] = [
		["HTML link to a published note", '<a href="B.md">b</a>', '<a href="/B/">b</a>'],
		["HTML link with a heading", '<a href="B.md#Partie">b</a>', '<a href="/B/#partie">b</a>'],
		["HTML link to an unpublished note loses its href", '<a href="Brouillon/Secret.md">s</a>', "<a>s</a>"],
		["HTML link to a site address is kept", '<a href="/toutes-les-questions/">q</a>', '<a href="/toutes-les-questions/">q</a>'],
		["HTML image of the vault", '<img src="img.png">', '<img src="/img.png">'],
		["reference definition to a published note", "[b][r]\n\n[r]: B.md", "[b][r]\n\n[r]: /B/"],
		["reference definition to an unpublished note goes", "[s][r]\n\n[r]: Brouillon/Secret.md", "[s][r]\n\n"],
		["reference definition with javascript: goes", "[s][r]\n\n[r]: javascript:alert(1)", "[s][r]\n\n"],
		["reference definition to the web is kept", '[w][r]\n\n[r]: https://e.org "Titre"', '[w][r]\n\n[r]: https://e.org "Titre"'],
	];
	test.each(cases)("%s", (_name, text, expected) => {
		const p = plan({ ...vault, "A.md": `${text}\n` });
		expect(body(p, "A.md")).toBe(`${expected}\n`);
		expect(allWrittenText(p)).not.toContain("Secret");
	});
});

describe("the page left at an old address speaks the site's language", () => {
	test.each([
		["fr", '<html lang="fr">', "Cette page a déménagé :"],
		["en", '<html lang="en">', "This page has moved:"],
	] as const)("%s", (language, lang, sentence) => {
		const page = redirectPage("/Old/", "/New/", "/", language);
		expect(page).toContain(lang);
		expect(page).toContain(sentence);
	});
});
