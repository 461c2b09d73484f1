import { VIDEO_HOSTS } from "../note/video";
import { escapeAttribute, escapeHtmlText } from "./escape-html";
import { readBodyLines } from "./literal-blocks";
import { safeUrl } from "./url-guard";

/**
 * The tree an HTML parser gives the sanitizer, in the DOM's shape (the
 * plugin passes the browser's own nodes; the command line converts
 * parse5's). Both parse the text as the body of a document (`<body>` + text,
 * scripting off) and give the body's children.
 */
export interface HtmlNode {
	/** 1 an element, 3 text; anything else (a comment) is left out. */
	nodeType: number;
	nodeValue: string | null;
	localName?: string;
	namespaceURI?: string | null;
	attributes?: ArrayLike<{ name: string; value: string }>;
	childNodes: ArrayLike<HtmlNode>;
}
export type HtmlParser = (html: string) => ArrayLike<HtmlNode>;

/** One thing removed from raw HTML, reported to the user. */
export interface HtmlRemoval {
	code: "html-script-removed" | "iframe-removed" | "html-event-handler-removed" | "javascript-url-removed" | "html-removed";
	message: string;
	params: Record<string, string>;
	/** The 0-based line of the tag it was in, or -1. */
	line: number;
}

export interface HtmlRules {
	parse: HtmlParser;
	/** Hosts whose `<iframe>` players are kept (video hosts and the museum's PeerTube instances). */
	iframeHosts: string[];
	/** A relative `href` or `src` of the tag on `line`: its site URL, or null to remove it. */
	localUrl(url: string, line: number): string | null;
}

export function iframeHosts(peertubeHosts: string[]): string[] {
	return [...VIDEO_HOSTS, ...peertubeHosts.map((h) => h.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, ""))].filter(Boolean);
}

const ELEMENTS = new Set(
	"a audio b blockquote br code dd del details div dl dt em figure figcaption h1 h2 h3 h4 h5 h6 hr i iframe img ins kbd li mark ol p pre s source span strong sub summary sup table tbody td th thead tr u ul video".split(" "),
);
/** Removed with everything inside: what they hold is code, or text the page never shows. */
const DROPPED = new Set("script style template object embed applet frame frameset noscript noembed noframes xmp plaintext textarea select title head math svg".split(" "));
const VOID = new Set("br hr img source".split(" "));
/** Attributes allowed on the allowed elements (where one means nothing, it does nothing); URLs are checked. */
const ATTRIBUTES = new Set(
	"class id title href target rel src alt width height loading allow allowfullscreen controls poster type colspan rowspan start open".split(" "),
);
const URL_ATTRIBUTES = new Set(["href", "src", "poster"]);
/** Marks each tag of the parser's input with its line, so that a removal names it. */
const AT = "data-museum-at";

/**
 * Cleans the raw HTML of a note's Markdown after every link rewrite,
 * as markdown-it will read it: every tag goes through the HTML parser and an
 * allow-list; text keeps its Markdown, with every `<` that could open a tag
 * escaped; code spans and fenced code that hold a `<` become escaped HTML
 * code, so that no reading of the output by markdown-it can find markup the
 * sanitizer did not write. Returns the cleaned text and what was removed.
 */
export function sanitizeMarkdownHtml(text: string, rules: HtmlRules): { text: string; removals: HtmlRemoval[] } {
	// Most notes: without a "<", nothing can be markup, and nothing changes.
	if (!text.includes("<")) return { text, removals: [] };
	const codes: string[] = [];
	const lines = text.replace(/[\uE000\uE001]/g, "").split("\n");
	const body = readBodyLines(lines);
	// Fenced code becomes a placeholder that keeps its line count, so that offsets still give lines.
	const prose = lines.map((line, i) => {
		if (!body.code[i]) return line;
		const first = body.fenceInfo.has(i) || !body.code[i - 1];
		if (first) codes.push(line);
		else codes[codes.length - 1] += "\n" + line;
		const last = !body.code[i + 1] || body.fenceInfo.has(i + 1);
		return (first ? `\uE000${codes.length - 1}` : "") + (last ? "\uE001" : "");
	});
	for (let i = 0; i < codes.length; i++) codes[i] = fencedCode(codes[i].split("\n"));
	const input = scanInline(prose.join("\n"), codes);
	const removals: HtmlRemoval[] = [];
	const restore = (plain: string) => escapeText(plain).replace(/\uE000(\d+)[^\uE001]*\uE001/g, (_m, i: string) => codes[Number(i)]);
	// One walk of the parsed tree, down which the rules, the removals and restore stay the same.
	const serialize = (nodes: ArrayLike<HtmlNode>): string => {
		let out = "";
		for (const node of Array.from(nodes)) {
			if (node.nodeType === 3) out += restore(node.nodeValue ?? "");
			if (node.nodeType !== 1) continue;
			const name = node.localName ?? "";
			const attributes = new Map(Array.from(node.attributes ?? [], (a) => [a.name.toLowerCase(), a.value]));
			const line = Number(attributes.get(AT) ?? -1);
			const remove: Remove = (code, what, params = {}) => removals.push({ code, message: `${what} removed: not allowed on the site.`, params, line });
			const foreign = node.namespaceURI !== "http://www.w3.org/1999/xhtml";
			const src = attributes.get("src") ?? "";
			if (foreign || !ELEMENTS.has(name)) {
				remove(name === "script" ? "html-script-removed" : "html-removed", `<${name}>`, { element: name });
				// Any other element is unwrapped: its text stays.
				if (!foreign && !DROPPED.has(name)) out += serialize(node.childNodes);
			} else if (name === "iframe" && !isAllowedPlayer(src, rules.iframeHosts)) remove("iframe-removed", `<iframe src="${src}">`, { src });
			else {
				out += `<${name}${attributesOf(name, attributes, line, rules, remove)}>`;
				if (!VOID.has(name)) out += `${name === "iframe" ? "" : serialize(node.childNodes)}</${name}>`;
			}
		}
		return out;
	};
	return { text: serialize(rules.parse(input)), removals };
}

/** Reports one removal from the tag being serialized. */
type Remove = (code: HtmlRemoval["code"], what: string, params?: Record<string, string>) => void;

const ATTRIBUTE = String.raw`(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>\x60\x00-\x20]+|'[^']*'|"[^"]*"))?)`;
// CommonMark's raw HTML tags, as markdown-it finds them (where it passes HTML through, not whether it is safe).
const TAG = new RegExp(String.raw`^(?:<([A-Za-z][A-Za-z0-9-]*)${ATTRIBUTE}*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)`);

/**
 * The parser's input, in one pass in markdown-it's order (backslash escapes,
 * code spans, tags): tags as written, marked with their line; code spans
 * as placeholders; every other `<` and `&`
 * escaped, so that the parser's text is the note's text.
 */
function scanInline(text: string, codes: string[]): string {
	let html = "";
	let line = 0;
	let counted = 0;
	// The line of offset i (offsets only grow): what a removal reports.
	const lineAt = (i: number) => {
		for (; counted < i; counted++) if (text[counted] === "\n") line++;
		return line;
	};
	for (let i = 0; i < text.length; ) {
		const ch = text[i];
		const rest = text.slice(i);
		const run = /^`+/.exec(rest)?.[0] ?? "";
		const close = run ? closingRun(text, i + run.length, run.length) : -1;
		const tag = ch === "<" && TAG.exec(rest);
		if (ch === "\\" && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
			// `\<` is a visible "<": written as a reference, it stays text wherever markdown-it reads it.
			html += text[i + 1] === "<" ? "&lt;" : text[i + 1] === "&" ? "\\&amp;" : "\\" + text[i + 1];
			i += 2;
		} else if (run) {
			const span = close < 0 ? run : text.slice(i, close + run.length);
			if (close >= 0) codes.push(codeSpan(span, run.length));
			html += close < 0 ? run : `\uE000${codes.length - 1}${span.replace(/[^\n]/g, "")}\uE001`;
			i += span.length;
		} else if (tag && !(tag[1] && unclosedRawText(tag[1], rest))) {
			html += tag[1] ? `<${tag[1]} ${AT}="${lineAt(i)}"${tag[0].slice(tag[1].length + 1)}` : tag[0];
			i += tag[0].length;
		} else {
			html += ch === "<" ? "&lt;" : ch === "&" ? "&amp;" : ch;
			i++;
		}
	}
	return html;
}

/**
 * `<textarea>`, `<xmp>`... make the parser read everything up to their end tag
 * as text: without one, the rest of the note would go. Such a tag stays text.
 */
function unclosedRawText(name: string, rest: string): boolean {
	if (!/^(script|style|xmp|iframe|noembed|noframes|noscript|textarea|title|plaintext)$/i.test(name)) return false;
	return name.toLowerCase() === "plaintext" || !rest.toLowerCase().includes(`</${name.toLowerCase()}`);
}

/** Where a code span opened by `length` backticks closes (a run of exactly that many), or -1; never across a blank line. */
function closingRun(text: string, from: number, length: number): number {
	const close = text.slice(from).search(new RegExp(`(?<!\`)\`{${length}}(?!\`)`));
	return close < 0 || /\n[ \t]*\n/.test(text.slice(from, from + close)) ? -1 : from + close;
}

/** A code span: as written when it holds no `<`; else the `<code>` markdown-it would make of it. */
function codeSpan(raw: string, fence: number): string {
	if (!raw.includes("<")) return raw;
	let inner = raw.slice(fence, -fence).replace(/\n/g, " ");
	if (/^ .*[^ ].* $/.test(inner)) inner = inner.slice(1, -1);
	return `<code>${escapeHtmlText(inner)}</code>`;
}

/** Fenced code: as written when it holds no `<`; else the `<pre><code>` markdown-it would make of it. */
function fencedCode(lines: string[]): string {
	const text = lines.join("\n");
	if (!text.includes("<")) return text;
	const closed = lines.length > 1 && /^ {0,3}(`{3,}|~{3,})\s*$/.test(lines[lines.length - 1]);
	const content = lines.slice(1, closed ? -1 : undefined);
	return `<pre><code>${content.map(escapeHtmlText).join("\n")}${content.length ? "\n" : ""}</code></pre>`;
}

/** The allowed attributes of an allowed element, their URLs checked; `line` is the tag's. */
function attributesOf(element: string, attributes: Map<string, string>, line: number, rules: HtmlRules, remove: Remove): string {
	let out = "";
	for (const [attribute, raw] of attributes) {
		if (attribute === AT) continue;
		const url = URL_ATTRIBUTES.has(attribute);
		let value = url ? safeUrl(raw, element === "img" && attribute === "src" ? "image" : "link") : raw;
		if (attribute.startsWith("on")) remove("html-event-handler-removed", `${attribute} on <${element}>`, { attribute });
		else if (!ATTRIBUTES.has(attribute) && !/^(aria|data)-[a-z0-9_.-]+$/.test(attribute)) remove("html-removed", `${attribute} on <${element}>`, { element, attribute });
		else if (value === null) remove("javascript-url-removed", `A ${raw.trim().split(":")[0]}: URL on <${element}>`, { attribute });
		else {
			if (url && !/^([a-z][a-z\d+.-]*:|\/\/|#)/i.test(value)) {
				value = rules.localUrl(value, line);
				if (value === null) continue;
			}
			out += ` ${attribute}="${escapeAttribute(value)}"`;
		}
	}
	return out;
}

function isAllowedPlayer(src: string, hosts: string[]): boolean {
	// The host between "//" and the path; with a user name ("youtube.com@evil.example") it is no allowed host.
	return hosts.includes(/^(?:https?:)?\/\/([^/?#:\\]+)/i.exec(src.trim())?.[1].toLowerCase() ?? "");
}

/** Text as the note wrote it, except a `<` that could open a tag (markdown-it and browsers show `&lt;` the same). */
function escapeText(text: string): string {
	return text.replace(/<(?=[A-Za-z!/?])/g, "&lt;");
}

/**
 * An SVG file the site may serve: opened by itself, an SVG runs its scripts
 * on the site's origin. None of `<script>`, `<foreignObject>`, animations
 * (they can set a `javascript:` link), `on*` attributes or unsafe links.
 */
export function isSafeSvg(text: string, parse: HtmlParser): boolean {
	const safe = (nodes: ArrayLike<HtmlNode>): boolean =>
		Array.from(nodes).every(
			(node) =>
				node.nodeType !== 1 ||
				(!/^(script|foreignobject|animate\w*|set|handler)$/i.test(node.localName ?? "") &&
					Array.from(node.attributes ?? []).every(({ name, value }) => !/^on/i.test(name) && (!/(^|:)href$/i.test(name) || safeUrl(value) !== null)) &&
					safe(node.childNodes)),
		);
	return safe(parse(text));
}
