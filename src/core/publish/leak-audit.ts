import { findFrontmatter } from "../note/frontmatter";
import { Severity } from "../warnings";
import { splitLines } from "../text";

export type LeakCode = "unpublished-text" | "shared-text" | "private-key-removed" | "private-value" | "local-path";

/** Something the site would show that the vault may have meant to keep. */
export interface LeakFinding {
	code: LeakCode;
	/** "error" findings need an explicit confirmation before publishing. */
	severity: Severity;
	message: string;
	/** Site file concerned (= vault path of the published note). */
	path: string;
	/** 1-based line in the written file, or null. */
	line: number | null;
	/** For unpublished or shared text: the unpublished note concerned. */
	source?: string;
}

export interface AuditInput {
	/**
	 * Text files about to be written (notes, redirects), each with the notes
	 * its text was compiled from: the note itself and every note the compiler
	 * read for it (inlined embeds, the titles and summaries of linked resources).
	 */
	writes: { path: string; content: string; sources: readonly string[] }[];
	/** Notes that are not on the site after this publish. */
	unpublished: { path: string; text: string }[];
	/** The text of a source note. */
	sourceText(path: string): string;
	/** Per published note: the private frontmatter left out, with its values. */
	removed: { path: string; keys: string[]; values: string[] }[];
}

/**
 * A shared passage is a run of this many words of an unpublished note:
 * shorter runs ("À retenir", "Voir aussi le rapport") are too common to mean anything.
 */
const RUN = 8;

/**
 * Checks the files about to be written, before anything is written. Errors
 * are only what would leave the vault against the user's choice: text carried
 * from an unpublished note (a source that is not published, or a passage of
 * an unpublished note found in none of the file's sources), and private
 * property values. A passage a published note shares with an unpublished one
 * (a draft it grew from, a home page quoting it) is the published note's own
 * text: one info line per pair of notes. Local file paths are a warning.
 * Linear: the first words of every unpublished sentence go in one map, every
 * run of words written is looked up in it, and only a hit reads the sources.
 */
export function auditLeaks(input: AuditInput): LeakFinding[] {
	const findings: LeakFinding[] = [];
	const secret = new Map<string, string>();
	for (const note of input.unpublished) {
		const lines = splitLines(note.text);
		for (const line of lines.slice(findFrontmatter(lines).bodyStartLine)) {
			for (const run of sentenceStarts(line)) if (!secret.has(run)) secret.set(run, note.path);
		}
	}
	const unpublished = new Set(input.unpublished.map((n) => n.path));
	// Per source note, its runs that are also unpublished sentence starts (computed on first hit).
	const ownRuns = new Map<string, Set<string>>();
	const own = (source: string) => {
		let runs = ownRuns.get(source);
		if (!runs) {
			ownRuns.set(source, (runs = new Set()));
			for (const line of splitLines(input.sourceText(source))) for (const run of wordRuns(line)) if (secret.has(run)) runs.add(run);
		}
		return runs;
	};
	// One way to write a finding: `source` is left undefined when there is none (every reader tests it).
	const report = (code: LeakCode, severity: Severity, message: string, path: string, line: number | null, source?: string) =>
		findings.push({ code, severity, message, path, line, source });
	const carried = (source: string, path: string, line: number | null) =>
		report("unpublished-text", "error", `Text of the unpublished note ${source} would appear on the site.`, path, line, source);
	const valuesByPath = new Map(input.removed.map((r) => [r.path, r.values.filter((v) => v.trim().length >= 8)]));
	for (const write of input.writes) {
		for (const source of write.sources) if (unpublished.has(source)) carried(source, write.path, null);
		const values = valuesByPath.get(write.path) ?? [];
		const shared = new Set<string>();
		splitLines(write.content).forEach((line, i) => {
			for (const run of secret.size ? wordRuns(line) : []) {
				const source = secret.get(run);
				if (!source) continue;
				if (!write.sources.some((s) => own(s).has(run))) {
					carried(source, write.path, i + 1);
					break;
				}
				if (!shared.has(source)) {
					shared.add(source);
					report("shared-text", "info", `Shares text with the unpublished note ${source} (its own text).`, write.path, i + 1, source);
				}
			}
			for (const value of values) {
				if (line.includes(value)) report("private-value", "error", `The value of a private property ("${value}") would appear on the site.`, write.path, i + 1);
			}
			const local = LOCAL_PATH.exec(line);
			if (local) report("local-path", "warning", `A path on this computer (${local[0].trim()}) would appear on the site; it does not work there and may name the account.`, write.path, i + 1);
		});
	}
	for (const note of input.removed) {
		for (const key of note.keys) report("private-key-removed", "info", `The private property "${key}" is left out.`, note.path, null);
	}
	return findings;
}

const LOCAL_PATH = /file:\/\/[^\s)"'<>]+|(?:^|[\s("'=])\/(?:Users|home)\/[^\s/"')]+|(?:^|[\s("'=])[A-Za-z]:\\[^\s"')]+|\\\\[A-Za-z0-9._-]+\\[^\s"')]+/;

/** The first RUN words of each sentence of a line. */
function sentenceStarts(line: string): string[] {
	return line.split(/[.!?;:]\s+/).flatMap((sentence) => wordRuns(sentence, 1));
}

/** Runs of RUN consecutive words of a line (the first `limit` of them). */
function wordRuns(line: string, limit = Infinity): string[] {
	const words = wordsOf(line);
	const runs: string[] = [];
	for (let i = 0; i + RUN <= words.length && i < limit; i++) runs.push(words.slice(i, i + RUN).join(" "));
	return runs;
}

/**
 * Words only, lower-cased, without punctuation, Markdown marks, link targets,
 * tags or comments, so that a sentence compares the same in a note and in its
 * compiled page: `[[Note|label]]`, `[label](url)` and a label left without its
 * link give the same words. Each pattern stops at the next bracket or mark (linear).
 */
function wordsOf(text: string): string[] {
	const plain = text
		.replace(/\[\[[^[\]|]*\|([^[\]]*)\]\]/g, " $1 ")
		.replace(/\]\([^()]*\)|<[^<>]*>|%%[^%]*%%/g, " ");
	return plain.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
