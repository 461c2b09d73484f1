import { ATTACHMENT_EXTENSIONS } from "../../core/publish/attachment-extensions";
import { withoutAccents } from "../../core/accents";
import type { StarterLabels, StarterLanguage } from "./labels";
import { starterText } from "./text";

/** What the starter site's files are made from. */
export interface StarterSettings {
	siteTitle: string;
	/** Normalised: starts and ends with "/" ("/" when the site is at the root of its domain). */
	pathPrefix: string;
	language: StarterLanguage;
	labels: StarterLabels;
}

/** The first line of the site's own README: the config leaves a README.md that starts with it out of the site. */
export const README_MARKER = "<!-- museum-starter-site: this file is not published -->";

/** `eleventy.config.mjs`: Eleventy 3, ESM; `files/eleventy.config.mjs` with the site's settings in it. */
export function eleventyConfigFile(settings: StarterSettings): string {
	const site = { title: settings.siteTitle, language: settings.language, pathPrefix: settings.pathPrefix, url: "", labels: settings.labels };
	return starterText("eleventy.config.mjs", {
		SITE: JSON.stringify(site, null, "\t"),
		ATTACHMENTS: JSON.stringify(ATTACHMENT_EXTENSIONS.join(",")),
		README_MARKER: JSON.stringify(README_MARKER),
	});
}

/** `.eleventyignore`: the site's own files, never notes. */
export function eleventyIgnoreFile(): string {
	return ["node_modules", "_site", ".museum-publish.json", ""].join("\n");
}

/** The site's `package.json`. */
export function sitePackageFile(settings: StarterSettings): string {
	const name = withoutAccents(settings.siteTitle)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "") || "museum-site";
	const pkg = {
		name: name.slice(0, 60),
		private: true,
		description: `${settings.siteTitle}: site built with Eleventy`,
		// The search index is made from the built pages: Pagefind runs after Eleventy.
		scripts: { build: "eleventy && pagefind --site _site", serve: "eleventy --serve" },
		devDependencies: {
			"@11ty/eleventy": "^3.1.8",
			"@11ty/eleventy-navigation": "^1.0.5",
			"@11ty/eleventy-plugin-rss": "3.0.0",
			"markdown-it-anchor": "^9.2.1",
			"pagefind": "1.6.0",
			"parse5": "^7.3.0",
			"sanitize-html": "^2.18.1",
		},
	};
	return JSON.stringify(pkg, null, 2) + "\n";
}
