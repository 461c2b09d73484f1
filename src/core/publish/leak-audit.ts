import { findFrontmatter } from "../note/frontmatter";
import { Severity } from "../warnings";
import { splitLines } from "../text";

export type LeakCode = "unpublished-text" | "private-key-removed" | "private-value" | "local-path";

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
	/** For unpublished text: the unpublished note it comes from. */
	source?: string;
}

export interface AuditInput {
	/** Text files about to be written (notes, redirects). */
	writes: { path: string; content: string }[];
	/** Notes that are not on the site after this publish. */
	unpublished: { path: string; text: string }[];
	/** Per published note: the private frontmatter left out, with its values. */
	removed: { path: string; keys: string[]; values: string[] }[];
}

/**
 * A leak is a run of this many words of an unpublished note: shorter runs
 * ("À retenir", "Voir aussi le rapport") are too common to mean anything.
 */
const RUN = 8;

/**
 * Checks the files about to be written, before anything is written: text of
 * an unpublished note (the compiler never copies it; a user may have pasted
 * it), private frontmatter and its values, local file paths (which also name
 * the user's account). Linear: the first words of every unpublished
 * sentence go in one map, and every run of words written is looked up in it,
 * so a sentence pasted in the middle of a line is found too.
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
	const valuesByPath = new Map(input.removed.map((r) => [r.path, r.values.filter((v) => v.trim().length >= 8)]));
	for (const write of input.writes) {
		const values = valuesByPath.get(write.path) ?? [];
		splitLines(write.content).forEach((line, i) => {
			for (const run of secret.size ? wordRuns(line) : []) {
				const source = secret.get(run);
				if (source) {
					findings.push({ code: "unpublished-text", severity: "error", message: `Text of the unpublished note ${source} would appear on the site.`, path: write.path, line: i + 1, source });
					break;
				}
			}
			for (const value of values) {
				if (line.includes(value)) findings.push({ code: "private-value", severity: "error", message: `The value of a private property ("${value}") would appear on the site.`, path: write.path, line: i + 1 });
			}
			const local = LOCAL_PATH.exec(line);
			if (local) findings.push({ code: "local-path", severity: "warning", message: `A path on this computer (${local[0].trim()}) would appear on the site; it does not work there and may name the account.`, path: write.path, line: i + 1 });
		});
	}
	for (const note of input.removed) {
		for (const key of note.keys) findings.push({ code: "private-key-removed", severity: "info", message: `The private property "${key}" is left out.`, path: note.path, line: null });
	}
	return findings;
}

const LOCAL_PATH = /file:\/\/[^\s)"'<>]+|(?:^|[\s("'=])\/(?:Users|home)\/[^\s/"')]+|(?:^|[\s("'=])[A-Za-z]:\\[^\s"')]+|\\\\[A-Za-z0-9._-]+\\[^\s"')]+/;

/** The first RUN words of each sentence of a line. */
function sentenceStarts(line: string): string[] {
	const runs: string[] = [];
	for (const sentence of line.split(/[.!?;:]\s+/)) {
		const words = wordsOf(sentence);
		if (words.length >= RUN) runs.push(words.slice(0, RUN).join(" "));
	}
	return runs;
}

/** Every run of RUN consecutive words of a line. */
function wordRuns(line: string): string[] {
	const words = wordsOf(line);
	const runs: string[] = [];
	for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(" "));
	return runs;
}

/** Words without the punctuation and Markdown marks around them, so small edits around a sentence do not hide it. */
function wordsOf(text: string): string[] {
	const words: string[] = [];
	for (const raw of text.split(/\s+/)) {
		const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
		if (word) words.push(word.toLowerCase());
	}
	return words;
}
