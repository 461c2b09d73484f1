/**
 * What a published page must never hold, read from its HTML with a real HTML parser (parse5), not searched
 * as text. Written independently of the sanitizer: the tests check its output against these rules.
 */
import { parse, parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { VIDEO_HOSTS } from "../../src/core/note/video";

type Node = DefaultTreeAdapterMap["node"];

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "data", "poster", "background", "cite", "dynsrc", "lowsrc", "xlink:href", "codebase", "srcset", "to", "values", "from", "by"];
const NEVER = ["script", "style", "base", "object", "embed", "form", "frame", "frameset", "applet", "svg", "math", "noscript", "template", "isindex"];

/** A URL a browser would run or that leaves the web: anything but http(s), mailto, tel, relative, fragment (data:image in img src). */
export function isDangerousUrl(value: string, element: string, attribute: string): boolean {
	const seen = value.replace(/[\u0000-\u0020\u007f]+/g, "").toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1];
	if (scheme === undefined) return seen.startsWith("\\");
	if (["http", "https", "mailto", "tel"].includes(scheme)) return false;
	return !(scheme === "data" && element === "img" && attribute === "src" && seen.startsWith("data:image/"));
}

export interface HtmlProblem {
	what: string;
	element: string;
}

/**
 * Everything unsafe in `html`: script and other forbidden elements, `on*` attributes, `srcdoc`, dangerous URLs,
 * iframes of other hosts than video players, a refresh to another site or scheme, stylesheets but the site's.
 * `document` parses a whole page (its layout's head may hold meta charset/viewport and the site's stylesheet).
 */
export function htmlProblems(html: string, options: { document?: boolean; iframeHosts?: string[]; redirect?: boolean; search?: boolean } = {}): HtmlProblem[] {
	const problems: HtmlProblem[] = [];
	const hosts = [...VIDEO_HOSTS, ...(options.iframeHosts ?? [])];
	const root = options.document ? parse(html) : parseFragment(html);
	const sameSite = (url: string | undefined) => url !== undefined && url.startsWith("/") && !url.startsWith("//");
	const visit = (node: Node, inHeader = false) => {
		if ("tagName" in node) {
			const name = node.tagName.toLowerCase();
			const attrs = new Map(node.attrs.map((a) => [(a.prefix ? `${a.prefix}:` : "") + a.name.toLowerCase(), a.value]));
			const problem = (what: string) => problems.push({ what, element: name });
			// The layout's own parts, never a note's: the header's search box (a GET form to a page of the site), and on
			// the search page only, Pagefind's scripts from the site's own /pagefind/ folder and the call that starts it.
			const layoutPart =
				options.document &&
				((name === "form" && inHeader && attrs.get("role") === "search" && attrs.get("method") === "get" && sameSite(attrs.get("action"))) ||
					(name === "script" && options.search && (attrs.has("src") ? sameSite(attrs.get("src")) && /\/pagefind\/pagefind-ui\.js$/.test(attrs.get("src")!) : attrs.size === 0)));
			if (NEVER.includes(name) && !layoutPart) problem(`<${name}>`);
			for (const [attribute, value] of attrs) {
				if (attribute.startsWith("on")) problem(`${attribute}=`);
				if (attribute === "srcdoc") problem("srcdoc=");
				if (URL_ATTRIBUTES.includes(attribute) && isDangerousUrl(value, name, attribute)) problem(`${attribute}=${value}`);
				if (attribute === "style" && /url\s*\(|expression|behavior|binding/i.test(value)) problem(`style=${value}`);
			}
			if (name === "iframe") {
				let host = "";
				try {
					host = new URL(attrs.get("src") ?? "", "https://site.invalid").hostname;
				} catch {
					/* no host */
				}
				if (!hosts.includes(host)) problem(`iframe from ${host || "nowhere"}`);
			}
			if (name === "meta") {
				const equiv = (attrs.get("http-equiv") ?? "").toLowerCase();
				if (equiv && !(equiv === "refresh" && options.redirect)) problem(`meta http-equiv=${equiv}`);
				if (equiv === "refresh" && /url\s*=\s*['"]?\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(attrs.get("content") ?? "")) problem("refresh to another site");
				if (!options.document) problem("<meta> in content");
			}
			if (name === "link" && (!options.document || !["stylesheet", "canonical", "icon", "alternate"].includes((attrs.get("rel") ?? "").toLowerCase()) || !sameSite(attrs.get("href")))) problem("<link>");
		}
		const header = inHeader || ("tagName" in node && node.tagName === "header");
		if ("childNodes" in node) node.childNodes.forEach((child) => visit(child, header));
		if ("content" in node && node.content) visit(node.content as unknown as Node, header);
	};
	visit(root as unknown as Node);
	return problems;
}
