import { VaultIndex } from "../index";
import { scanLinks } from "../links/scan";
import { findFrontmatter } from "../note/frontmatter";
import { literalLines } from "../note/markdown-lines";
import { exclusionReason, exclusionRules, isTemplateNote } from "../publish/exclusions";
import { MuseumSettings } from "../settings";
import { splitLines } from "../text";

/** One line to rewrite (0-based `line`); `before` is "" for a line added at the end of the note. */
export interface AppearsInChange {
	path: string;
	line: number;
	before: string;
	after: string;
}

export interface AppearsInPlan {
	changed: AppearsInChange[];
	/** Resource and video notes left as they are. */
	unchanged: number;
	/** Notes whose line names questions although none cites them: kept, reported by `check`. */
	uncited: { path: string; line: number }[];
}

export interface AppearsInOptions {
	/** Give a line to notes that are cited but have none (setting "Add missing lines"). */
	addMissing: boolean;
	/** Resource notes to look at (not templates). */
	include: (path: string) => boolean;
	/** Questions that count as citing (not drafts, not templates). */
	cites: (path: string) => boolean;
}

// "Apparaît dans: [[A]], [[B|Question B?]]", with or without the colon or bold; the rest of the line holds only links.
const LINE = /^(\s*(?:\*\*)?Appara[iî]t dans(?:\*\*)?\s*:?(?:\*\*)?\s*)(.*?)(\s*)$/i;
const ONLY_LINKS = /^(?:[\s,;]|et\b|and\b)*$/i;

/** The note's "Apparaît dans" line (the last one, outside code and comments, as `text`), or null. */
export function appearsInLine(text: string): { line: number; text: string; head: string; links: ReturnType<typeof scanLinks>; tail: string } | null {
	const lines = splitLines(text);
	const bodyStart = findFrontmatter(lines).bodyStartLine;
	const literal = literalLines(lines, bodyStart);
	for (let i = lines.length - 1; i >= bodyStart; i--) {
		const match = literal[i] ? null : LINE.exec(lines[i]);
		if (!match) continue;
		const links = scanLinks(match[2], i);
		if (ONLY_LINKS.test(links.reduce((rest, link) => rest.replace(link.raw, ""), match[2]))) return { line: i, text: lines[i], head: match[1], links, tail: match[3] };
	}
	return null;
}

/**
 * What every resource and video note's "Apparaît dans" line should say: the
 * questions whose resource list or video section links it, in the order of
 * the site's navigation, then alphabetical; a link written on the line
 * already is kept as written (with its display text).
 */
export function planAppearsIn(index: VaultIndex, textOf: (path: string) => string, options: AppearsInOptions): AppearsInPlan {
	const plan: AppearsInPlan = { changed: [], unchanged: 0, uncited: [] };
	const order = navigationOrder(index);
	const rank = (path: string) => order.get(path) ?? Infinity;
	const name = (path: string) => index.get(path)?.basename ?? path;
	for (const { path } of [...index.resources(), ...index.videos()].sort((a, b) => a.path.localeCompare(b.path))) {
		if (!options.include(path)) continue;
		const text = textOf(path);
		const found = appearsInLine(text);
		const citing = [...new Set(index.citationsOf(path).map((c) => c.question))].filter(options.cites).sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)));
		// What each link written on the line leads to (null: nothing).
		const targets = found?.links.map((link) => index.targetOf(link, path)) ?? [];
		const links = citing
			.map((question) => found?.links[targets.indexOf(question)]?.raw ?? `[[${index.resolve(name(question), path) === question ? name(question) : question.replace(/\.md$/i, "")}]]`)
			.join(", ");
		const after = found ? `${found.head}${/\s$/.test(found.head) ? "" : " "}${links}${found.tail}` : `Apparaît dans: ${links}`;
		if (found && !citing.length) {
			if (targets.length) plan.uncited.push({ path, line: found.line });
			plan.unchanged++;
		}
		// A line that names other questions (or in another order) is rewritten; a missing one is added only when asked.
		else if (found ? JSON.stringify(targets) !== JSON.stringify(citing) : citing.length && options.addMissing)
			plan.changed.push({ path, line: found?.line ?? appendLine(text, after).line, before: found?.text ?? "", after });
		else plan.unchanged++;
	}
	return plan;
}

/**
 * The one writer (for the command line, and for the plugin's command inside
 * `Vault.process` when it ships): the note's text with that one line replaced or added, every other
 * byte as it was (line endings, BOM, trailing spaces). Null when the line is
 * no longer what the preview showed.
 */
export function applyAppearsIn(text: string, change: AppearsInChange): string | null {
	if (change.before === "") return appearsInLine(text) ? null : appendLine(text, change.after).text;
	const lines = text.split("\n");
	// "" when the note has fewer lines now: never the line the preview showed.
	const line = lines[change.line] ?? "";
	if (line.replace(/\r$/, "") !== change.before) return null;
	// What follows the line's text is its \r, kept.
	lines[change.line] = change.after + line.slice(change.before.length);
	return lines.join("\n");
}

/** A line added at the end, after a blank line, in the note's own line ending. */
function appendLine(text: string, line: string): { text: string; line: number } {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const gap = text === "" || text.endsWith(eol + eol) ? "" : text.endsWith(eol) ? eol : eol + eol;
	const before = text + gap;
	return { text: before + line + eol, line: before.split("\n").length - 1 };
}

/** Every note of the navigation tree, depth first, in the site's order. */
function navigationOrder(index: VaultIndex): Map<string, number> {
	const { children, byKey } = index.navigation();
	const order = new Map<string, number>();
	const visit = (parent: string) => {
		for (const path of children.get(parent) ?? []) {
			if (order.has(path)) continue;
			order.set(path, order.size);
			const key = index.get(path)?.navigation?.key;
			if (key && byKey.get(key)?.[0] === path) visit(key);
		}
	};
	visit("");
	// Notes whose parent is missing from the tree come after, in the same way.
	for (const parent of children.keys()) visit(parent);
	return order;
}

/** Which notes the plan reads: resources outside template folders; questions that reach the site (no drafts, templates or `publish: false`). */
export function appearsInFilters(index: VaultIndex, settings: MuseumSettings, configDir: string, templatesFolder: string | null): Omit<AppearsInOptions, "addMissing"> {
	const rules = exclusionRules(settings, configDir, templatesFolder);
	return {
		include: (path) => !isTemplateNote(path, settings, templatesFolder),
		cites: (path) => exclusionReason(path, index.get(path)?.publish ?? null, rules) === null,
	};
}
