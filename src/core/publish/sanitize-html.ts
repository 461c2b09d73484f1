import { VIDEO_HOSTS } from "../note/video";

/** One thing removed from raw HTML, reported to the user. */
export interface HtmlRemoval {
	code: "html-script-removed" | "iframe-removed" | "html-event-handler-removed" | "javascript-url-removed";
	message: string;
	params: Record<string, string>;
}

export interface HtmlRules {
	/** Hosts whose `<iframe>` players are kept (video hosts and the museum's PeerTube instances). */
	iframeHosts: string[];
	/** Rewrites a local `<img src>` to its site URL (and copies the file); null leaves it. */
	imageSource(src: string): string | null;
}

/** State carried from line to line: a `<script>` may span several. */
export interface HtmlState {
	inScript: boolean;
}

export function iframeHosts(peertubeHosts: string[]): string[] {
	return [...VIDEO_HOSTS, ...peertubeHosts.map((h) => h.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, ""))].filter(Boolean);
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s=<>/"']+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"];

/**
 * Cleans the raw HTML of one line (outside code): `<script>` elements dropped,
 * `<iframe>` kept only for allowed video hosts, `on*=` handlers and
 * `javascript:` URLs removed, local `<img src>` pointed at the copied file.
 * Inline code is left alone: markdown-it shows it as text, it never runs.
 */
export function sanitizeHtmlLine(line: string, state: HtmlState, rules: HtmlRules): { text: string; removals: HtmlRemoval[] } {
	const removals: HtmlRemoval[] = [];
	let text = line;
	if (state.inScript) {
		const end = text.search(/<\/script\s*>/i);
		if (end < 0) return { text: "", removals };
		text = text.slice(end).replace(/^<\/script\s*>/i, "");
		state.inScript = false;
	}
	const masked = maskInlineCode(text);
	const spans: { start: number; end: number; replacement: string }[] = [];
	let cutFrom = -1;
	// Tags inside an element already removed (an iframe's fallback content) are skipped.
	let skipUntil = -1;
	for (const match of masked.matchAll(TAG)) {
		const start = match.index;
		if (cutFrom >= 0 && start >= cutFrom) break;
		if (start < skipUntil) continue;
		const [whole, closing, rawName, , selfClosing] = match;
		const name = rawName.toLowerCase();
		const original = text.slice(start, start + whole.length);
		if (name === "script") {
			if (closing) {
				spans.push({ start, end: start + whole.length, replacement: "" });
				continue;
			}
			const close = masked.slice(start).search(/<\/script\s*>/i);
			removals.push({ code: "html-script-removed", message: "A <script> was removed: scripts never run on the published site.", params: {} });
			if (close < 0) {
				state.inScript = !selfClosing;
				cutFrom = start;
				break;
			}
			const endTag = /<\/script\s*>/i.exec(masked.slice(start + close))?.[0].length ?? 0;
			spans.push({ start, end: start + close + endTag, replacement: "" });
			skipUntil = start + close + endTag;
			continue;
		}
		if (name === "iframe" && !closing) {
			const src = attributeValue(original, "src") ?? "";
			if (!isAllowedPlayer(src, rules.iframeHosts)) {
				removals.push({ code: "iframe-removed", message: `An <iframe> from ${hostOf(src) || "an unknown source"} was removed: only video players (YouTube, Vimeo, Dailymotion, PeerTube) are kept.`, params: { src } });
				const close = masked.slice(start).search(/<\/iframe\s*>/i);
				const closeLength = close < 0 ? 0 : (/<\/iframe\s*>/i.exec(masked.slice(start + close))?.[0].length ?? 0);
				skipUntil = close < 0 ? start + whole.length : start + close + closeLength;
				spans.push({ start, end: skipUntil, replacement: "" });
				continue;
			}
		}
		const cleaned = cleanAttributes(original, name, rules, removals);
		if (cleaned !== original) spans.push({ start, end: start + whole.length, replacement: cleaned });
	}
	let result = cutFrom >= 0 ? text.slice(0, cutFrom) : text;
	for (const span of spans.filter((s) => cutFrom < 0 || s.start < cutFrom).sort((a, b) => b.start - a.start)) {
		result = result.slice(0, span.start) + span.replacement + result.slice(span.end);
	}
	// Spans never overlap (see skipUntil); applying them from the end keeps earlier offsets valid.
	return { text: result.trim() === "" && line.trim() !== "" ? "" : result, removals };
}

function cleanAttributes(tag: string, name: string, rules: HtmlRules, removals: HtmlRemoval[]): string {
	return tag.replace(ATTRIBUTE, (whole: string, space: string, attr: string, eq: string | undefined, value: string | undefined) => {
		const attribute = attr.toLowerCase();
		if (/^on/.test(attribute)) {
			removals.push({ code: "html-event-handler-removed", message: `The ${attribute} attribute was removed from <${name}>: scripts never run on the published site.`, params: { attribute } });
			return "";
		}
		if (value === undefined || !URL_ATTRIBUTES.includes(attribute)) return whole;
		const url = unquote(value);
		if (DANGEROUS_URL.test(url)) {
			removals.push({ code: "javascript-url-removed", message: `A ${url.split(":")[0]}: URL was removed from <${name}>.`, params: { attribute } });
			return "";
		}
		if (name === "img" && attribute === "src") {
			const rewritten = rules.imageSource(url);
			if (rewritten !== null) return `${space}${attr}${eq ?? "="}"${rewritten}"`;
		}
		return whole;
	});
}

export function attributeValue(tag: string, wanted: string): string | null {
	for (const match of tag.matchAll(ATTRIBUTE)) {
		if (match[2].toLowerCase() === wanted && match[4] !== undefined) return unquote(match[4]);
	}
	return null;
}

function unquote(value: string): string {
	return /^["']/.test(value) ? value.slice(1, -1) : value;
}

function isAllowedPlayer(src: string, hosts: string[]): boolean {
	if (!/^(https?:)?\/\//i.test(src.trim())) return false;
	return hosts.includes(hostOf(src));
}

function hostOf(src: string): string {
	try {
		return new URL(src.trim().replace(/^\/\//, "https://")).hostname.toLowerCase();
	} catch {
		return "";
	}
}

function maskInlineCode(line: string): string {
	return line.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
}
