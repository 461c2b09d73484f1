/**
 * Checks a built site the way a visitor's browser would: every internal `href`/`src` must reach a built
 * file, every `#fragment` an element with that id, and no `[[wikilink]]` may be left in a page's text.
 */
import * as fs from "fs";
import * as path from "path";
import { normalizePathPrefix } from "../../src/destinations/starter-site";
// jsdom comes with jest-environment-jsdom.
import { JSDOM } from "jsdom";

export interface SiteLink {
	/** The page holding the link, relative to the site folder ("Notes/X/index.html"). */
	page: string;
	/** The attribute's value, as written. */
	href: string;
	attribute: string;
}

export interface BrokenLink extends SiteLink {
	reason: string;
}

export interface LeftoverWikilink {
	page: string;
	excerpt: string;
}

export interface LinkReport {
	/** Every HTML page, relative to the site folder. */
	pages: string[];
	/** Every internal link found. */
	links: SiteLink[];
	broken: BrokenLink[];
	wikilinks: LeftoverWikilink[];
}

const URL_ATTRIBUTES: Array<[string, string]> = [
	["a", "href"], ["area", "href"], ["link", "href"], ["img", "src"], ["script", "src"], ["iframe", "src"],
	["source", "src"], ["video", "src"], ["video", "poster"], ["audio", "src"], ["track", "src"], ["embed", "src"], ["object", "data"],
];

function walk(dir: string, base = dir, out: string[] = []): string[] {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, base, out);
		else if (entry.name.endsWith(".html")) out.push(path.relative(base, full).split(path.sep).join("/"));
	}
	return out.sort();
}

function isExternal(value: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//");
}

/** The URL path of a page file: "Notes/X/index.html" → "/Notes/X/", decoded. */
function pageUrl(page: string): string {
	return "/" + page.replace(/(^|\/)index\.html$/, "$1");
}

function decodeSegments(urlPath: string): string | null {
	try {
		return urlPath.split("/").map((segment) => decodeURIComponent(segment)).join("/");
	} catch {
		return null;
	}
}

function encodeSegments(urlPath: string): string {
	return urlPath.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

const SITE_ORIGIN = "http://site.invalid";

export function checkLinks(siteDir: string, options: { pathPrefix?: string } = {}): LinkReport {
	const prefix = normalizePathPrefix(options.pathPrefix ?? "/");
	const pages = walk(siteDir);
	const documents = new Map<string, Document>();
	const load = (page: string): Document => {
		let doc = documents.get(page);
		if (!doc) {
			doc = new JSDOM(fs.readFileSync(path.join(siteDir, page), "utf8")).window.document;
			documents.set(page, doc);
		}
		return doc;
	};
	const links: SiteLink[] = [];
	const broken: BrokenLink[] = [];
	const wikilinks: LeftoverWikilink[] = [];

	for (const page of pages) {
		const doc = load(page);
		const text = doc.body ? doc.body.textContent ?? "" : "";
		let at = text.indexOf("[[");
		while (at >= 0) {
			wikilinks.push({ page, excerpt: text.slice(Math.max(0, at - 30), at + 50).replace(/\s+/g, " ") });
			at = text.indexOf("[[", at + 2);
		}
		// The page's own address, as a browser sees it: prefix + encoded path.
		const base = new URL(prefix.slice(0, -1) + encodeSegments(pageUrl(page)), SITE_ORIGIN);
		for (const [tag, attribute] of URL_ATTRIBUTES) {
			for (const element of Array.from(doc.querySelectorAll(`${tag}[${attribute}]`))) {
				const href = (element.getAttribute(attribute) ?? "").trim();
				if (href === "" || isExternal(href)) continue;
				const link = { page, href, attribute: `${tag}.${attribute}` };
				links.push(link);
				const fail = (reason: string) => broken.push({ ...link, reason });
				if (href.startsWith("/") && !(href + "/").startsWith(prefix)) {
					fail(`does not start with the path prefix ${prefix}`);
					continue;
				}
				let url: URL;
				try {
					url = new URL(href, base);
				} catch {
					fail("not a valid URL");
					continue;
				}
				if (url.origin !== base.origin) continue;
				if (!(url.pathname + "/").startsWith(prefix)) {
					fail(`leaves the site (outside ${prefix})`);
					continue;
				}
				const decoded = decodeSegments("/" + url.pathname.slice(prefix.length));
				if (decoded === null) {
					fail("malformed percent-encoding");
					continue;
				}
				let target = path.join(siteDir, ...decoded.split("/").filter(Boolean));
				if (decoded.endsWith("/") || (fs.existsSync(target) && fs.statSync(target).isDirectory())) target = path.join(target, "index.html");
				if (!fs.existsSync(target)) {
					fail(`no file ${path.relative(siteDir, target).split(path.sep).join("/")}`);
					continue;
				}
				const fragment = url.hash.slice(1);
				if (fragment === "" || !target.endsWith(".html")) continue;
				const targetPage = path.relative(siteDir, target).split(path.sep).join("/");
				const targetDoc = load(targetPage);
				// The HTML standard: the fragment as written, then percent-decoded.
				let decodedFragment: string | null = null;
				try {
					decodedFragment = decodeURIComponent(fragment);
				} catch {
					decodedFragment = null;
				}
				const found = targetDoc.getElementById(fragment) ?? (decodedFragment !== null ? targetDoc.getElementById(decodedFragment) : null);
				if (!found && fragment !== "top") fail(`no element with id "${decodedFragment ?? fragment}" in ${targetPage}`);
			}
		}
	}
	return { pages, links, broken, wikilinks };
}

/** A readable list of the problems, for test failure messages. */
export function formatLinkReport(report: LinkReport): string {
	return [
		...report.broken.map((link) => `${link.page}: ${link.attribute}="${link.href}": ${link.reason}`),
		...report.wikilinks.map((left) => `${left.page}: [[ left in the text: …${left.excerpt}…`),
	].join("\n");
}
