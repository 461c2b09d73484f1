import { findFrontmatter } from "../note/frontmatter";
import { nfc, splitLines } from "../text";
import { contentHash } from "./hash";
import { ManifestNote, SiteManifest } from "./manifest";

/** As git: a new note at least this similar to one that left the vault is that note, renamed. */
const SIMILAR = 0.5;
/** Lines of a note's shape: enough to compare, small enough for the manifest. */
const SHAPE_LINES = 256;

/**
 * What a note's body is made of, for rename detection once it is edited: a
 * short hash of each distinct non-blank line (frontmatter left out: every
 * note of a vault shares its boilerplate), at most SHAPE_LINES of them.
 */
export function noteShape(text: string): string {
	const lines = splitLines(text);
	const hashes = new Set<string>();
	for (const line of lines.slice(findFrontmatter(lines).bodyStartLine)) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		let h = 0x811c9dc5;
		for (let i = 0; i < trimmed.length; i++) h = Math.imul(h ^ trimmed.charCodeAt(i), 0x1000193);
		if (hashes.add((h >>> 0).toString(36)).size >= SHAPE_LINES) break;
	}
	return [...hashes].join(" ");
}

/** Shared lines over the lines of the longer note, from 0 to 1. */
export function similarity(a: string, b: string): number {
	return overlap(a.split(" "), new Set(b.split(" ")));
}

function overlap(lines: string[], other: Set<string>): number {
	return lines[0] && other.size ? lines.filter((h) => other.has(h)).length / Math.max(lines.length, other.size) : 0;
}

/**
 * Pairs notes new to the site with published notes that left the vault, as
 * renames, the most certain first: a rename Obsidian reported (`recorded`,
 * old path → new path), then the same identity (navigation key, else
 * unchanged body), then, as git does, the most similar note when at least
 * half of its lines are the same. Each note pairs once. A move of many
 * unchanged notes stays linear: only notes without a certain match are compared.
 */
export function findRenames(newPaths: readonly string[], gone: readonly ManifestNote[], textOf: (path: string) => string, recorded: Readonly<Record<string, string>> = {}): Map<string, ManifestNote> {
	const candidates: [number, string, ManifestNote][] = [];
	const byIdentity = new Map(gone.map((entry) => [entry.identity, entry]));
	const shapes = gone.map((entry) => new Set(entry.shape?.split(" ")));
	for (const path of gone.length ? newPaths : []) {
		const text = textOf(path);
		const identity = noteIdentity(text);
		const certain = gone.find((entry) => recorded[entry.path] === path) ?? (identity ? byIdentity.get(identity) : undefined);
		if (certain) candidates.push([recorded[certain.path] === path ? 3 : 2, path, certain]);
		else {
			const lines = noteShape(text).split(" ");
			gone.forEach((entry, i) => {
				const score = overlap(lines, shapes[i]);
				if (score >= SIMILAR) candidates.push([score, path, entry]);
			});
		}
	}
	const renamed = new Map<string, ManifestNote>();
	const paired = new Set<string>();
	for (const [, path, entry] of candidates.sort((a, b) => b[0] - a[0])) {
		if (renamed.has(path) || paired.has(entry.path)) continue;
		renamed.set(path, entry);
		paired.add(entry.path);
	}
	return renamed;
}

/** `renames` after Obsidian moved a note from `from` to `to` (NFC, as the compiler compares): a chain (A → B → C) keeps its first path; a note moved back leaves no entry. */
export function recordRename(renames: Readonly<Record<string, string>>, from: string, to: string): Record<string, string> {
	const next = { ...renames };
	[from, to] = [nfc(from), nfc(to)];
	const first = Object.keys(next).find((old) => next[old] === from) ?? from;
	if (first === to) delete next[first];
	else next[first] = to;
	return next;
}

/** After a publish: only the renames whose old path is still a page of the site matter; null when all still do. */
export function pruneRenames(renames: Readonly<Record<string, string>>, manifest: SiteManifest): Record<string, string> | null {
	const kept = Object.entries(renames).filter(([old]) => manifest.notes.some((n) => n.path === old));
	return kept.length < Object.keys(renames).length ? Object.fromEntries(kept) : null;
}

/**
 * What stays the same when a note is renamed or moved: its navigation key,
 * else its body (a rename without edits), else its first alias. Read from the
 * text with a cheap scan (no YAML parse), so the dialog's status stays fast.
 */
export function noteIdentity(text: string): string | null {
	const lines = splitLines(text);
	const block = findFrontmatter(lines);
	const key = block.yaml === null ? null : navigationKey(block.yaml);
	if (key) return `nav:${nfc(key)}`;
	const body = lines.slice(block.bodyStartLine).join("\n").trim();
	if (body) return `body:${contentHash(body)}`;
	const alias = block.yaml === null ? null : /^alias(?:es)?:\s*\[?\s*["']?([^\]"',\n]+)/m.exec(block.yaml)?.[1]?.trim();
	return alias ? `alias:${nfc(alias)}` : null;
}

function navigationKey(yaml: string): string | null {
	const flow = /^eleventyNavigation:[ \t]*\{([^}]*)\}/m.exec(yaml);
	if (flow) return clean(/(?:^|,)\s*key\s*:\s*([^,}]+)/.exec(flow[1])?.[1]);
	const block = /^eleventyNavigation:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(yaml);
	return block ? clean(/^[ \t]+key[ \t]*:[ \t]*(.+)$/m.exec(block[1])?.[1]) : null;
}

function clean(value: string | undefined): string | null {
	const text = value?.replace(/\s+#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2").trim();
	return text ? text : null;
}
