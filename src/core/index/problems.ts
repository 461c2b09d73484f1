import { NoteRecord } from "../note/record";
import { NoteWarning, Severity, warning } from "../warnings";
import { linkWarnings } from "./link-warnings";
import { VaultIndex } from "./vault-index";

/** One problem of the vault, for `check` and the overview's badges. */
export interface VaultProblem {
	path: string;
	code: string;
	severity: Severity;
	message: string;
	/** 0-based line, or null when the problem is the note as a whole. */
	line: number | null;
	params?: Record<string, string | number>;
}

export interface ProblemOptions {
	/** Notes to check (e.g. not templates or drafts); every note by default. */
	include?: (path: string) => boolean;
}

/**
 * Every problem of the vault: each note's own warnings (missing summaries,
 * commented-out tags, numbering gaps, ...), empty `tags`, unresolved and
 * `app://` links in questions, duplicate navigation keys and parents that do
 * not exist. Sorted by path, then line.
 */
export function vaultProblems(index: VaultIndex, options: ProblemOptions = {}): VaultProblem[] {
	const include = options.include ?? (() => true);
	const records = [...index.records()].filter((r) => include(r.path));
	const problems: VaultProblem[] = [];
	for (const record of records) problems.push(...noteProblems(index, record));
	problems.push(...navigationProblems(index, records));
	return problems.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? -1) - (b.line ?? -1) || a.code.localeCompare(b.code));
}

/** The problems of one note that need no other note than its link targets. */
export function noteProblems(index: VaultIndex, record: NoteRecord): VaultProblem[] {
	const found = [...record.warnings];
	if (record.kind === "question") found.push(...linkWarnings(index, record));
	if (isEmptyTags(record)) {
		found.push(warning("tags-empty", "warning", "The tags property is empty: the note is neither a question nor a resource.", index.frontmatterLines(record.path).tags));
	}
	return found.map((w) => ({ path: record.path, ...w }));
}

/** `tags:` written with no value (a commented-out value is reported by the parser already). */
function isEmptyTags(record: NoteRecord): boolean {
	if (!("tags" in record.frontmatter) || record.tags.length > 0) return false;
	return !record.warnings.some((w) => w.code === "tags-commented-out");
}

function navigationProblems(index: VaultIndex, records: NoteRecord[]): VaultProblem[] {
	const problems: VaultProblem[] = [];
	const byKey = new Map<string, NoteRecord[]>();
	for (const record of records) {
		const key = record.navigation?.key;
		if (key) byKey.set(key, [...(byKey.get(key) ?? []), record]);
	}
	for (const [key, owners] of byKey) {
		if (owners.length < 2) continue;
		for (const owner of owners) {
			const others = owners.filter((o) => o !== owner).map((o) => o.path);
			problems.push({ path: owner.path, ...duplicateKeyWarning(key, others, index.frontmatterLines(owner.path).key) });
		}
	}
	for (const record of records) {
		const parent = record.navigation?.parent;
		if (!parent || byKey.has(parent)) continue;
		problems.push({ path: record.path, ...missingParentWarning(parent, index.frontmatterLines(record.path).parent) });
	}
	return problems;
}

export function duplicateKeyWarning(key: string, others: string[], line: number | null): NoteWarning {
	return warning("duplicate-navigation-key", "error", `The navigation key "${key}" is also used by ${others.join(", ")}.`, line, { key, others: others.join(", ") });
}

export function missingParentWarning(parent: string, line: number | null): NoteWarning {
	return warning("missing-parent", "error", `The navigation parent "${parent}" is not the key of any note.`, line, { parent });
}
