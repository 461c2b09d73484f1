/**
 * Computes `CachedMetadata` for a markdown text the way Obsidian's metadata cache does
 * (block structure after CommonMark + GFM tables + Obsidian extensions: callouts, %% comments %%,
 * $$ math $$, wikilinks, embeds, #tags, ^block-ids, YAML frontmatter).
 * Checked against captures of real Obsidian in tests/fixtures/obsidian-ground-truth.
 */
import { parseYaml } from "./yaml";

export interface Loc { line: number; col: number; offset: number }
export interface Pos { start: Loc; end: Loc }

interface Line { line: number; col: number; text: string }

interface Block {
	type: string;
	sl: number; sc: number; el: number; ec: number;
	children?: Block[];
	/** list item data */
	task?: string;
	items?: Block[];
	inline?: Line[];
	level?: number;
	heading?: string;
	id?: string;
}

const BULLET_RE = /^( {0,3})([-+*]|(\d{1,9})([.)]))(?=[ \t]|$)/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX_RE = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const HR_RE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_RE = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIM_RE = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK_TAGS = new Set(
	"address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" "),
);

function isBlank(s: string): boolean {
	return /^[ \t]*$/.test(s);
}

function indentWidth(s: string): number {
	let w = 0;
	for (const ch of s) {
		if (ch === " ") w++;
		else if (ch === "\t") w += 4 - (w % 4);
		else break;
	}
	return w;
}

/** Removes `n` columns of indentation from a line (tabs count as up to 4). */
function stripIndent(l: Line, n: number): Line {
	let w = 0;
	let i = 0;
	while (i < l.text.length && w < n) {
		const ch = l.text[i];
		if (ch === " ") w++;
		else if (ch === "\t") w += 4 - (w % 4);
		else break;
		i++;
	}
	return { line: l.line, col: l.col + i, text: l.text.slice(i) };
}

function endOf(l: Line): number {
	return l.col + l.text.replace(/[ \t]+$/, "").length;
}

function htmlBlockKind(t: string): number {
	const s = t.replace(/^ {0,3}/, "");
	if (/^<(script|pre|style|textarea)(\s|>|$)/i.test(s)) return 1;
	if (s.startsWith("<!--")) return 2;
	if (s.startsWith("<?")) return 3;
	if (/^<![A-Za-z]/.test(s)) return 4;
	if (s.startsWith("<![CDATA[")) return 5;
	const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)(\s|\/?>|$)/.exec(s);
	if (m && HTML_BLOCK_TAGS.has(m[1].toLowerCase())) return 6;
	if (/^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/.test(s)) return 7;
	return 0;
}

function listMarker(text: string): { indent: number; bullet: string; start: number | null; markerEnd: number; contentOffset: number; empty: boolean } | null {
	if (indentWidth(text) > 3) return null;
	const m = BULLET_RE.exec(text);
	if (!m) return null;
	const markerEnd = m[0].length;
	const rest = text.slice(markerEnd);
	const empty = isBlank(rest);
	const spaces = indentWidth(rest);
	let contentOffset: number;
	if (empty) contentOffset = markerEnd + (rest.length > 0 ? 1 : 0);
	else if (spaces >= 5) contentOffset = markerEnd + 1;
	else contentOffset = markerEnd + rest.length - rest.replace(/^[ \t]+/, "").length;
	const bullet = m[3] !== undefined ? m[4] : m[2];
	return { indent: m[1].length, bullet, start: m[3] !== undefined ? parseInt(m[3], 10) : null, markerEnd, contentOffset, empty };
}

function isCommentStart(t: string): boolean {
	return /^ {0,3}%%/.test(t);
}

/** Whether a line starts a block that interrupts a paragraph. */
function interruptsParagraph(t: string): boolean {
	if (isBlank(t)) return true;
	if (indentWidth(t) >= 4) return false;
	if (ATX_RE.test(t) || FENCE_RE.test(t) || HR_RE.test(t) || /^ {0,3}>/.test(t)) return true;
	if (/^ {0,3}\$\$/.test(t) || isCommentStart(t)) return true;
	const k = htmlBlockKind(t);
	if (k >= 1 && k <= 6) return true;
	const lm = listMarker(t);
	if (lm && !lm.empty && (lm.start === null || lm.start === 1)) return true;
	return false;
}

function splitCells(row: string): string[] {
	let s = row.trim();
	if (s.startsWith("|")) s = s.slice(1);
	if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
	return s.split(/(?<!\\)\|/);
}

/** Parses the blocks of one container (document, blockquote or list item content). */
function parseBlocks(lines: Line[]): Block[] {
	const blocks: Block[] = [];
	let i = 0;
	const n = lines.length;
	const lastNonBlank = (from: number, to: number): number => {
		let k = to - 1;
		while (k >= from && isBlank(lines[k].text)) k--;
		return k;
	};
	while (i < n) {
		const L = lines[i];
		const t = L.text;
		if (isBlank(t)) {
			i++;
			continue;
		}
		const ind = indentWidth(t);
		// Indented code
		if (ind >= 4) {
			let j = i + 1;
			while (j < n && (isBlank(lines[j].text) || indentWidth(lines[j].text) >= 4)) j++;
			const last = lastNonBlank(i, j);
			blocks.push({ type: "code", sl: L.line, sc: L.col, el: lines[last].line, ec: endOf(lines[last]) });
			i = last + 1;
			continue;
		}
		// Fenced code
		const fm = FENCE_RE.exec(t);
		if (fm && !(fm[1][0] === "`" && fm[2].includes("`"))) {
			const fch = fm[1][0];
			const flen = fm[1].length;
			let j = i + 1;
			let closed = -1;
			while (j < n) {
				const cm = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[j].text);
				if (cm && cm[1][0] === fch && cm[1].length >= flen) {
					closed = j;
					break;
				}
				j++;
			}
			const lastLine = closed >= 0 ? closed : Math.max(i, lastNonBlank(i, n));
			blocks.push({ type: "code", sl: L.line, sc: L.col, el: lines[lastLine].line, ec: endOf(lines[lastLine]) });
			i = (closed >= 0 ? closed : n - 1) + 1;
			continue;
		}
		// %% comment %%
		if (isCommentStart(t)) {
			const startIdx = t.indexOf("%%");
			const after = t.slice(startIdx + 2);
			const close = after.indexOf("%%");
			if (close >= 0) {
				if (isBlank(after.slice(close + 2))) {
					blocks.push({ type: "comment", sl: L.line, sc: L.col, el: L.line, ec: endOf(L), inline: [L] });
					i++;
					continue;
				}
				// otherwise an inline comment inside a paragraph: fall through
			} else {
				let j = i + 1;
				let endCol = -1;
				while (j < n) {
					const k = lines[j].text.indexOf("%%");
					if (k >= 0) {
						endCol = lines[j].col + k + 2;
						break;
					}
					j++;
				}
				if (j >= n) {
					const last = lastNonBlank(i, n);
					blocks.push({ type: "comment", sl: L.line, sc: L.col, el: lines[last].line, ec: endOf(lines[last]), inline: lines.slice(i, last + 1) });
					i = n;
				} else {
					blocks.push({ type: "comment", sl: L.line, sc: L.col, el: lines[j].line, ec: endCol, inline: lines.slice(i, j + 1) });
					i = j + 1;
				}
				continue;
			}
		}
		// $$ math $$
		if (/^ {0,3}\$\$/.test(t)) {
			const after = t.replace(/^ {0,3}\$\$/, "");
			if (after.includes("$$")) {
				blocks.push({ type: "math", sl: L.line, sc: L.col, el: L.line, ec: endOf(L) });
				i++;
				continue;
			}
			let j = i + 1;
			while (j < n && !lines[j].text.includes("$$")) j++;
			const last = j < n ? j : lastNonBlank(i, n);
			blocks.push({ type: "math", sl: L.line, sc: L.col, el: lines[last].line, ec: endOf(lines[last]) });
			i = last + 1;
			continue;
		}
		// ATX heading
		const am = ATX_RE.exec(t);
		if (am) {
			const raw = am[2];
			const contentStart = L.col + t.length - raw.length;
			let text = raw.replace(/^[ \t]+/, "");
			const lead = raw.length - text.length;
			text = text.replace(/(^|[ \t]+)#+[ \t]*$/, "").replace(/[ \t]+$/, "");
			blocks.push({
				type: "heading", sl: L.line, sc: L.col, el: L.line, ec: endOf(L), level: am[1].length, heading: text,
				inline: [{ line: L.line, col: contentStart + lead, text }],
			});
			i++;
			continue;
		}
		// Thematic break
		if (HR_RE.test(t)) {
			blocks.push({ type: "thematicBreak", sl: L.line, sc: L.col, el: L.line, ec: endOf(L) });
			i++;
			continue;
		}
		// Blockquote / callout
		if (/^ {0,3}>/.test(t)) {
			const inner: Line[] = [];
			let j = i;
			while (j < n) {
				const lt = lines[j].text;
				const qm = /^( {0,3}>)( ?)/.exec(lt);
				if (qm) {
					const cut = qm[1].length + qm[2].length;
					inner.push({ line: lines[j].line, col: lines[j].col + cut, text: lt.slice(cut) });
					j++;
					continue;
				}
				// lazy continuation of a paragraph
				if (!isBlank(lt) && inner.length > 0 && !isBlank(inner[inner.length - 1].text) && !interruptsParagraph(lt) && !listMarker(lt)) {
					inner.push(lines[j]);
					j++;
					continue;
				}
				break;
			}
			const children = parseBlocks(inner);
			const isCallout = /^\s*\[![^\]]+\]/.test(inner[0]?.text ?? "");
			const last = inner[inner.length - 1];
			const lastBlock = children[children.length - 1];
			blocks.push({
				type: isCallout ? "callout" : "blockquote", sl: L.line, sc: L.col,
				el: lastBlock ? lastBlock.el : last.line, ec: lastBlock ? lastBlock.ec : endOf(lines[j - 1]), children,
			});
			i = j;
			continue;
		}
		// List
		const lm = listMarker(t);
		if (lm) {
			const list: Block = { type: "list", sl: L.line, sc: L.col, el: L.line, ec: L.col, items: [] };
			let j = i;
			let first = lm;
			while (j < n) {
				const IL = lines[j];
				const m = j === i ? first : listMarker(IL.text);
				if (!m || m.bullet !== first.bullet) break;
				const contentIndent = m.contentOffset;
				const itemLines: Line[] = [{ line: IL.line, col: IL.col + m.contentOffset, text: IL.text.slice(m.contentOffset) }];
				let k = j + 1;
				let lastContent = j;
				while (k < n) {
					const kt = lines[k].text;
					if (isBlank(kt)) {
						itemLines.push(stripIndent(lines[k], contentIndent));
						k++;
						continue;
					}
					if (indentWidth(kt) >= contentIndent) {
						itemLines.push(stripIndent(lines[k], contentIndent));
						lastContent = k;
						k++;
						continue;
					}
					// lazy paragraph continuation
					if (lastContent === k - 1 && !interruptsParagraph(kt) && !listMarker(kt) && !m.empty) {
						const prev = itemLines[itemLines.length - 1].text;
						if (!FENCE_RE.test(prev.trim()) && !inOpenFence(itemLines)) {
							itemLines.push(lines[k]);
							lastContent = k;
							k++;
							continue;
						}
					}
					break;
				}
				const used = itemLines.slice(0, lastContent - j + 1);
				const taskM = /^\[(.)\](?=[ \t]|$)/.exec(used[0].text);
				// `- [ ] 1. text`: Obsidian reads what follows the checkbox as the item's content, here a numbered list.
				const afterBox = taskM ? stripIndent({ ...used[0], col: used[0].col + 3, text: used[0].text.slice(3) }, 4) : null;
				const children = parseBlocks(afterBox && listMarker(afterBox.text) ? [afterBox, ...used.slice(1)] : used);
				// Obsidian's list item position stops before nested lists (those starting on a later line).
				const ownChildren = children.filter((c) => c.type !== "list" || c.sl === IL.line);
				const lastChild = ownChildren[ownChildren.length - 1];
				const item: Block = {
					// A nested `1.` item starts at its number; other items where the parent's content starts.
					type: "listItem", sl: IL.line, sc: IL.col + (m.bullet === "." ? m.indent : 0),
					el: lastChild ? (lastChild.type === "list" ? lastChild.items![0].el : lastChild.el) : IL.line,
					ec: lastChild ? (lastChild.type === "list" ? lastChild.items![0].ec : lastChild.ec) : IL.col + m.markerEnd, children,
				};
				if (taskM) item.task = taskM[1];
				list.items!.push(item);
				const anyLast = children[children.length - 1];
				list.el = anyLast ? anyLast.el : item.el;
				list.ec = anyLast ? anyLast.ec : item.ec;
				// next sibling?
				let next = lastContent + 1;
				while (next < n && isBlank(lines[next].text)) next++;
				if (next < n) {
					const nm = listMarker(lines[next].text);
					if (nm && nm.bullet === first.bullet && !HR_RE.test(lines[next].text)) {
						if (next > lastContent + 1 && item.el === lines[lastContent].line) {
							// loose list: Obsidian ends the item at the start of the first blank line
							// (unless a nested list came last: the item then ends with its own text)
							item.el = lines[lastContent + 1].line;
							item.ec = lines[lastContent + 1].col;
						}
						j = next;
						continue;
					}
				}
				j = lastContent + 1;
				break;
			}
			blocks.push(list);
			i = j;
			continue;
		}
		// HTML block
		const hk = htmlBlockKind(t);
		if (hk > 0) {
			let j = i;
			if (hk === 1 || hk === 2 || hk === 3 || hk === 4 || hk === 5) {
				const endRe = hk === 1 ? /<\/(script|pre|style|textarea)>/i : hk === 2 ? /-->/ : hk === 3 ? /\?>/ : hk === 4 ? />/ : /\]\]>/;
				while (j < n) {
					const probe = j === i ? lines[j].text.replace(/^ {0,3}<!--/, "    ") : lines[j].text;
					if (endRe.test(probe)) break;
					j++;
				}
				if (j >= n) j = lastNonBlank(i, n);
			} else {
				while (j + 1 < n && !isBlank(lines[j + 1].text)) j++;
			}
			blocks.push({ type: "html", sl: L.line, sc: L.col, el: lines[j].line, ec: endOf(lines[j]) });
			i = j + 1;
			continue;
		}
		// Footnote definition
		if (/^ {0,3}\[\^[^\]\s]+\]:/.test(t)) {
			let j = i + 1;
			while (j < n && !isBlank(lines[j].text) && (indentWidth(lines[j].text) >= 4 || !interruptsParagraph(lines[j].text))) j++;
			blocks.push({ type: "footnoteDefinition", sl: L.line, sc: L.col, el: lines[j - 1].line, ec: endOf(lines[j - 1]), inline: lines.slice(i, j) });
			i = j;
			continue;
		}
		// Table
		if (t.includes("|") && i + 1 < n && TABLE_DELIM_RE.test(lines[i + 1].text) && (lines[i + 1].text.includes("|") || splitCells(t).length > 1)) {
			if (splitCells(t).length === splitCells(lines[i + 1].text).length) {
				let j = i + 2;
				while (j < n && !isBlank(lines[j].text) && !interruptsParagraph(lines[j].text)) j++;
				blocks.push({ type: "table", sl: L.line, sc: L.col, el: lines[j - 1].line, ec: endOf(lines[j - 1]), inline: lines.slice(i, j) });
				i = j;
				continue;
			}
		}
		// Paragraph (possibly setext heading)
		let j = i + 1;
		let setext = 0;
		while (j < n) {
			const lt = lines[j].text;
			if (isBlank(lt)) break;
			const sm = SETEXT_RE.exec(lt);
			if (sm) {
				setext = sm[1][0] === "=" ? 1 : 2;
				break;
			}
			if (interruptsParagraph(lt)) break;
			j++;
		}
		const para = lines.slice(i, j);
		if (setext) {
			const text = para.map((p) => p.text.trim()).join("\n");
			blocks.push({ type: "heading", sl: L.line, sc: L.col, el: lines[j].line, ec: endOf(lines[j]), level: setext, heading: text, inline: para });
			i = j + 1;
			continue;
		}
		const lastP = para[para.length - 1];
		const blk: Block = { type: "paragraph", sl: L.line, sc: L.col, el: lastP.line, ec: endOf(lastP), inline: para };
		const idm = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/.exec(lastP.text);
		if (idm) blk.id = idm[1];
		blocks.push(blk);
		i = j;
	}
	return blocks;
}

function inOpenFence(lines: Line[]): boolean {
	let open: string | null = null;
	for (const l of lines) {
		const m = /^ {0,3}(`{3,}|~{3,})/.exec(l.text);
		if (m) {
			if (open === null) open = m[1][0];
			else if (m[1][0] === open) open = null;
		}
	}
	return open !== null;
}

export interface LinkCacheLike { link: string; original: string; displayText?: string; position: Pos }
export interface TagCacheLike { tag: string; position: Pos }

const TAG_BODY_RE = /^#([^\s!"#$%&'()*+,.:;<=>?@[\]^`{|}~\\\u3000-\u303f\uff00-\uff0f]+)/u;
const TAG_PREV_FORBIDDEN = /[\p{L}\p{N}_#/\\&]/u;

function wikiDisplayText(link: string): string {
	return link.split("#").filter((s) => s.length > 0).join(" > ");
}

function isExternal(url: string): boolean {
	return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith("//");
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Scans inline content for wikilinks, embeds, markdown links and tags. */
function scanInline(
	segs: Line[],
	toLoc: (line: number, col: number) => Loc,
	out: { links: LinkCacheLike[]; embeds: LinkCacheLike[]; tags: TagCacheLike[] },
): void {
	// Join segments with "\n", keeping a map from string index to (line, col).
	let s = "";
	const map: Array<[number, number]> = [];
	segs.forEach((seg, k) => {
		for (let c = 0; c < seg.text.length; c++) {
			s += seg.text[c];
			map.push([seg.line, seg.col + c]);
		}
		map.push([seg.line, seg.col + seg.text.length]);
		if (k < segs.length - 1) s += "\n";
	});
	const at = (idx: number): Loc => {
		const m = map[Math.min(idx, map.length - 1)];
		return toLoc(m[0], m[1]);
	};
	const pos = (a: number, b: number): Pos => ({ start: at(a), end: b > 0 && b <= s.length ? endLoc(b) : at(b) });
	// end location of index b (exclusive): position right after char b-1
	const endLoc = (b: number): Loc => {
		const m = map[b - 1];
		return toLoc(m[0], m[1] + 1);
	};
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if (c === "\\" && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1])) {
			i += 2;
			continue;
		}
		if (c === "`") {
			let k = i;
			while (s[k] === "`") k++;
			const run = k - i;
			let search = k;
			let found = -1;
			while (search < s.length) {
				const idx = s.indexOf("`", search);
				if (idx < 0) break;
				let e = idx;
				while (s[e] === "`") e++;
				if (e - idx === run) {
					found = e;
					break;
				}
				search = e;
			}
			i = found >= 0 ? found : k;
			continue;
		}
		if (s.startsWith("<!--", i)) {
			const e = s.indexOf("-->", i + 4);
			i = e >= 0 ? e + 3 : s.length;
			continue;
		}
		if (c === "<") {
			const m = /^(?:<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*>)/.exec(s.slice(i));
			if (m) {
				i += m[0].length;
				continue;
			}
		}
		if (c === "$" && s[i + 1] !== "$" && s[i + 1] !== undefined && !/\s/.test(s[i + 1])) {
			const m = /^\$([^$\n]*?[^\s$])\$(?!\d)/.exec(s.slice(i));
			if (m) {
				i += m[0].length;
				continue;
			}
		}
		const embed = c === "!" && s[i + 1] === "[";
		const startB = embed ? i + 1 : i;
		if (s[startB] === "[" && s[startB + 1] === "[") {
			const close = s.indexOf("]]", startB + 2);
			const nl = s.indexOf("\n", startB + 2);
			if (close >= 0 && (nl < 0 || nl > close)) {
				const inner = s.slice(startB + 2, close);
				if (inner.trim().length > 0 && !inner.includes("[[")) {
					// `[[|alias]]`: with nothing before the bar, Obsidian takes the whole text as the link.
					const bar = inner.indexOf("|") > 0 ? inner.indexOf("|") : -1;
					const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
					const displayText = bar >= 0 ? inner.slice(bar + 1) : wikiDisplayText(link);
					const end = close + 2;
					const entry: LinkCacheLike = { link, original: s.slice(i, end), displayText, position: pos(i, end) };
					(embed ? out.embeds : out.links).push(entry);
					i = end;
					continue;
				}
			}
		}
		if (s[startB] === "[") {
			const ml = matchMarkdownLink(s, startB);
			if (ml) {
				if (!isExternal(ml.dest) && ml.dest.length > 0) {
					const entry: LinkCacheLike = { link: safeDecode(ml.dest), original: s.slice(i, ml.end), displayText: ml.text, position: pos(i, ml.end) };
					(embed ? out.embeds : out.links).push(entry);
				}
				i = ml.end;
				continue;
			}
		}
		if (c === "#" && (i === 0 || !TAG_PREV_FORBIDDEN.test(s[i - 1]))) {
			const m = TAG_BODY_RE.exec(s.slice(i));
			if (m && /[^0-9]/.test(m[1])) {
				out.tags.push({ tag: m[0], position: pos(i, i + m[0].length) });
				i += m[0].length;
				continue;
			}
		}
		i++;
	}
}

function matchMarkdownLink(s: string, i: number): { text: string; dest: string; end: number } | null {
	let depth = 0;
	let k = i;
	for (; k < s.length; k++) {
		const ch = s[k];
		if (ch === "\\") {
			k++;
			continue;
		}
		if (ch === "[") depth++;
		else if (ch === "]") {
			depth--;
			if (depth === 0) break;
		}
	}
	if (k >= s.length || s[k + 1] !== "(") return null;
	const text = s.slice(i + 1, k);
	let p = k + 2;
	while (s[p] === " ") p++;
	let dest: string;
	if (s[p] === "<") {
		const e = s.indexOf(">", p);
		if (e < 0) return null;
		dest = s.slice(p + 1, e);
		p = e + 1;
	} else {
		let par = 0;
		const st = p;
		while (p < s.length && !/\s/.test(s[p])) {
			if (s[p] === "(") par++;
			else if (s[p] === ")") {
				if (par === 0) break;
				par--;
			}
			p++;
		}
		dest = s.slice(st, p);
	}
	while (s[p] === " ") p++;
	if (s[p] === '"' || s[p] === "'") {
		const q = s[p];
		const e = s.indexOf(q, p + 1);
		if (e < 0) return null;
		p = e + 1;
		while (s[p] === " ") p++;
	}
	if (s[p] !== ")") return null;
	return { text, dest, end: p + 1 };
}

export interface ComputedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	frontmatterLinks?: Array<{ key: string; link: string; original: string; displayText?: string }>;
	headings?: Array<{ heading: string; level: number; position: Pos }>;
	links?: LinkCacheLike[];
	embeds?: LinkCacheLike[];
	tags?: TagCacheLike[];
	listItems?: Array<{ parent: number; position: Pos; task?: string; id?: string }>;
	sections?: Array<{ type: string; position: Pos; id?: string }>;
	blocks?: Record<string, { id: string; position: Pos }>;
}

function collectFrontmatterLinks(fm: Record<string, unknown>): Array<{ key: string; link: string; original: string; displayText?: string }> {
	const out: Array<{ key: string; link: string; original: string; displayText?: string }> = [];
	const visit = (key: string, v: unknown): void => {
		if (typeof v === "string") {
			const m = /^\[\[([^\]]+)\]\]$/.exec(v.trim());
			if (m) {
				const bar = m[1].indexOf("|");
				const link = (bar >= 0 ? m[1].slice(0, bar) : m[1]).trim();
				out.push({ key, link, original: v.trim(), displayText: bar >= 0 ? m[1].slice(bar + 1) : wikiDisplayText(link) });
			}
		} else if (Array.isArray(v)) {
			v.forEach((x, k) => visit(`${key}.${k}`, x));
		}
	};
	for (const [k, v] of Object.entries(fm)) visit(k, v);
	return out;
}

/** Returns the metadata Obsidian computes for a markdown text. */
export function computeMetadata(text: string): ComputedMetadata {
	const rawLines = text.split("\n");
	const lineStarts: number[] = [];
	let off = 0;
	for (const l of rawLines) {
		lineStarts.push(off);
		off += l.length + 1;
	}
	const toLoc = (line: number, col: number): Loc => ({ line, col, offset: lineStarts[line] + col });
	const P = (sl: number, sc: number, el: number, ec: number): Pos => ({ start: toLoc(sl, sc), end: toLoc(el, ec) });
	const cache: ComputedMetadata = {};
	const sections: Array<{ type: string; position: Pos; id?: string }> = [];
	let firstBody = 0;
	// Frontmatter
	if (/^---[ \t]*$/.test(rawLines[0] ?? "") && rawLines.length > 1) {
		let close = -1;
		for (let k = 1; k < rawLines.length; k++) {
			if (/^(---|\.\.\.)[ \t]*$/.test(rawLines[k])) {
				close = k;
				break;
			}
		}
		if (close > 0) {
			const position = P(0, 0, close, rawLines[close].replace(/[ \t]+$/, "").length);
			sections.push({ type: "yaml", position });
			const yamlText = rawLines.slice(1, close).join("\n");
			let fm: unknown = null;
			try {
				fm = parseYaml(yamlText);
			} catch {
				fm = null;
			}
			if (fm && typeof fm === "object" && !Array.isArray(fm)) {
				cache.frontmatter = fm as Record<string, unknown>;
				cache.frontmatterPosition = position;
				cache.frontmatterLinks = collectFrontmatterLinks(fm as Record<string, unknown>);
			}
			firstBody = close + 1;
		}
	}
	const lines: Line[] = rawLines.slice(firstBody).map((t, k) => ({ line: k + firstBody, col: 0, text: t.replace(/\r$/, "") }));
	const blocks = parseBlocks(lines);
	const headings: Array<{ heading: string; level: number; position: Pos }> = [];
	const listItems: Array<{ parent: number; position: Pos; task?: string; id?: string }> = [];
	const inl = { links: [] as LinkCacheLike[], embeds: [] as LinkCacheLike[], tags: [] as TagCacheLike[] };
	const blockIds: Record<string, { id: string; position: Pos }> = {};
	const walk = (bs: Block[], parentItemLine: number | null): void => {
		for (const b of bs) {
			if (b.type === "heading") headings.push({ heading: b.heading!, level: b.level!, position: P(b.sl, b.sc, b.el, b.ec) });
			if (b.inline) scanInline(b.inline, toLoc, inl);
			if (b.type === "paragraph" && b.id && parentItemLine === null) blockIds[b.id] = { id: b.id, position: P(b.sl, b.sc, b.el, b.ec) };
			if (b.type === "list") {
				for (const it of b.items!) {
					const li: { parent: number; position: Pos; task?: string; id?: string } = {
						parent: parentItemLine !== null ? parentItemLine : -b.sl || -1,
						position: P(it.sl, it.sc, it.el, it.ec),
					};
					if (it.task !== undefined) li.task = it.task;
					const firstPara = it.children?.[0];
					if (firstPara && firstPara.type === "paragraph" && firstPara.id) {
						li.id = firstPara.id;
						blockIds[firstPara.id] = { id: firstPara.id, position: li.position };
					}
					listItems.push(li);
					walk(it.children ?? [], it.sl);
				}
			}
			if (b.children && b.type !== "list") walk(b.children, b.type === "listItem" ? b.sl : parentItemLine === null ? null : parentItemLine);
		}
	};
	walk(blocks, null);
	for (const b of blocks) {
		const sec: { type: string; position: Pos; id?: string } = { type: b.type, position: P(b.sl, b.sc, b.el, b.ec) };
		if (b.type === "paragraph" && b.id) sec.id = b.id;
		sections.push(sec);
	}
	if (headings.length) cache.headings = headings;
	if (inl.links.length) cache.links = inl.links;
	if (inl.embeds.length) cache.embeds = inl.embeds;
	if (inl.tags.length) cache.tags = inl.tags;
	if (listItems.length) cache.listItems = listItems;
	if (sections.length) cache.sections = sections;
	if (Object.keys(blockIds).length) cache.blocks = blockIds;
	return cache;
}
