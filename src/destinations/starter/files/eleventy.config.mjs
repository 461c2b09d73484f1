// Eleventy configuration of the site, written once by the museum notes plugin.
// It is yours: the publisher never writes this file again. Build with "npx @11ty/eleventy".
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import eleventyNavigationPlugin from "@11ty/eleventy-navigation";
import markdownItAnchor from "markdown-it-anchor";
import sanitizeHtml from "sanitize-html";

// The site's title, language, address prefix ("/repo/" for https://user.github.io/repo/) and words.
const SITE = __SITE__;

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const ATTACHMENTS = __ATTACHMENTS__;

// Defence in depth: each note's HTML is cleaned again before the layout wraps it (a renamed note's old page aside).
const CLEAN = {
	allowedTags: sanitizeHtml.defaults.allowedTags.concat(["img", "iframe", "video", "audio", "source", "details", "summary", "del", "ins"]),
	allowedAttributes: { "*": ["class", "id", "title", "lang", "tabindex", "aria-*", "data-*", "href", "src", "alt", "width", "height", "controls", "allow", "allowfullscreen", "colspan", "rowspan", "start", "open"] },
	allowedSchemes: ["http", "https", "mailto", "tel"],
	allowedSchemesByTag: { img: ["http", "https", "data"], iframe: ["https"] },
	exclusiveFilter: (frame) => frame.tag === "iframe" && !frame.attribs.src,
};
const README_MARKER = __README_MARKER__;

// "/Notes/Le jumeau/" -> "/Notes/Le%20jumeau/": every path segment percent-encoded, once.
function encodePath(url) {
	if (typeof url !== "string" || url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return url;
	const cut = url.search(/[?#]/);
	const pathPart = cut < 0 ? url : url.slice(0, cut);
	const rest = cut < 0 ? "" : url.slice(cut);
	return pathPart.split("/").map((segment) => {
		let decoded = segment;
		try { decoded = decodeURIComponent(segment); } catch { /* keep as written */ }
		return encodeURIComponent(decoded);
	}).join("/") + rest;
}

function decodePath(url) {
	try { return decodeURI(String(url || "")); } catch { return String(url || ""); }
}

function navigationOf(item) {
	return (item && item.data && item.data.eleventyNavigation) || {};
}

function titleOf(item) {
	const data = (item && item.data) || {};
	return navigationOf(item).title || (data.museum && data.museum.question) || item.fileSlug || item.url;
}

function byOrderThenTitle(a, b) {
	const orderA = a.order ?? Infinity, orderB = b.order ?? Infinity;
	if (orderA !== orderB) return orderA < orderB ? -1 : 1;
	return String(a.title).localeCompare(String(b.title), SITE.language, { sensitivity: "base", numeric: true });
}

// Questions grouped under their navigation parent, for the home page.
function questionGroups(questions, all) {
	const byKey = new Map();
	for (const item of all || []) {
		const key = navigationOf(item).key;
		if (key && !byKey.has(key)) byKey.set(key, item);
	}
	const groups = new Map();
	for (const item of questions || []) {
		const parentKey = navigationOf(item).parent || "";
		const parent = parentKey ? byKey.get(parentKey) : undefined;
		if (!groups.has(parentKey)) {
			groups.set(parentKey, {
				key: parentKey,
				title: parent ? titleOf(parent) : parentKey || SITE.labels.otherQuestions,
				url: parent ? parent.url : null,
				order: parent ? navigationOf(parent).order : undefined,
				questions: [],
			});
		}
		const museum = item.data.museum || {};
		groups.get(parentKey).questions.push({
			title: titleOf(item),
			url: item.url,
			order: navigationOf(item).order,
			resourceCount: Array.isArray(museum.resources) ? museum.resources.length : 0,
		});
	}
	const list = [...groups.values()];
	for (const group of list) group.questions.sort(byOrderThenTitle);
	// The questions without a parent come last.
	return list.sort((a, b) => (a.key === "") - (b.key === "") || byOrderThenTitle(a, b));
}

// Splits a question's HTML around its resource list (the first top-level <ol> with one item per resource),
// so that the layout shows the resources as cards in its place.
function splitResourceList(html, expectedItems) {
	const text = String(html || "");
	const tags = /<(\/?)(ol|ul|li|div|blockquote|table|details|section|aside|figure)\b[^>]*>/gi;
	let depth = 0, start = -1, listDepth = 0, items = 0, match;
	while ((match = tags.exec(text))) {
		const closing = match[1] === "/";
		const name = match[2].toLowerCase();
		if (start < 0) {
			if (!closing && name === "ol" && depth === 0) { start = match.index; listDepth = 1; items = 0; }
			else depth = Math.max(0, depth + (closing ? -1 : 1));
			continue;
		}
		if (name === "li" && !closing && listDepth === 1) items++;
		if (name === "ol" || name === "ul") listDepth += closing ? -1 : 1;
		if (listDepth === 0) {
			if (items === expectedItems) {
				return { found: true, before: text.slice(0, start), after: text.slice(tags.lastIndex) };
			}
			start = -1;
		}
	}
	return { found: false, before: text, after: "" };
}

// True when a page's HTML opens with a heading (h2 to h6): a resource's "### [Title](source)".
function startsWithHeading(html) {
	return /^\s*<h[2-6][\s>]/i.test(String(html || ""));
}

const navigationGraphs = new WeakMap();
function breadcrumb(all, key) {
	if (!key || !Array.isArray(all)) return [];
	try {
		let graph = navigationGraphs.get(all);
		if (!graph) {
			graph = eleventyNavigationPlugin.navigation.getDependencyGraph(all);
			navigationGraphs.set(all, graph);
		}
		if (!graph.hasNode(key)) return [];
		// A loop in the parents (a -> b -> a) throws: no breadcrumb rather than no site.
		return graph.dependenciesOf(key).map((k) => graph.getNodeData(k))
			.map((entry) => ({ key: entry.key, title: entry.title || entry.key, url: entry.url }))
			.filter((entry) => entry.url !== "/");
	} catch {
		return [];
	}
}

// The questions whose resource list links to this page.
function citingQuestions(questions, pageUrl) {
	const target = decodePath(pageUrl);
	return (questions || [])
		.filter((item) => ((item.data.museum || {}).resources || []).some((resource) => resource.url && decodePath(resource.url.split("#")[0]) === target))
		.map((item) => ({ title: titleOf(item), url: item.url }));
}

function vaultHasHomePage() {
	return ["index.md", "index.markdown", "index.html", "index.njk", "index.liquid", "index.11ty.js"]
		.some((name) => fs.existsSync(path.join(siteDir, name)));
}

function isOwnReadme() {
	try {
		return fs.readFileSync(path.join(siteDir, "README.md"), "utf8").startsWith(README_MARKER);
	} catch {
		return false;
	}
}

export default function (eleventyConfig) {
	eleventyConfig.addPlugin(eleventyNavigationPlugin);
	eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
	// A renamed note's old page refreshes to the new address with the path prefix already in it (so it works
	// on any site); the base plugin prefixes refresh URLs too, so the prefix comes off first (this runs before it).
	eleventyConfig.htmlTransformer.addUrlTransform("html", function (url, context) {
		const prefix = "/" + String(eleventyConfig.pathPrefix || SITE.pathPrefix).replace(/^\/+|\/+$/g, "") + "/";
		if (prefix === "//" || !context || context.tag !== "meta" || context.attribute !== "content") return url;
		return url.startsWith(prefix) ? url.slice(prefix.length - 1) : url;
	}, { priority: -1 });
	eleventyConfig.amendLibrary("md", (md) => {
		md.set({ html: true });
		md.use(markdownItAnchor);
		const render = md.render.bind(md);
		md.render = (source, data) => (data && data.museumRedirect ? render(source, data) : sanitizeHtml(render(source, data), CLEAN));
	});

	// Attachments keep their vault path; dot folders, node_modules and the built site are skipped.
	eleventyConfig.addPassthroughCopy("{,!(node_modules|_site|.*)/**/}*.{" + ATTACHMENTS + "}");
	eleventyConfig.addPassthroughCopy("assets/**/*.{css,js,mjs,woff,woff2,ttf,otf}");

	eleventyConfig.ignores.add(".museum-publish.json");
	eleventyConfig.ignores.add("node_modules/**");
	eleventyConfig.ignores.add("_site/**");
	if (isOwnReadme()) eleventyConfig.ignores.add("README.md");

	// Notes without a layout still get the site around them.
	eleventyConfig.addGlobalData("layout", "layouts/post.njk");
	eleventyConfig.addGlobalData("museumSite", () => {
		const vaultHasHome = vaultHasHomePage();
		const questionsPermalink = SITE.language === "en" ? "/all-questions/" : "/toutes-les-questions/";
		return {
			...SITE,
			vaultHasHome,
			homePermalink: vaultHasHome ? questionsPermalink : "/",
			questionsUrl: vaultHasHome ? questionsPermalink : "/",
		};
	});

	eleventyConfig.addFilter("museumHref", encodePath);
	eleventyConfig.addFilter("museumQuestionGroups", questionGroups);
	eleventyConfig.addFilter("museumSplitResourceList", splitResourceList);
	eleventyConfig.addFilter("museumBreadcrumb", breadcrumb);
	eleventyConfig.addFilter("museumStartsWithHeading", startsWithHeading);
	eleventyConfig.addFilter("museumCitingQuestions", citingQuestions);
}

export const config = {
	pathPrefix: SITE.pathPrefix,
	// Notes are plain Markdown: "{{" or "{%" in a note is text, not a template.
	markdownTemplateEngine: false,
	htmlTemplateEngine: "njk",
	dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
};
