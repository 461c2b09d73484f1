import { siteYaml } from "./site-yaml";
import { isExternalUrl, isInternal, LinkRef, linkLabel } from "../links/link";
import { LinkResolver } from "../links/resolver";
import { scanLinks } from "../links/scan";
import { findFrontmatter } from "../note/frontmatter";
import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { splitLines } from "../text";
import { YamlCodec } from "../yaml";
import { findHeading, HeadingAnchor } from "./anchors";
import { blockAnchorId, replaceBlockId } from "./block-ids";
import { convertCallouts, escapeHtml } from "./callouts";
import { readBodyLines } from "./literal-blocks";
import { embedFile, isPublishableAttachment } from "./media";
import { museumData } from "./museum-data";
import { publishedFrontmatter } from "./publish-frontmatter";
import { publishWarning, PublishWarning } from "./report";
import { HtmlParser, HtmlRules, iframeHosts, sanitizeMarkdownHtml } from "./sanitize-html";
import { embeddedRange } from "./section";
import { encodeUrlPath, fileUrl } from "./url";
import { safeUrl } from "./url-guard";

/** What the compiler needs to know about the vault and the site being built. */
export interface CompileEnv {
	settings: MuseumSettings;
	yaml: YamlCodec;
	resolver: LinkResolver;
	/** Decoded, root-absolute URL of a note on the site after this publish; null when it is not published. */
	publishedUrl(notePath: string): string | null;
	/** A note's text (for embeds), or null. Only ever called for published notes. */
	readNote(notePath: string): string | null;
	record(notePath: string): NoteRecord | null;
	/** The headings of a published note (cached by the caller). */
	anchors(notePath: string): HeadingAnchor[];
	/** The HTML parser the sanitizer walks (the browser's in the plugin, parse5 on the command line). */
	html: HtmlParser;
	/** Layouts the site has, as notes name them (`layouts/post.njk`). */
	siteLayouts: readonly string[];
}

export interface CompiledNote {
	path: string;
	content: string;
	/** Vault paths of the files this page embeds or links (copied to the site). */
	attachments: string[];
	/** Private frontmatter keys that were left out. */
	removedKeys: string[];
	warnings: PublishWarning[];
}

/** Fenced code in these languages is run by an Obsidian plugin; the site can only show it as code. */
const PLUGIN_LANGUAGES = ["dataview", "dataviewjs", "tasks", "query", "base", "button", "chart", "kanban", "tracker", "excalidraw", "meta-bind", "meta-bind-button", "templater", "calendar", "timeline", "mermaid-plugin"];
const MAX_EMBED_DEPTH = 4;

/**
 * Compiles one published note into the Markdown the site builds: links point at
 * site URLs or become plain text, embeds are copied or inlined, comments,
 * scripts and private properties are gone. Invariant: the text of a note that
 * `env.publishedUrl` calls unpublished never reaches the output.
 */
export function compileNote(record: NoteRecord, text: string, env: CompileEnv, slugPermalink: string | null): CompiledNote {
	const lines = splitLines(text);
	const bodyStart = findFrontmatter(lines).bodyStartLine;
	const state: CompileState = { env, pagePath: record.path, attachments: new Set(), warnings: [], stack: [record.path], hosts: iframeHosts(env.settings.peertubeHosts) };
	const body = compileLines(state, record.path, lines.slice(bodyStart), bodyStart);
	const lookup = {
		resolve: (link: LinkRef, from: string) => resolveLink(env, link, from),
		publishedUrl: (path: string) => env.publishedUrl(path),
		record: (path: string) => env.record(path),
		// The text's own link already warns about a missing heading: no second warning here.
		fragment: (link: LinkRef, target: string) => fragmentOf(state, target, link, () => undefined),
	};
	const fm = publishedFrontmatter(record, env, slugPermalink, museumData(record, lookup));
	const content = `---\n${siteYaml(fm.data).trimEnd()}\n---\n${body.join("\n")}`;
	return { path: record.path, content, attachments: [...state.attachments].sort(), removedKeys: fm.removedKeys, warnings: [...fm.warnings, ...state.warnings] };
}

interface CompileState {
	env: CompileEnv;
	/** The page being built: same-page links need only a fragment. */
	pagePath: string;
	attachments: Set<string>;
	warnings: PublishWarning[];
	/** Notes being inlined, outermost first: guards against embed cycles. */
	stack: string[];
	hosts: string[];
}

/**
 * Compiles lines of `notePath` (the page itself or an embedded note); `firstLine` is their 0-based line in that note.
 * The sanitizer runs last, on the final Markdown: nothing a rewrite adds escapes it.
 */
function compileLines(state: CompileState, notePath: string, source: string[], firstLine: number): string[] {
	const body = readBodyLines(source);
	const reported = new Set<string>();
	const warn = (code: string, severity: PublishWarning["severity"], message: string, line: number | null, params?: Record<string, string>) => {
		const key = JSON.stringify([code, line, params]);
		if (reported.has(key)) return;
		reported.add(key);
		state.warnings.push(publishWarning(code, severity, message, notePath, line === null ? null : firstLine + line, params));
	};
	const out: string[] = [];
	const code: boolean[] = [];
	const origin: number[] = [];
	body.lines.forEach((line, i) => {
		if (body.code[i]) {
			const info = body.fenceInfo.get(i);
			if (info && PLUGIN_LANGUAGES.includes(info)) {
				warn("plugin-code-block", "warning", `A "${info}" block is shown as code on the site: plugins do not run there.`, i, { language: info });
			}
			out.push(line);
			code.push(true);
			origin.push(i);
			return;
		}
		const definition = referenceDefinition(state, notePath, line, firstLine + i);
		const expanded = definition === undefined ? rewriteLinks(state, notePath, line, firstLine + i) : [definition];
		for (const produced of expanded) {
			out.push(replaceBlockId(produced));
			code.push(false);
			origin.push(i);
		}
	});
	const final = convertCallouts(out, code, origin);
	const text = final.lines.join("\n");
	const rules: HtmlRules = { parse: state.env.html, iframeHosts: state.hosts, localUrl: (url, attribute) => localUrl(state, notePath, url, attribute) };
	const clean = sanitizeMarkdownHtml(text, rules);
	for (const removal of clean.removals) {
		const line = removal.at < 0 ? null : final.origin[text.slice(0, removal.at).split("\n").length - 1] ?? null;
		warn(removal.code, "warning", removal.message, line, removal.params);
	}
	return clean.text.split("\n");
}

/**
 * `[label]: target "title"`: a reference definition follows the rules of every
 * link. Published target: its site URL; a note not published, a file not
 * published or a dangerous URL: the definition goes, with a warning. Undefined
 * when the line is not a definition.
 */
function referenceDefinition(state: CompileState, notePath: string, line: string, lineNumber: number): string | undefined {
	const match = /^( {0,3}\[(?:\\.|[^\]\\])+\]:[ \t]*)(<[^>]*>|\S+)(.*)$/.exec(line);
	if (!match) return undefined;
	const target = match[2].startsWith("<") ? match[2].slice(1, -1) : match[2];
	const warn: Warn = (code, severity, message, line0, params) => state.warnings.push(publishWarning(code, severity, message, notePath, line0, params));
	const url = linkedUrl(state, notePath, target, lineNumber, warn);
	if (url === null) return "";
	return match[1] + (url ?? target) + match[3];
}

/**
 * A URL written in a reference definition or an HTML `href` (percent-decoded
 * or not), as the site has it: external and safe, as written; a published
 * note or file, its site URL; null when it must go (with a warning);
 * undefined for a relative URL that names nothing in the vault (a site path).
 */
function linkedUrl(state: CompileState, notePath: string, target: string, lineNumber: number | null, warn: Warn): string | null | undefined {
	if (isExternalUrl(target) || target.startsWith("//") || target.startsWith("#")) {
		if (safeUrl(target) !== null) return undefined;
		warn("javascript-url-removed", "warning", `A ${target.split(":")[0]}: link was removed.`, lineNumber);
		return null;
	}
	let decoded = target;
	try {
		decoded = decodeURIComponent(target);
	} catch {
		// keep it as written
	}
	const hash = decoded.indexOf("#");
	const link: LinkRef = {
		syntax: "markdown", raw: target, embed: false, linkpath: hash < 0 ? decoded : decoded.slice(0, hash), subpath: hash < 0 ? null : decoded.slice(hash + 1) || null,
		display: null, line: lineNumber ?? 0, start: 0, end: 0,
	};
	const found = resolveLink(state.env, { ...link, linkpath: link.linkpath.replace(/^\//, "") }, notePath);
	if (found === null) return undefined;
	if (!/\.md$/i.test(found)) {
		if (!attachmentAllowed(state, notePath, found, lineNumber)) return null;
		state.attachments.add(found);
		return fileUrl(found);
	}
	const url = state.env.publishedUrl(found);
	if (url === null) {
		warn("link-to-unpublished", "warning", `"${target}": ${found} is not published; the link is removed.`, lineNumber, { target: found });
		return null;
	}
	const fragment = fragmentOf(state, found, link, warn);
	return (found === state.pagePath && fragment ? "" : encodeUrlPath(url)) + (fragment ? `#${fragment}` : "");
}

/** A relative `href` or `src` of raw HTML: see `linkedUrl`; images, audio and video sources are files. */
function localUrl(state: CompileState, notePath: string, url: string, attribute: string): string | null | undefined {
	if (attribute !== "src" && attribute !== "poster") {
		return linkedUrl(state, notePath, url, null, (code, severity, message, line, params) => state.warnings.push(publishWarning(code, severity, message, notePath, line, params)));
	}
	return fileSource(state, notePath, url);
}

/** Only media and documents are copied, never a file Eleventy or npm would read as code or configuration. */
function attachmentAllowed(state: CompileState, notePath: string, path: string, line: number | null): boolean {
	if (isPublishableAttachment(path)) return true;
	state.warnings.push(publishWarning("attachment-not-published", "warning", `${path} is not published: only media and documents are.`, notePath, line, { target: path }));
	return false;
}

type Warn = (code: string, severity: PublishWarning["severity"], message: string, line: number | null, params?: Record<string, string>) => void;

/** Rewrites every link of one line; an embed alone on its line may expand into several lines. */
function rewriteLinks(state: CompileState, notePath: string, line: string, lineNumber: number): string[] {
	const links = scanLinks(line, lineNumber);
	if (links.length === 0) return [line];
	// Links carry their absolute line (scanned with `lineNumber`), so warnings use it as is.
	const warn: Warn = (code, severity, message, line0, params) => state.warnings.push(publishWarning(code, severity, message, notePath, line0, params));
	let result = line;
	for (const link of [...links].reverse()) {
		const before = result.slice(0, link.start);
		const after = result.slice(link.end);
		const alone = links.length === 1 && /^[\s>]*$/.test(before) && after.trim() === "";
		const replacement = rewriteLink(state, notePath, link, alone, warn);
		// An inlined note keeps the embed's quote or list prefix on each line, so it stays inside its block.
		if (Array.isArray(replacement)) return replacement.map((produced) => (produced ? before + produced : before.trimEnd()));
		result = before + replacement + after;
	}
	return [result];
}

function rewriteLink(state: CompileState, notePath: string, link: LinkRef, alone: boolean, warn: Warn): string | string[] {
	const { env } = state;
	const label = linkLabel(link);
	if (!isInternal(link)) {
		if (safeUrl(link.linkpath, link.embed ? "image" : "link") === null) {
			warn("javascript-url-removed", "warning", `A ${link.linkpath.split(":")[0]}: link was removed; its text is kept.`, link.line);
			return link.embed ? "" : label;
		}
		return link.raw;
	}
	const target = resolveLink(env, link, notePath);
	if (target === null) {
		warn(link.embed ? "embed-unresolved" : "link-unresolved", "warning", `"${link.raw}" points at nothing in the vault; its text is kept without a link.`, link.line, { target: link.linkpath });
		return link.embed ? "" : label;
	}
	if (!/\.md$/i.test(target)) {
		if (!attachmentAllowed(state, notePath, target, link.line)) return link.embed ? "" : escapeLabel(label);
		state.attachments.add(target);
		const url = fileUrl(target);
		return link.embed ? embedFile(url, target, link.display) : `[${escapeLabel(link.display ?? label)}](${url})`;
	}
	const url = env.publishedUrl(target);
	if (url === null) {
		warn(
			link.embed ? "embed-of-unpublished" : "link-to-unpublished",
			"warning",
			`"${link.raw}" points at a note that is not published (${target}); ${link.embed ? "the embed is replaced by its name" : "its text is kept without a link"}.`,
			link.line,
			{ target },
		);
		return escapeLabel(label).replace(/\\([[\]])/g, "$1");
	}
	const fragment = fragmentOf(state, target, link, warn);
	const href = (target === state.pagePath && fragment ? "" : encodeUrlPath(url)) + (fragment ? `#${fragment}` : "");
	if (link.embed && env.settings.inlineEmbeds && alone) {
		const inlined = inlineNote(state, target, link, encodeUrlPath(url) + (fragment ? `#${fragment}` : ""), warn);
		if (inlined) return inlined;
	}
	return `[${escapeLabel(label)}](${href})`;
}

/** The note a link names, as Obsidian resolves it; `[[#Heading]]` is the note itself. */
export function resolveLink(env: CompileEnv, link: LinkRef, fromPath: string): string | null {
	if (link.linkpath === "") return fromPath;
	const direct = env.resolver.resolve(link.linkpath, fromPath);
	if (direct || link.syntax !== "markdown") return direct;
	// A Markdown link may name a note without `.md`, or relatively to the note's folder.
	const folder = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/") + 1) : "";
	return env.resolver.resolve(folder + link.linkpath, fromPath);
}

function fragmentOf(state: CompileState, target: string, link: LinkRef, warn: Warn): string | null {
	if (!link.subpath) return null;
	if (link.subpath.startsWith("^")) return blockAnchorId(link.subpath.slice(1));
	const heading = findHeading(state.env.anchors(target), link.subpath);
	if (heading) return heading.slug;
	warn("heading-not-found", "warning", `"${link.raw}": the heading "${link.subpath}" does not exist in ${target}; the link goes to the top of the page.`, link.line, { target, heading: link.subpath });
	// No fragment: an id the page does not have would be a broken link.
	return null;
}

/** `![[Published note]]` or `![[Published note#Section]]` alone on its line: the text itself, then a link to the source. */
function inlineNote(state: CompileState, target: string, link: LinkRef, sourceHref: string, warn: Warn): string[] | null {
	const { env } = state;
	if (state.stack.includes(target) || state.stack.length > MAX_EMBED_DEPTH) {
		warn("embed-cycle", "warning", `"${link.raw}" embeds a note that embeds this one (or too deep); it is shown as a link.`, link.line, { target });
		return null;
	}
	const text = env.readNote(target);
	if (text === null) return null;
	const lines = splitLines(text);
	const bodyStart = findFrontmatter(lines).bodyStartLine;
	const range = embeddedRange(lines, bodyStart, link.subpath, env.anchors(target));
	if (!range) {
		warn("embed-section-not-found", "warning", `"${link.raw}": the section does not exist in ${target}; it is shown as a link.`, link.line, { target });
		return null;
	}
	state.stack.push(target);
	const inner = compileLines(state, target, lines.slice(range[0], range[1]), range[0]);
	state.stack.pop();
	const title = env.record(target)?.title ?? target;
	return ['<div class="transclusion">', "", ...inner, "", `<p class="transclusion-source"><a href="${sourceHref}">${escapeHtml(title)}</a></p>`, "</div>", ""];
}

/** `<img src="/images/x.svg">` or a relative `src`: the vault file, copied, at its site URL; undefined when it is not in the vault. */
function fileSource(state: CompileState, notePath: string, src: string): string | null | undefined {
	const folder = notePath.includes("/") ? notePath.slice(0, notePath.lastIndexOf("/") + 1) : "";
	const candidates = src.startsWith("/") ? [src.slice(1)] : [folder + src, src];
	for (const candidate of candidates) {
		const found = state.env.resolver.resolve(candidate, notePath);
		if (found && !/\.md$/i.test(found)) {
			if (!attachmentAllowed(state, notePath, found, null)) return null;
			state.attachments.add(found);
			return fileUrl(found);
		}
	}
	state.warnings.push(publishWarning("image-not-found", "warning", `The image "${src}" is not in the vault; it is left as written.`, notePath, null, { src }));
	return undefined;
}

function escapeLabel(label: string): string {
	return label.replace(/[[\]]/g, "\\$&");
}
