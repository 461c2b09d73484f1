import { siteYaml } from "./site-yaml";
import { escapeHtml } from "./escape-html";
import { encodeUrlPath } from "./url";

/**
 * The page left at a renamed note's old site path (`Old/Path.md`, the file
 * the old note occupied, so its content is gone from the site):
 *
 *     ---
 *     permalink: /Old/Path/
 *     layout: false
 *     eleventyExcludeFromCollections: true
 *     museumRedirect: /New/Path/
 *     ---
 *     <!doctype html>
 *     <html lang="fr">
 *     ...<meta http-equiv="refresh" content="0; url=/prefix/New/Path/">...
 *
 * `permalink` is the old URL, so the page is built where the old page was;
 * `layout: false` makes it the whole HTML document. The HTML lines have no
 * blank line between them: markdown-it passes them through as one HTML block.
 * `href`s are root-absolute (the base plugin adds the prefix); the refresh URL
 * is not an attribute the base plugin rewrites, so it carries `pathPrefix`.
 */
export function redirectPage(oldUrl: string, newUrl: string, pathPrefix: string, language: "fr" | "en" = "fr"): string {
	const [title, moved, address] = language === "en" ? ["Page moved", "This page has moved:", "new address"] : ["Page déplacée", "Cette page a déménagé :", "nouvelle adresse"];
	const target = encodeUrlPath(newUrl);
	const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}`.replace(/\/$/, "");
	const refresh = `${prefix}${target}`;
	const frontmatter = siteYaml({ permalink: oldUrl, layout: false, eleventyExcludeFromCollections: true, templateEngineOverride: "md", museumRedirect: target });
	const href = escapeHtml(target);
	return `---
${frontmatter}
---
<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(refresh)}">
<link rel="canonical" href="${href}">
</head>
<body>
<p>${moved} <a href="${href}">${address}</a>.</p>
</body>
</html>
`;
}
