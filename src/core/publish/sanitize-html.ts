import { VIDEO_HOSTS } from "../note/video";
import { readBodyLines } from "./literal-blocks";
import { safeUrl } from "./url-guard";

/**
 * The tree an HTML parser gives the sanitizer. The parser is injected: the
 * browser's own in the plugin, parse5 on the command line. Both parse the
 * text as the body of a document (`<body>` + text, scripting off) and give
 * the body's children, comments left out.
 */
export type HtmlNode = { type: "text"; text: string } | { type: "element"; name: string; foreign: boolean; attributes: [string, string][]; children: HtmlNode[] };
export type HtmlParser = (html: string) => HtmlNode[];

/** One thing removed from raw HTML, reported to the user. */
export interface HtmlRemoval {
	code: "html-script-removed" | "iframe-removed" | "html-event-handler-removed" | "javascript-url-removed" | "html-removed";
	message: string;
	params: Record<string, string>;
	/** Offset in the text of the tag it was in. */
	at: number;
}

export interface HtmlRules {
	parse: HtmlParser;
	/** Hosts whose `<iframe>` players are kept (video hosts and the museum's PeerTube instances). */
	iframeHosts: string[];
	/** A relative `href`/`src` (decoded) as the site URL of its vault file; null removes it; undefined keeps it. */
	localUrl(url: string, attribute: string): string | null | undefined;
}

export function iframeHosts(peertubeHosts: string[]): string[] {
	return [...VIDEO_HOSTS, ...peertubeHosts.map((h) => h.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, ""))].filter(Boolean);
}

const ELEMENTS = new Set(
	("a abbr article aside audio b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure footer " +
		"h1 h2 h3 h4 h5 h6 header hr i iframe img ins kbd li mark ol p pre q rp rt ruby s samp section small source span strong sub summary sup " +
		"table tbody td tfoot th thead time tr track u ul var video wbr").split(" "),
);
/** Removed with everything inside: what they hold is code, or text the page never shows. */
const DROPPED = new Set("script style template object embed applet frame frameset noscript noembed noframes xmp plaintext textarea select title head math svg".split(" "));
const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));
/** Attributes allowed on every element (`*`) and on some. */
const ATTRIBUTES = new Map(
	("*:class id title lang dir role|a:href target rel hreflang|img:src alt width height loading decoding|" +
		"iframe:src width height allow allowfullscreen frameborder loading referrerpolicy scrolling|video:src controls width height poster preload loop muted playsinline|" +
		"audio:src controls preload loop muted|source:src type media|track:src kind srclang label default|td:colspan rowspan align|th:colspan rowspan align scope|" +
		"col:span|colgroup:span|ol:start reversed type|li:value|details:open|time:datetime|q:cite|blockquote:cite|del:cite datetime|ins:cite datetime")
		.split("|")
		.map((entry) => [entry.split(":")[0], entry.split(":")[1].split(" ")]),
);
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "poster"]);
/** Marks each tag of the parser's input with its offset in the text, so that a removal names its line. */
const AT = "data-museum-at";

/**
 * Cleans the raw HTML of a note's final Markdown (after every link rewrite),
 * as markdown-it will read it: every tag goes through the HTML parser and an
 * allow-list; text keeps its Markdown, with every `<` that could open a tag
 * escaped; code spans and fenced code that hold a `<` become escaped HTML
 * code, so that no reading of the output by markdown-it can find markup the
 * sanitizer did not write. Returns the cleaned text and what was removed.
 */
export function sanitizeMarkdownHtml(text: string, rules: HtmlRules): { text: string; removals: HtmlRemoval[] } {
	const codes: string[] = [];
	const input = markParserInput(text.replace(/[\uE000\uE001]/g, ""), codes);
	const removals: HtmlRemoval[] = [];
	const restore = (plain: string) => escapeText(plain).replace(/\uE000(\d+)\uE001/g, (_m, i: string) => codes[Number(i)]);
	if (!input.hasTags) return { text: restore(decodeInput(input.html)), removals };
	const nodes = rules.parse(input.html);
	return { text: serialize(nodes, rules, removals, restore), removals };
}

/**
 * The parser's input: tags (as markdown-it finds them) as written, with their
 * offset; autolinks as `<a>`; code as placeholders; every other `<` and `&`
 * escaped, so that the parser's text is the note's text.
 */
function markParserInput(text: string, codes: string[]): { html: string; hasTags: boolean } {
	const lines = text.split("\n");
	const body = readBodyLines(lines);
	let html = "";
	let hasTags = false;
	let offset = 0;
	let prose = "";
	const flush = () => {
		const scanned = scanInline(prose, offset - prose.length, codes);
		html += scanned.html;
		hasTags ||= scanned.hasTags;
		prose = "";
	};
	for (let i = 0; i < lines.length; i++) {
		const newline = i < lines.length - 1 ? "\n" : "";
		if (!body.code[i]) {
			prose += lines[i] + newline;
			offset += lines[i].length + newline.length;
			continue;
		}
		flush();
		let end = i;
		while (end + 1 < lines.length && body.code[end + 1] && !body.fenceInfo.has(end + 1)) end++;
		const fence = lines.slice(i, end + 1);
		codes.push(fencedCode(fence, body.fenceInfo.get(i) ?? ""));
		html += `\uE000${codes.length - 1}\uE001` + (end < lines.length - 1 ? "\n" : "");
		offset += fence.join("\n").length + (end < lines.length - 1 ? 1 : 0);
		i = end;
	}
	flush();
	return { html, hasTags };
}

const ATTRIBUTE = String.raw`(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>\x60\x00-\x20]+|'[^']*'|"[^"]*"))?)`;
// CommonMark's raw HTML tags, as markdown-it finds them (where it passes HTML through, not whether it is safe).
const TAG = new RegExp(String.raw`^(?:<([A-Za-z][A-Za-z0-9-]*)${ATTRIBUTE}*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)`);
const AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s\p{Cc}]*|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/u;

/** One pass over prose, in markdown-it's order: backslash escapes, code spans, autolinks, tags. */
function scanInline(text: string, base: number, codes: string[]): { html: string; hasTags: boolean } {
	let html = "";
	let hasTags = false;
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === "\\" && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
			// `\<` is a visible "<": written as a reference, it stays text wherever markdown-it reads it.
			html += text[i + 1] === "<" ? "&lt;" : "\\" + escapeInput(text[i + 1]);
			i += 2;
		} else if (ch === "`") {
			const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
			const close = closingRun(text, i + run.length, run.length);
			if (close < 0) {
				html += run;
				i += run.length;
				continue;
			}
			codes.push(codeSpan(text.slice(i, close + run.length), run.length));
			html += `\uE000${codes.length - 1}\uE001`;
			i = close + run.length;
		} else if (ch === "<") {
			const rest = text.slice(i);
			const auto = AUTOLINK.exec(rest);
			const tag = auto ? null : TAG.exec(rest);
			if (auto) {
				const href = auto[1].includes(":") ? auto[1] : `mailto:${auto[1]}`;
				html += `<a ${AT}="${base + i}" href="${escapeAttribute(href)}">${escapeInput(auto[1])}</a>`;
				hasTags = true;
				i += auto[0].length;
			} else if (tag && !(tag[1] && unclosedRawText(tag[1], rest))) {
				html += tag[1] ? `<${tag[1]} ${AT}="${base + i}"${tag[0].slice(tag[1].length + 1)}` : tag[0];
				hasTags = true;
				i += tag[0].length;
			} else {
				html += "&lt;";
				i++;
			}
		} else {
			html += ch === "&" ? "&amp;" : ch;
			i++;
		}
	}
	return { html, hasTags };
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
	const blank = text.slice(from).search(/\n[ \t]*\n/);
	const limit = blank < 0 ? text.length : from + blank;
	for (let i = from; i < limit; ) {
		const run = /^`+/.exec(text.slice(i));
		if (!run) {
			i++;
			continue;
		}
		if (run[0].length === length) return i;
		i += run[0].length;
	}
	return -1;
}

/** A code span: as written when it holds no `<`; else the `<code>` markdown-it would make of it. */
function codeSpan(raw: string, fence: number): string {
	if (!raw.includes("<")) return raw;
	let inner = raw.slice(fence, -fence).replace(/\n/g, " ");
	if (/^ .*[^ ].* $/.test(inner)) inner = inner.slice(1, -1);
	return `<code>${escapeHtmlText(inner)}</code>`;
}

/** Fenced code: as written when it holds no `<`; else the `<pre><code>` markdown-it would make of it. */
function fencedCode(lines: string[], info: string): string {
	if (!lines.join("\n").includes("<")) return lines.join("\n");
	const indent = /^ */.exec(lines[0])?.[0].length ?? 0;
	const fence = /^ *([`~]+)/.exec(lines[0])?.[1] ?? "```";
	const closed = lines.length > 1 && new RegExp(`^ {0,3}\\${fence[0]}{${fence.length},}\\s*$`).test(lines[lines.length - 1]);
	const content = lines.slice(1, closed ? -1 : undefined).map((line) => line.replace(new RegExp(`^ {0,${indent}}`), ""));
	const language = info ? ` class="language-${escapeAttribute(info)}"` : "";
	return `${" ".repeat(indent)}<pre><code${language}>${content.map(escapeHtmlText).join("\n")}${content.length ? "\n" : ""}</code></pre>`;
}

function serialize(nodes: HtmlNode[], rules: HtmlRules, removals: HtmlRemoval[], restore: (text: string) => string): string {
	let out = "";
	for (const node of nodes) {
		if (node.type === "text") {
			out += restore(node.text);
			continue;
		}
		const attributes = new Map(node.attributes);
		const at = Number(attributes.get(AT) ?? -1);
		const remove = (code: HtmlRemoval["code"], message: string, params: Record<string, string>) => removals.push({ code, message, params, at });
		const name = node.name;
		if (node.foreign || !ELEMENTS.has(name)) {
			if (name === "script") remove("html-script-removed", "A <script> was removed: no script runs on the site.", {});
			else remove("html-removed", `<${name}> removed: not allowed on the site.`, { element: name });
			// Any other element is unwrapped: its text stays.
			if (!node.foreign && !DROPPED.has(name)) out += serialize(node.children, rules, removals, restore);
			continue;
		}
		if (name === "iframe" && !isAllowedPlayer(attributes.get("src") ?? "", rules.iframeHosts)) {
			const src = attributes.get("src") ?? "";
			remove("iframe-removed", `An <iframe> (${src}) was removed: only video players are kept.`, { src });
			continue;
		}
		out += `<${name}${attributesOf(node.name, attributes, rules, remove)}>`;
		if (VOID.has(name)) continue;
		if (name !== "iframe") out += serialize(node.children, rules, removals, restore);
		out += `</${name}>`;
	}
	return out;
}

function attributesOf(element: string, attributes: Map<string, string>, rules: HtmlRules, remove: (code: HtmlRemoval["code"], message: string, params: Record<string, string>) => void): string {
	let out = "";
	for (const [attribute, raw] of attributes) {
		if (attribute === AT) continue;
		if (attribute.startsWith("on")) {
			remove("html-event-handler-removed", `${attribute} removed from <${element}>: no script runs on the site.`, { attribute });
			continue;
		}
		const allowed = ATTRIBUTES.get("*")?.includes(attribute) || ATTRIBUTES.get(element)?.includes(attribute) || /^(aria|data)-[a-z0-9_.-]+$/.test(attribute);
		if (!allowed) {
			remove("html-removed", `${attribute} removed from <${element}>: not allowed on the site.`, { element, attribute });
			continue;
		}
		let value: string | null = raw;
		if (URL_ATTRIBUTES.has(attribute)) {
			value = safeUrl(raw, element === "img" && attribute === "src" ? "image" : "link");
			if (value === null) {
				remove("javascript-url-removed", `A ${raw.trim().split(":")[0]}: URL was removed from <${element}>.`, { attribute });
				continue;
			}
			if (!/^([a-z][a-z\d+.-]*:|\/\/|#)/i.test(value)) {
				let decoded = value;
				try {
					decoded = decodeURIComponent(value);
				} catch {
					// keep it as written
				}
				const local = rules.localUrl(decoded, attribute);
				if (local === null) continue;
				if (local !== undefined) value = local;
			}
		}
		out += ` ${attribute}="${escapeAttribute(value)}"`;
	}
	return out;
}

function isAllowedPlayer(src: string, hosts: string[]): boolean {
	try {
		return /^(https?:)?\/\//i.test(src.trim()) && hosts.includes(new URL(src.trim(), "https://x").hostname.toLowerCase());
	} catch {
		return false;
	}
}

/** Text as the note wrote it, except a `<` that could open a tag (markdown-it and browsers show `&lt;` the same). */
function escapeText(text: string): string {
	return text.replace(/<(?=[A-Za-z!/?])/g, "&lt;");
}

function escapeInput(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** The parser's input back to text, where it has no tags (the fast path: no parser needed). */
function decodeInput(html: string): string {
	return html.replace(/&lt;/g, "<").replace(/&amp;/g, "&");
}

function escapeHtmlText(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values keep no `<`, `>` or backtick: no reading of the Markdown can cut a tag into markup. */
function escapeAttribute(text: string): string {
	return escapeHtmlText(text).replace(/"/g, "&quot;").replace(/`/g, "&#96;");
}

/**
 * An SVG file the site may serve: opened by itself, an SVG runs its scripts
 * on the site's origin. None of `<script>`, `<foreignObject>`, animations
 * (they can set a `javascript:` link), `on*` attributes or unsafe links.
 */
export function isSafeSvg(text: string, parse: HtmlParser): boolean {
	const safe = (nodes: HtmlNode[]): boolean =>
		nodes.every(
			(node) =>
				node.type === "text" ||
				(!/^(script|foreignobject|animate|animatemotion|animatetransform|set|handler|iframe|embed|object)$/.test(node.name) &&
					node.attributes.every(([name, value]) => !name.startsWith("on") && (!/(^|:)href$/.test(name) || safeUrl(value) !== null)) &&
					safe(node.children)),
		);
	return safe(parse(text));
}
