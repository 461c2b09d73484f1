import { isInternal, LinkRef } from "../links/link";
import { LinkResolver, VaultPathResolver } from "../links/resolver";
import { Frontmatter } from "../note/frontmatter";
import { parseNote } from "../note/parse";
import { NoteRecord } from "../note/record";
import { nameKey, nfc, noteName } from "../text";
import { YamlCodec } from "../yaml";
import { Citation, CitationEdge } from "./citations";
import { frontmatterLinesOf, FrontmatterLines, noFrontmatterLines } from "./frontmatter-lines";
import { buildNavigation, NavigationTree, sameNavigation } from "./navigation";

/** A resolver the index keeps in step with the vault's paths (the command line's `VaultPathResolver`). */
export interface PathAwareResolver extends LinkResolver {
	add(path: string): void;
	remove(path: string): void;
}

function isPathAware(resolver: LinkResolver): resolver is PathAwareResolver {
	const r = resolver as Partial<PathAwareResolver>;
	return typeof r.add === "function" && typeof r.remove === "function";
}

interface IndexedNote {
	record: NoteRecord;
	lines: FrontmatterLines;
}

/**
 * Every note of a vault as records, with what the sidebar, `inspect` and
 * `check` ask of them: questions, resources, video notes, the navigation tree
 * and the reverse map resource → citing questions.
 *
 * Updates are per file. A content change re-reads that note only. Adding,
 * removing or renaming a file can change where other notes' links point
 * (Obsidian resolves by file name), so the index remembers which questions
 * link which names and re-resolves exactly those.
 */
export class VaultIndex {
	readonly #notes = new Map<string, IndexedNote>();
	readonly #resolver: LinkResolver;
	/** Set when the index owns path bookkeeping of the resolver. */
	readonly #tracked: PathAwareResolver | null;
	/** question path → (linkpath → resolved target): resolution depends on the source folder, so it is memoised per question. */
	readonly #targets = new Map<string, Map<string, string | null>>();
	/** question path → its resolved resource items. */
	readonly #edges = new Map<string, CitationEdge[]>();
	/** target path → citing items, in question path order once sorted. */
	readonly #citing = new Map<string, Citation[]>();
	readonly #unsortedCiting = new Set<string>();
	/** name key of a link ("note" for `[[Folder/Note#x]]`) → questions writing such a link. */
	readonly #linkNames = new Map<string, Set<string>>();
	#tree: NavigationTree | null = null;
	/** Grows on every change: views compare it to skip work. */
	version = 0;

	readonly #yaml: YamlCodec;

	/** With no resolver, the index resolves over its own note paths by Obsidian's rules. */
	constructor(yaml: YamlCodec, resolver?: LinkResolver) {
		this.#yaml = yaml;
		this.#resolver = resolver ?? new VaultPathResolver([]);
		this.#tracked = isPathAware(this.#resolver) ? this.#resolver : null;
	}

	/**
	 * Builds the index from `(path, text)` pairs, or `(path, text, frontmatter)`
	 * when the caller has the frontmatter parsed already (Obsidian's metadata
	 * cache): parse everything, then resolve once.
	 */
	static build(entries: Iterable<readonly [string, string, Frontmatter?]>, yaml: YamlCodec, resolver?: LinkResolver): VaultIndex {
		const index = new VaultIndex(yaml, resolver);
		for (const [path, text, frontmatter] of entries) {
			index.#notes.set(path, { record: parseNote(path, text, yaml, frontmatter), lines: frontmatterLinesOf(text) });
			index.#tracked?.add(path);
		}
		for (const { record } of index.#notes.values()) if (record.kind === "question") index.#linkQuestion(record.path);
		index.version++;
		return index;
	}

	/** A note was created or its text changed (with its parsed frontmatter when the caller has it). Returns its new record. */
	upsert(path: string, text: string, frontmatter?: Frontmatter): NoteRecord {
		const next: IndexedNote = { record: parseNote(path, text, this.#yaml, frontmatter), lines: frontmatterLinesOf(text) };
		const previous = this.#notes.get(path);
		if (previous) this.#unlinkQuestion(path);
		this.#notes.set(path, next);
		if (!sameNavigation(previous?.record, next.record)) this.#tree = null;
		if (!previous) this.#pathAdded(path);
		if (next.record.kind === "question") this.#linkQuestion(path);
		this.version++;
		return next.record;
	}

	/** A note was deleted (or left the vault). */
	remove(path: string): boolean {
		const previous = this.#notes.get(path);
		if (!previous) return false;
		this.#unlinkQuestion(path);
		this.#notes.delete(path);
		if (previous.record.navigation) this.#tree = null;
		this.#tracked?.remove(path);
		this.#relinkQuestionsNaming(path);
		this.version++;
		return true;
	}

	/** A note was renamed or moved; `text` is its content (unchanged by a rename, but callers have it). */
	rename(oldPath: string, newPath: string, text: string): NoteRecord {
		this.remove(oldPath);
		return this.upsert(newPath, text);
	}

	/** A file that is not a note (an image, a PDF) appeared or disappeared: links naming it may change target. */
	touchPath(path: string): void {
		this.#relinkQuestionsNaming(path);
		this.version++;
	}

	get(path: string): NoteRecord | undefined {
		return this.#notes.get(path)?.record;
	}

	has(path: string): boolean {
		return this.#notes.has(path);
	}

	get size(): number {
		return this.#notes.size;
	}

	*records(): IterableIterator<NoteRecord> {
		for (const note of this.#notes.values()) yield note.record;
	}

	/** Records of one kind, sorted by path. */
	ofKind(kind: NoteRecord["kind"]): NoteRecord[] {
		return [...this.records()].filter((r) => r.kind === kind).sort((a, b) => a.path.localeCompare(b.path));
	}

	questions(): NoteRecord[] {
		return this.ofKind("question");
	}

	resources(): NoteRecord[] {
		return this.ofKind("resource");
	}

	videos(): NoteRecord[] {
		return this.ofKind("video");
	}

	/** 0-based lines of `eleventyNavigation.key`, `.parent` and `tags` in the note's frontmatter. */
	frontmatterLines(path: string): FrontmatterLines {
		return this.#notes.get(path)?.lines ?? noFrontmatterLines();
	}

	/** Where a link written in `sourcePath` points: a vault path, or null (also for external links). */
	targetOf(link: LinkRef, sourcePath: string): string | null {
		if (!isInternal(link)) return null;
		return this.resolve(link.linkpath, sourcePath);
	}

	/** Resolves through the injected resolver; memoised for question notes, whose links are asked for most. */
	resolve(linkpath: string, sourcePath: string): string | null {
		const memo = this.#targets.get(sourcePath);
		if (!memo) return this.#resolver.resolve(linkpath, sourcePath);
		let target = memo.get(linkpath);
		if (target === undefined) {
			target = this.#resolver.resolve(linkpath, sourcePath);
			memo.set(linkpath, target);
		}
		return target;
	}

	/** The questions that list `targetPath` as a resource, by question path, with the item's number and summary. */
	citationsOf(targetPath: string): Citation[] {
		const list = this.#citing.get(targetPath);
		if (!list) return [];
		if (this.#unsortedCiting.has(targetPath)) {
			list.sort((a, b) => a.question.localeCompare(b.question) || a.line - b.line);
			this.#unsortedCiting.delete(targetPath);
		}
		return list;
	}

	/** A question's resource items that resolve to a vault file. */
	resourceTargets(questionPath: string): CitationEdge[] {
		return this.#edges.get(questionPath) ?? [];
	}

	/** The navigation tree; rebuilt only after a navigation changed. */
	navigation(): NavigationTree {
		this.#tree ??= buildNavigation(this.records());
		return this.#tree;
	}

	/** Notes declaring a navigation key. */
	byNavigationKey(key: string): NoteRecord[] {
		return (this.navigation().byKey.get(key) ?? []).map((path) => this.#notes.get(path)?.record).filter((r): r is NoteRecord => r !== undefined);
	}

	duplicateKeys(): Map<string, string[]> {
		return this.navigation().duplicates;
	}

	/**
	 * A note named by a user (the command line's `--note`): an exact path, the
	 * path without `.md`, the same path in another Unicode form or case, else a
	 * link to it as Obsidian would resolve it from the vault root.
	 */
	findNote(name: string): string | null {
		const wanted = name.replace(/^\.?\//, "");
		for (const candidate of [wanted, `${wanted}.md`]) if (this.#notes.has(candidate)) return candidate;
		const key = nameKey(wanted.replace(/\.md$/i, ""));
		for (const path of this.#notes.keys()) if (nameKey(path.replace(/\.md$/i, "")) === key) return path;
		const resolved = this.#resolver.resolve(nfc(wanted), "");
		return resolved && this.#notes.has(resolved) ? resolved : null;
	}

	#pathAdded(path: string): void {
		this.#tracked?.add(path);
		this.#relinkQuestionsNaming(path);
	}

	/** After `path` appeared or disappeared, the questions that link its name may point elsewhere now. */
	#relinkQuestionsNaming(path: string): void {
		const questions = this.#linkNames.get(linkNameOfPath(path));
		if (!questions) return;
		for (const question of [...questions]) {
			if (question === path) continue;
			this.#unlinkQuestion(question);
			this.#linkQuestion(question);
		}
	}

	/** Resolves a question's resource items and records them in the reverse map. */
	#linkQuestion(path: string): void {
		const record = this.#notes.get(path)?.record;
		if (!record || record.kind !== "question") return;
		this.#targets.set(path, new Map());
		for (const link of record.links) {
			const name = isInternal(link) ? linkNameOfLinkpath(link.linkpath) : null;
			if (name === null) continue;
			let set = this.#linkNames.get(name);
			if (!set) this.#linkNames.set(name, (set = new Set()));
			set.add(path);
		}
		const edges: CitationEdge[] = [];
		record.resources.forEach((item, index) => {
			const target = item.link ? this.targetOf(item.link, path) : null;
			if (target === null) return;
			edges.push({ target, question: path, number: item.number, position: index + 1, section: null, summary: item.summary, line: item.line });
		});
		// Talks listed under "Video J1" cite their video notes too, without a number (once per question).
		for (const section of record.videoSections) {
			for (const talk of section.talks) {
				const target = talk.link ? this.targetOf(talk.link, path) : null;
				if (target !== null && !edges.some((e) => e.target === target)) {
					edges.push({ target, question: path, number: null, position: null, section: section.heading, summary: talk.speaker, line: talk.line });
				}
			}
		}
		for (const edge of edges) {
			const list = this.#citing.get(edge.target);
			if (list) list.push(edge);
			else this.#citing.set(edge.target, [edge]);
			this.#unsortedCiting.add(edge.target);
		}
		this.#edges.set(path, edges);
	}

	#unlinkQuestion(path: string): void {
		const edges = this.#edges.get(path);
		if (!edges) return;
		for (const edge of edges) {
			const remaining = (this.#citing.get(edge.target) ?? []).filter((c) => c.question !== path);
			if (remaining.length) this.#citing.set(edge.target, remaining);
			else this.#citing.delete(edge.target);
		}
		const record = this.#notes.get(path)?.record;
		for (const link of record?.links ?? []) {
			const name = linkNameOfLinkpath(link.linkpath);
			if (name !== null) this.#linkNames.get(name)?.delete(path);
		}
		this.#edges.delete(path);
		this.#targets.delete(path);
	}
}

/** The name a path answers to in links: the file name, `.md` dropped, NFC, lower case. */
function linkNameOfPath(path: string): string {
	return nameKey(noteName(path));
}

/** The file name a link asks for, or null for `[[#Heading]]` (the note itself). */
function linkNameOfLinkpath(linkpath: string): string | null {
	const trimmed = linkpath.trim();
	if (trimmed === "") return null;
	return linkNameOfPath(trimmed);
}
