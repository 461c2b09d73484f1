import { eleventyConfigFile, eleventyIgnoreFile, sitePackageFile, type StarterSettings } from "./config";
import { starterLabels, type StarterLanguage } from "./labels";
import { normalizePathPrefix } from "./path-prefix";
import { siteReadmeFile } from "./readme";
import { starterText } from "./text";

export type { StarterLanguage } from "./labels";
export { README_MARKER } from "./config";
export { normalizePathPrefix } from "./path-prefix";

/** One file of the starter site: a path relative to the site folder, with "/" separators. */
export interface StarterFile {
	path: string;
	content: string;
}

export { ELEVENTY_CONFIG_NAMES } from "./config-names";

/** Every file of the starter site, the configuration last (its presence means "a site is here"). */
export function starterSiteFiles(options: { siteTitle: string; pathPrefix: string; language?: StarterLanguage }): StarterFile[] {
	const language = options.language ?? "fr";
	const settings: StarterSettings = {
		siteTitle: options.siteTitle.trim() || "Museum",
		pathPrefix: normalizePathPrefix(options.pathPrefix),
		language,
		labels: starterLabels(language),
	};
	return [
		{ path: ".eleventyignore", content: eleventyIgnoreFile() },
		{ path: "package.json", content: sitePackageFile(settings) },
		{ path: "README.md", content: siteReadmeFile(settings) },
		{ path: "assets/site.css", content: starterText("site.css") },
		{ path: "assets/favicon.svg", content: starterText("favicon.svg") },
		{ path: "_includes/layouts/base.njk", content: starterText("base.njk") },
		{ path: "_includes/layouts/post.njk", content: starterText("post.njk") },
		{ path: "_includes/museum.njk", content: starterText("museum.njk") },
		{ path: "museum-home.njk", content: starterText("home.njk") },
		{ path: "museum-search.njk", content: starterText("search.njk") },
		{ path: "museum-404.njk", content: starterText("404.njk") },
		{ path: "museum-feed.njk", content: starterText("feed.njk") },
		{ path: "museum-sitemap.njk", content: starterText("sitemap.njk") },
		{ path: "eleventy.config.mjs", content: eleventyConfigFile(settings) },
	];
}
