import { siteYaml } from "./site-yaml";
import { isInternal, LinkRef, linkLabel } from "../links/link";
import { LinkResolver } from "../links/resolver";
import { scanLinks } from "../links/scan";
import { findFrontmatter } from "../note/frontmatter";
import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { splitLines } from "../text";
import { YamlCodec } from "../yaml";
import { findHeading, HeadingAnchor } from "./anchors";
import { blockAnchorId, replaceBlockId } from "./block-ids";
import { convertCallouts } from "./callouts";
import { escapeHtml } from "./escape-html";
import { readBodyLines } from "./literal-blocks";
import { isPublishableAttachment } from "./exclusions";
import { embedFile, escapeLabel } from "./media";
import { museumData, MuseumLookup } from "./museum-data";
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
const PLUGIN_LANGUAGES = /^(dataview(js)?|tasks|query|base|button|chart|kanban|tracker|excalidraw|meta-bind(-button)?|templater|calendar|timeline|mermaid-plugin)$/;
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
	// The environment's publishedUrl and record (plain functions, see CompileEnv) serve the lookup as they are.
	const lookup: MuseumLookup = {
		...env,
		resolve: (link, from) => resolveLink(env, link, from),
		// The text's own link already warns about a missing heading: no second warning here.
		fragment: (link, target) => fragmentOf(state, target, link, () => undefined),
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
	// Lines here count from `firstLine`.
	const warn = warnOf(state, notePath, firstLine);
	const out: string[] = [];
	/** For each line of `out`, the line of `source` it comes from. */
	const origin: number[] = [];
	body.lines.forEach((line, i) => {
		const info = body.fenceInfo.get(i);
		if (info && PLUGIN_LANGUAGES.test(info)) warn("plugin-code-block", `A "${info}" block is shown as code on the site: plugins do not run there.`, i, { language: info });
		const definition = body.code[i] ? line : referenceDefinition(state, notePath, line, firstLine + i);
		for (const produced of definition === undefined ? rewriteLinks(state, notePath, line, firstLine + i) : [definition]) {
			out.push(body.code[i] ? produced : replaceBlockId(produced));
			origin.push(i);
		}
	});
	const rules: HtmlRules = { parse: state.env.html, iframeHosts: state.hosts, localUrl: (url, line) => siteUrlOf(state, notePath, url, firstLine + (origin[line] ?? 0)) };
	const clean = sanitizeMarkdownHtml(out.join("\n"), rules);
	for (const removal of clean.removals) warn(removal.code, removal.message, origin[removal.line] ?? null, removal.params);
	// Callouts become the site's HTML after it, their titles escaped (fences found again: a cleaned tag may span fewer lines).
	const lines = clean.text.split("\n");
	return convertCallouts(lines, readBodyLines(lines).code);
}

/**
 * `[label]: target "title"`: a reference definition follows the rules of
 * every link; one that names nothing to link to goes (with the link's
 * warning). Undefined when the line is not a definition.
 */
function referenceDefinition(state: CompileState, notePath: string, line: string, lineNumber: number): string | undefined {
	const match = /^( {0,3}\[(?:\\.|[^\]\\])+\]:[ \t]*)(<[^>]*>|\S+)(.*)$/.exec(line);
	if (!match) return undefined;
	const url = siteUrlOf(state, notePath, match[2].replace(/^<(.*)>$/, "$1"), lineNumber);
	return url === null ? "" : match[1] + url + match[3];
}

/**
 * A URL written outside Markdown link syntax (a reference definition, a relative
 * `href` or `src` of raw HTML), through the rules of a Markdown link to it:
 * its site URL, or null when the link would be text only.
 */
function siteUrlOf(state: CompileState, notePath: string, url: string, lineNumber: number): string | null {
	const link = scanLinks(`[](<${url.replace(/^\//, "")}>)`, lineNumber)[0];
	// A root-absolute URL that names no vault file is a page of the site (`/toutes-les-questions/`).
	if (!link || (url.startsWith("/") && resolveLink(state.env, link, notePath) === null)) return link ? url : null;
	const written = rewriteLink(state, notePath, link, false, warnOf(state, notePath));
	return /\]\(<?(.*?)>?\)$/.exec(String(written))?.[1] ?? null;
}

/** Warnings about `notePath`, whose lines the caller counts from `firstLine`. */
function warnOf(state: CompileState, notePath: string, firstLine = 0): Warn {
	return (code, message, line, params) => state.warnings.push(publishWarning(code, message, notePath, line === null ? null : firstLine + line, params));
}

type Warn = (code: string, message: string, line: number | null, params?: Record<string, string>) => void;

/** Rewrites every link of one line; an embed alone on its line may expand into several lines. */
function rewriteLinks(state: CompileState, notePath: string, line: string, lineNumber: number): string[] {
	const links = scanLinks(line, lineNumber);
	if (links.length === 0) return [line];
	// Links carry their absolute line (scanned with `lineNumber`), so warnings use it as is.
	const warn = warnOf(state, notePath);
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
	// A link that goes keeps its text; an embed that goes leaves nothing.
	const textKept = link.embed ? "" : label;
	if (!isInternal(link)) {
		if (safeUrl(link.linkpath, link.embed ? "image" : "link") === null) {
			warn("javascript-url-removed", `A ${link.linkpath.split(":")[0]}: link was removed; its text is kept.`, link.line);
			return textKept;
		}
		return link.raw;
	}
	const target = resolveLink(env, link, notePath);
	if (target === null) {
		warn(link.embed ? "embed-unresolved" : "link-unresolved", `"${link.raw}" points at nothing in the vault; its text is kept without a link.`, link.line, { target: link.linkpath });
		return textKept;
	}
	if (!/\.md$/i.test(target)) {
		// Only media and documents are copied, never a file Eleventy or npm would read as code or configuration.
		if (!isPublishableAttachment(target)) {
			warn("attachment-not-published", `${target} is not published: not media or a document.`, link.line, { target });
			return escapeLabel(textKept);
		}
		state.attachments.add(target);
		const url = fileUrl(target);
		return link.embed ? embedFile(url, target, link.display) : `[${escapeLabel(link.display ?? label)}](${url})`;
	}
	const url = env.publishedUrl(target);
	if (url === null) {
		warn(
			link.embed ? "embed-of-unpublished" : "link-to-unpublished",
			`"${link.raw}" points at a note that is not published (${target}); ${link.embed ? "the embed is replaced by its name" : "its text is kept without a link"}.`,
			link.line,
			{ target },
		);
		return escapeLabel(label).replace(/\\([[\]])/g, "$1");
	}
	const fragment = fragmentOf(state, target, link, warn);
	const hash = fragment ? `#${fragment}` : "";
	const pageHref = encodeUrlPath(url) + hash;
	if (link.embed && env.settings.inlineEmbeds && alone) {
		const inlined = inlineNote(state, target, link, pageHref, warn);
		if (inlined) return inlined;
	}
	// A link to a heading of the page itself needs only the fragment.
	return `[${escapeLabel(label)}](${target === state.pagePath && fragment ? hash : pageHref})`;
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
	warn("heading-not-found", `"${link.raw}": the heading "${link.subpath}" does not exist in ${target}; the link goes to the top of the page.`, link.line, { target, heading: link.subpath });
	// No fragment: an id the page does not have would be a broken link.
	return null;
}

/** `![[Published note]]` or `![[Published note#Section]]` alone on its line: the text itself, then a link to the source. */
function inlineNote(state: CompileState, target: string, link: LinkRef, sourceHref: string, warn: Warn): string[] | null {
	const { env } = state;
	if (state.stack.includes(target) || state.stack.length > MAX_EMBED_DEPTH) {
		warn("embed-cycle", `"${link.raw}" embeds a note that embeds this one (or too deep); it is shown as a link.`, link.line, { target });
		return null;
	}
	const text = env.readNote(target);
	if (text === null) return null;
	const lines = splitLines(text);
	const bodyStart = findFrontmatter(lines).bodyStartLine;
	const range = embeddedRange(lines, bodyStart, link.subpath, env.anchors(target));
	if (!range) {
		warn("embed-section-not-found", `"${link.raw}": the section does not exist in ${target}; it is shown as a link.`, link.line, { target });
		return null;
	}
	state.stack.push(target);
	const inner = compileLines(state, target, lines.slice(range[0], range[1]), range[0]);
	state.stack.pop();
	const title = env.record(target)?.title ?? target;
	return ['<div class="transclusion">', "", ...inner, "", `<p class="transclusion-source"><a href="${sourceHref}">${escapeHtml(title)}</a></p>`, "</div>", ""];
}
