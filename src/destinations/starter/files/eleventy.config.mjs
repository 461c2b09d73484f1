// Eleventy configuration of the site, written once by the museum notes plugin.
// It is yours: the publisher never writes this file again. Build with "npm run build" (Eleventy, then the Pagefind search index).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import eleventyNavigationPlugin from "@11ty/eleventy-navigation";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import markdownItAnchor from "markdown-it-anchor";
import { parse, parseFragment, serialize } from "parse5";
import sanitizeHtml from "sanitize-html";

// The site's title, language, address prefix ("/repo/" for https://user.github.io/repo/) and words.
const SITE = __SITE__;
// The site's address, for canonical links, the sitemap and the feed: SITE_URL when the build has it (the GitHub Pages workflow sets it).
const SITE_URL = String(process.env.SITE_URL || SITE.url || "").replace(/\/+$/, "");

// The words the site shows to visitors ("{n}" is a number; counts have a singular and a plural form).
const LABELS = SITE.labels;

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

// The lines of the note format the site reads (the plugin's own rules: question-body.ts, appears-in.ts).
const VIDEO_OPENER = /^vid[ée]os?\b/i;
const RELATED_LINE = /^ressources? similaires?\s*:/i;
const APPEARS_IN = /^(appara[iî]t dans|appears in)\s*:?/i;

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
	try { return decodeURI(String(url || "").split("#")[0]); } catch { return String(url || ""); }
}

// ---- The HTML tree (parse5, the HTML standard's parser) ----

const isElement = (node) => Boolean(node && node.tagName);
const isBlankText = (node) => node.nodeName === "#text" && node.value.trim() === "";
const attribute = (node, name) => ((node.attrs || []).find((a) => a.name === name) || {}).value;
const headingLevel = (node) => (isElement(node) && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);
const fragmentOf = (nodes) => ({ nodeName: "#document-fragment", childNodes: nodes });
const htmlOf = (nodes) => serialize(fragmentOf(nodes)).trim();

function textOf(node) {
	if (node.nodeName === "#text") return node.value;
	return (node.childNodes || []).map(textOf).join("");
}
const plainTextOf = (node) => textOf(node).replace(/\s+/g, " ").trim();

// True when an element shows nothing: no text, no image, frame or media.
function isEmpty(node) {
	if (node.nodeName === "#text") return node.value.trim() === "";
	if (!isElement(node)) return true;
	if (["img", "iframe", "video", "audio", "hr", "br", "input"].includes(node.tagName)) return false;
	return (node.childNodes || []).every(isEmpty);
}

// The top-level nodes of a note's HTML, blank text between blocks dropped.
function blocksOf(html) {
	return parseFragment(String(html || "")).childNodes.filter((node) => !isBlankText(node) && node.nodeName !== "#comment");
}

// What a template leaves when nobody filled it: empty paragraphs and lists, a "Label:" with nothing after it,
// a heading with nothing under it.
function withoutScaffolding(blocks) {
	const kept = blocks.filter((node) => !isEmpty(node) && !(node.tagName === "p" && /^[^:]{1,60}:$/.test(plainTextOf(node))));
	return kept.filter((node, i) => {
		const level = headingLevel(node);
		if (!level) return true;
		const next = kept[i + 1];
		return Boolean(next) && (!headingLevel(next) || headingLevel(next) > level);
	});
}

// A note's own video sections ("## Vidéos", "Video J1" and the "Speaker: talk" lines under them): the layout shows
// them, merged with the video notes the question links, as one list.
function withoutVideoSections(blocks) {
	const kept = [];
	let openedAt = 0;
	for (const node of blocks) {
		const level = headingLevel(node);
		if (openedAt && (level ? level <= openedAt : RELATED_LINE.test(plainTextOf(node)))) openedAt = 0;
		if (openedAt) continue;
		if ((level >= 2 || node.tagName === "p") && VIDEO_OPENER.test(plainTextOf(node))) {
			openedAt = level || 7;
			continue;
		}
		kept.push(node);
	}
	return kept;
}

// The first paragraph after the page's h1 (a question's short answer), as plain text.
function leadOf(blocks) {
	const start = blocks.findIndex((node) => node.tagName === "h1");
	const lead = blocks.slice(start + 1).find((node) => node.tagName === "p" && !RELATED_LINE.test(plainTextOf(node)) && !APPEARS_IN.test(plainTextOf(node)));
	return lead ? plainTextOf(lead) : "";
}

// ---- The site's structure ----

const navigationOf = (item) => (item && item.data && item.data.eleventyNavigation) || {};
const museumOf = (item) => (item && item.data && item.data.museum) || {};

function titleOf(item) {
	const data = (item && item.data) || {};
	return navigationOf(item).title || (data.museum && data.museum.question) || item.fileSlug || item.url;
}

function byOrderThenTitle(a, b) {
	const orderA = a.order ?? Infinity, orderB = b.order ?? Infinity;
	if (orderA !== orderB) return orderA < orderB ? -1 : 1;
	return String(a.title).localeCompare(String(b.title), SITE.language, { sensitivity: "base", numeric: true });
}

// "1 ressource", "2 ressources" (French counts 0 and 1 as singular).
function count(n, word) {
	const forms = LABELS[word] || ["{n}", "{n}"];
	const singular = SITE.language === "fr" ? n < 2 : n === 1;
	return (singular ? forms[0] : forms[1]).replace("{n}", n);
}

// One vocabulary for what a link leads to, on cards, pages and lists.
function kindOf(entry) {
	if (!entry.url) return "unresolved";
	if (entry.kind === "external" || entry.kind === "resource" || entry.kind === "video" || entry.kind === "question") return entry.kind;
	return "page";
}

// A resource item that says something: an unfilled "1. " is not a resource.
const filledResources = (museum) => (museum.resources || []).filter((resource) => String(resource.title || "").trim() || resource.url);

let markdown = null;
const leads = new Map();
// A page's short answer (its first paragraph), from its Markdown rendered as the page is.
function leadOfItem(item) {
	if (!item || !item.inputPath || !markdown || !/\.(md|markdown)$/i.test(item.inputPath)) return "";
	if (!leads.has(item.inputPath)) {
		let lead = "";
		try {
			const source = fs.readFileSync(item.inputPath, "utf8").replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
			lead = leadOf(blocksOf(markdown.render(source, item.data || {})));
		} catch { /* no lead rather than no site */ }
		leads.set(item.inputPath, lead);
	}
	return leads.get(item.inputPath);
}

// The navigation tree (eleventyNavigation key and parent), built once per build.
const trees = new WeakMap();
function treeOf(all) {
	if (!Array.isArray(all)) return { byKey: new Map(), children: new Map() };
	if (trees.has(all)) return trees.get(all);
	const byKey = new Map(), children = new Map();
	for (const item of all) {
		const key = navigationOf(item).key;
		if (key && !byKey.has(key) && !item.data.museumRedirect) byKey.set(key, item);
	}
	for (const item of byKey.values()) {
		const parent = navigationOf(item).parent;
		if (!parent || !byKey.has(parent) || parent === navigationOf(item).key) continue;
		if (!children.has(parent)) children.set(parent, []);
		children.get(parent).push(item);
	}
	const entry = (item) => ({ title: titleOf(item), order: navigationOf(item).order, item });
	for (const [key, list] of children) children.set(key, list.map(entry).sort(byOrderThenTitle).map((e) => e.item));
	const tree = { byKey, children };
	trees.set(all, tree);
	return tree;
}

// What a list shows of a page: its title, address, kind, short answer and how much it holds.
function summaryOf(item, all) {
	const museum = museumOf(item);
	const kind = museum.kind === "question" ? "question" : kindOf({ url: item.url, kind: museum.kind });
	const resourceCount = kind === "question" ? filledResources(museum).length : 0;
	const childCount = (treeOf(all).children.get(navigationOf(item).key) || []).length;
	return {
		title: titleOf(item),
		url: item.url,
		kind,
		lead: leadOfItem(item),
		counts: [resourceCount && count(resourceCount, "resourceCount"), childCount && count(childCount, "questionCount")].filter(Boolean),
	};
}

// The pages under a page in the navigation.
function childrenOf(all, key) {
	return key ? (treeOf(all).children.get(key) || []).map((item) => ({ ...summaryOf(item, all), children: childrenOf(all, navigationOf(item).key) })) : [];
}

// The page before and after this one among its navigation siblings.
function neighbours(all, key) {
	const tree = treeOf(all);
	const parent = key && navigationOf(tree.byKey.get(key)).parent;
	const siblings = (parent && tree.children.get(parent)) || [];
	const at = siblings.findIndex((item) => navigationOf(item).key === key);
	if (at < 0) return {};
	const link = (item) => item && { title: titleOf(item), url: item.url };
	return { previous: link(siblings[at - 1]), next: link(siblings[at + 1]) };
}

// The pages above this one, the home left out (the breadcrumb starts with it).
function breadcrumb(all, key) {
	const tree = treeOf(all);
	const crumbs = [];
	const seen = new Set([key]);
	let parent = key && navigationOf(tree.byKey.get(key)).parent;
	while (parent && tree.byKey.has(parent) && !seen.has(parent)) {
		seen.add(parent);
		const item = tree.byKey.get(parent);
		if (item.url !== "/") crumbs.unshift({ title: titleOf(item), url: item.url });
		parent = navigationOf(item).parent;
	}
	return crumbs;
}

// Questions grouped under their navigation parent, for the questions page. A parent that is not published
// gives no title of its own: its questions join "Other questions".
function questionGroups(questions, all) {
	const tree = treeOf(all);
	const groups = new Map();
	for (const item of questions || []) {
		const parent = tree.byKey.get(navigationOf(item).parent);
		const key = parent ? navigationOf(parent).key : "";
		if (!groups.has(key)) {
			groups.set(key, { key, title: parent ? titleOf(parent) : LABELS.otherQuestions, url: parent ? parent.url : null, order: parent ? navigationOf(parent).order : undefined, questions: [] });
		}
		groups.get(key).questions.push({ ...summaryOf(item, all), order: navigationOf(item).order });
	}
	const list = [...groups.values()];
	for (const group of list) group.questions.sort(byOrderThenTitle);
	return list.sort((a, b) => (a.key === "") - (b.key === "") || byOrderThenTitle(a, b));
}

// The sections the home page shows: the vault home's children when it has some, else the questions page's groups.
function homeSections(all, homeKey) {
	const sections = childrenOf(all, homeKey).filter((section) => section.children.length);
	return sections.length ? sections : null;
}

// A question page, from its HTML: the text before and after its resource list (the first top-level <ol> with one
// item per resource, shown as cards), the cards that say something, and one video list.
function questionPage(html, museum, all) {
	const blocks = blocksOf(html);
	const expected = (museum.resources || []).length;
	const listAt = expected ? blocks.findIndex((node) => node.tagName === "ol" && node.childNodes.filter((c) => c.tagName === "li").length === expected) : -1;
	const clean = (nodes) => htmlOf(withoutScaffolding(withoutVideoSections(nodes)));
	const resources = filledResources(museum).map((resource) => ({ ...resource, kind: kindOf(resource) }));
	return {
		before: clean(listAt < 0 ? blocks : blocks.slice(0, listAt)),
		after: listAt < 0 ? "" : clean(blocks.slice(listAt + 1)),
		resources,
		videos: videosOf(museum, resources, all),
	};
}

// The talks of the note's video sections, then the video notes of its resource list; each once, speakers from the video's page.
function videosOf(museum, resources, all) {
	const pages = new Map((all || []).map((item) => [decodePath(item.url), item]));
	const seen = new Set();
	const list = [];
	for (const video of [...(museum.videos || []), ...resources.filter((r) => r.kind === "video")]) {
		const id = video.url ? decodePath(video.url) : `title:${video.title}`;
		if (seen.has(id) || !String(video.title || "").trim()) continue;
		seen.add(id);
		const page = video.url && pages.get(decodePath(video.url));
		const speakers = video.speakers && video.speakers.length ? video.speakers : museumOf(page).speakers || [];
		list.push({ title: video.title, url: video.url, speakers });
	}
	return list;
}

// "https://www.youtube.com/watch?v=ID" or "https://youtu.be/ID" -> the privacy-friendly player's address.
function playerOf(url) {
	const match = /^https:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([\w-]{6,20})/.exec(String(url || ""));
	return match ? `https://www.youtube-nocookie.com/embed/${match[1]}` : null;
}

// A resource or video page, from its HTML: the note's opening title heading becomes the page's title, its
// "Apparaît dans" line goes (the page lists the questions citing it), YouTube frames use youtube-nocookie.
function resourcePage(html, museum) {
	let blocks = blocksOf(html);
	let title = "", source = museum.sourceUrl || null;
	if (headingLevel(blocks[0]) >= 2) {
		title = plainTextOf(blocks[0]);
		const link = (blocks[0].childNodes || []).find((node) => node.tagName === "a");
		if (!source && link && /^https?:/i.test(attribute(link, "href") || "")) source = attribute(link, "href");
		blocks = blocks.slice(1);
	}
	blocks = blocks.filter((node) => !(node.tagName === "p" && APPEARS_IN.test(plainTextOf(node))));
	let hasPlayer = false;
	const visit = (node) => {
		if (node.tagName === "iframe") {
			hasPlayer = true;
			const src = (node.attrs || []).find((a) => a.name === "src");
			if (src) src.value = src.value.replace(/^https:\/\/(www\.)?youtube\.com\/embed\//, "https://www.youtube-nocookie.com/embed/");
		}
		(node.childNodes || []).forEach(visit);
	};
	blocks.forEach(visit);
	return { title, source, body: htmlOf(withoutScaffolding(blocks)), player: museum.kind === "video" && !hasPlayer ? playerOf(source) : null };
}

// The questions whose resource list or video sections link to this page.
function citingQuestions(questions, pageUrl) {
	const target = decodePath(pageUrl);
	const links = (museum) => [...(museum.resources || []), ...(museum.videos || [])];
	return (questions || [])
		.filter((item) => links(museumOf(item)).some((entry) => entry.url && decodePath(entry.url) === target))
		.map((item) => ({ title: titleOf(item), url: item.url }));
}

// ---- French typography, on the rendered text only ----

// A narrow no-break space before ? ! ; : and inside « », in place of any space there: "musée ?" and "musée?" alike.
// Only where the sign ends a word (followed by a space, a closing sign or the end), so "10:30" and "a?b" stay.
function frenchSpacing(text, before) {
	return text
		.replace(/(^|[^\s\u202f])[ \u00a0]*([?!;:]+)(?=$|[\s)\]»"”’.,…])/g, (all, char, signs, offset) =>
			(char || (offset === 0 && before && !/\s/.test(before)) ? `${char}\u202f${signs}` : all))
		.replace(/«[ \u00a0]*/g, "«\u202f")
		.replace(/(\S)?[ \u00a0]*»/g, (all, char, offset) => (char || (offset === 0 && before) ? `${char || ""}\u202f»` : all));
}

const VERBATIM = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math"]);
// Walks the text nodes in order, in French elements only (the lang attribute decides), skipping code.
function frenchTypography(node, french, state) {
	const lang = attribute(node, "lang");
	const here = lang === undefined ? french : /^fr\b/i.test(lang);
	for (const child of node.childNodes || []) {
		if (child.nodeName === "#text") {
			if (here) child.value = frenchSpacing(child.value, state.last);
			if (child.value) state.last = child.value.slice(-1);
		} else if (isElement(child) && !VERBATIM.has(child.tagName)) {
			frenchTypography(child.tagName === "template" ? child.content : child, here, state);
		} else if (isElement(child)) {
			state.last = "x";
		}
	}
}

// ---- Files of the site ----

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
	// The feed's filters (dates); the feed itself is feed.njk.
	eleventyConfig.addPlugin(rssPlugin);
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
		markdown = md;
	});
	eleventyConfig.addTransform("museum-typography", function (content) {
		const output = String((this.page && this.page.outputPath) || "");
		// Whole pages only (the feed renders a page's content through the transforms too).
		if (!output.endsWith(".html") || !/^\s*<!doctype html/i.test(content)) return content;
		const document = parse(content);
		const root = document.childNodes.find((node) => node.tagName === "html");
		if (!root) return content;
		frenchTypography(root, /^fr\b/i.test(attribute(root, "lang") || ""), { last: "" });
		return serialize(document);
	});

	// Attachments keep their vault path; dot folders, node_modules and the built site are skipped.
	eleventyConfig.addPassthroughCopy("{,!(node_modules|_site|.*)/**/}*.{" + ATTACHMENTS + "}");
	eleventyConfig.addPassthroughCopy("assets/**/*.{css,js,mjs,svg,png,ico,woff,woff2,ttf,otf}");

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
			url: SITE_URL,
			labels: LABELS,
			vaultHasHome,
			homePermalink: vaultHasHome ? questionsPermalink : "/",
			questionsUrl: vaultHasHome ? questionsPermalink : "/",
		};
	});

	eleventyConfig.addFilter("museumHref", encodePath);
	eleventyConfig.addFilter("museumQuestionGroups", questionGroups);
	eleventyConfig.addFilter("museumQuestionPage", questionPage);
	eleventyConfig.addFilter("museumResourcePage", resourcePage);
	eleventyConfig.addFilter("museumBreadcrumb", breadcrumb);
	eleventyConfig.addFilter("museumChildren", childrenOf);
	eleventyConfig.addFilter("museumHomeSections", homeSections);
	eleventyConfig.addFilter("museumNeighbours", neighbours);
	eleventyConfig.addFilter("museumCitingQuestions", citingQuestions);
	eleventyConfig.addFilter("museumLead", leadOfItem);
	eleventyConfig.addFilter("museumCount", count);
}

export const config = {
	pathPrefix: SITE.pathPrefix,
	// Notes are plain Markdown: "{{" or "{%" in a note is text, not a template.
	markdownTemplateEngine: false,
	htmlTemplateEngine: "njk",
	dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
};
