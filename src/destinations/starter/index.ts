import { eleventyConfigFile, eleventyIgnoreFile, sitePackageFile, type StarterSettings } from "./config";
import SITE_CSS from "./files/site.css";
import { starterLabels, type StarterLanguage } from "./labels";
import BASE_LAYOUT from "./files/base.njk";
import POST_LAYOUT from "./files/post.njk";
import QUESTIONS_PAGE from "./files/home.njk";
import { siteReadmeFile } from "./readme";

export type { StarterLanguage } from "./labels";
export { README_MARKER } from "./config";

/** One file of the starter site: a path relative to the site folder, with "/" separators. */
export interface StarterFile {
	path: string;
	content: string;
}

/** The names under which an Eleventy project keeps its configuration. */
export const ELEVENTY_CONFIG_NAMES = ["eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", ".eleventy.js"];

/** "/musee" and "musee/" → "/musee/"; "" → "/". */
export function normalizePathPrefix(prefix: string): string {
	const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? "/" : `/${trimmed}/`;
}

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
		{ path: "assets/site.css", content: SITE_CSS },
		{ path: "_includes/layouts/base.njk", content: BASE_LAYOUT },
		{ path: "_includes/layouts/post.njk", content: POST_LAYOUT },
		{ path: "museum-home.njk", content: QUESTIONS_PAGE },
		{ path: "eleventy.config.mjs", content: eleventyConfigFile(settings) },
	];
}
