/**
 * The site-folder destination (Node `fs`: the CLI, and the plugin on desktop
 * only, behind `Platform.isDesktopApp`).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "fs";
import * as nodePath from "path";
import { MANIFEST_PATH, parseManifest, SiteManifest } from "../core/publish/manifest";
import { PublishPlan } from "../core/publish/plan";
import { ApplyResult, Destination, PublishProgress } from "./destination";
import { missingStarterFiles, StarterSiteOptions } from "./starter-site";

export interface FolderOptions {
	/** Test seam: called before each file is swapped in, so tests can make the swap fail midway. */
	beforeSwap?(path: string): void;
	/** The starter Eleventy site, written with the first publish into a folder that is not an Eleventy project. */
	starter?: StarterSiteOptions;
}

/**
 * What a publish is doing, on disk beside the site (`.<site>.museum-publish/journal.json`),
 * so that one interrupted by a crash or a kill is finished or undone by the next
 * publish or by the plugin at start-up. Written once the new files are staged,
 * before the site is touched; `committed` beside it marks the swap as complete.
 */
interface Journal {
	/** The site folder did not exist before this publish. */
	created: boolean;
	/** Site paths written (notes, attachments, redirects, starter site, manifest). */
	writes: string[];
	deletes: string[];
	/** Folders of the site this publish creates, parents first. */
	folders: string[];
}

/** What `recover` found: an interrupted publish finished (its swap was complete) or rolled back, or none. */
export type Recovery = "finished" | "rolled-back" | null;

/** Work folders of publishes running in this process: never recovered from under them. */
const running = new Set<string>();

/**
 * Writes a plan into a site folder, all or nothing, crash included: every new
 * file (and the starter site, on a first publish) is written to a staging
 * folder beside the site (the slow part, with progress and cancellation),
 * then the journal, then files are swapped in by renames, each replaced or
 * deleted file moved to a backup folder. A failure rolls the swap back; a
 * crash leaves the journal, and the next `recover` (run before any read of
 * the site) rolls it back, or finishes it once the swap was complete. Each
 * step is one atomic rename, so once recovered the site is exactly the old
 * one or the new one. The site folder itself is never replaced, and only files of the
 * manifest are ever replaced or deleted; nothing else in it is touched.
 */
export class FolderDestination implements Destination {
	readonly #out: string;
	readonly #work: string;
	readonly #options: FolderOptions;

	constructor(
		readonly outDir: string,
		options: FolderOptions = {},
	) {
		this.#options = options;
		this.#out = nodePath.resolve(outDir);
		this.#work = nodePath.join(nodePath.dirname(this.#out), `.${nodePath.basename(this.#out)}.museum-publish`);
	}

	async readManifest(): Promise<SiteManifest | null> {
		this.recover();
		const text = await this.readText(MANIFEST_PATH);
		return text === null ? null : parseManifest(text);
	}

	async readText(path: string): Promise<string | null> {
		return readIfExists(this.#target(path));
	}

	/** Finishes or rolls back a publish that was interrupted (the process killed, the computer stopped). */
	recover(): Recovery {
		const work = this.#work;
		if (!existsSync(work)) return null;
		const owner = Number(readIfExists(nodePath.join(work, "owner")));
		if (running.has(work) || (owner !== process.pid && isAlive(owner))) throw new Error("another publish is running here");
		const text = readIfExists(nodePath.join(work, "journal.json"));
		const journal = text === null ? null : (JSON.parse(text) as Journal);
		const done = journal !== null && existsSync(nodePath.join(work, "committed"));
		if (journal && done) removeEmptyFolders(this.#out, journal.deletes);
		else if (journal) this.#rollBack(journal);
		this.#clean();
		return done ? "finished" : "rolled-back";
	}

	async apply(plan: PublishPlan, progress?: PublishProgress, signal?: AbortSignal): Promise<ApplyResult> {
		const cancelled: ApplyResult = { cancelled: true, written: [], deleted: [] };
		const modes = await this.#checkPlan(plan);
		if (signal?.aborted) return cancelled;
		const out = this.#out;
		const work = this.#work;
		const created = !existsSync(out);
		const written = plan.writes.map((w) => w.path);
		const starter = this.#options.starter ? missingStarterFiles(out, this.#options.starter, new Set(written)) : [];
		const writes = [...plan.writes, ...starter];
		const total = writes.length * 2 + plan.deletes.length;
		let done = 0;
		makeFolder(nodePath.dirname(out));
		mkdirSync(work);
		running.add(work);
		let journal: Journal | null = null;
		try {
			writeFileSync(nodePath.join(work, "owner"), String(process.pid));
			// Thousands of small files: written synchronously (far fewer round trips than one promise
			// each), in batches that give the event loop back for progress and cancellation.
			const made = new Set<string>();
			for (let start = 0; start < writes.length; start += BATCH) {
				for (const write of writes.slice(start, start + BATCH)) {
					const staged = this.#staged(write.path);
					const folder = nodePath.dirname(staged);
					if (!made.has(folder)) {
						makeFolder(folder);
						made.add(folder);
					}
					writeFileSync(staged, write.content);
					// A replaced file keeps its permissions.
					const mode = modes.get(write.path);
					if (mode !== undefined) chmodSync(staged, mode);
					progress?.(++done, total);
				}
				await new Promise((resolve) => setTimeout(resolve, 0));
				if (signal?.aborted) {
					this.#clean();
					return cancelled;
				}
			}
			// From here on the publish is not cancellable: it completes or rolls back.
			const paths = writes.map((w) => w.path);
			journal = { created, writes: paths, deletes: [...plan.deletes], folders: foldersOf(paths).filter((folder) => !existsSync(this.#target(folder))) };
			writeFileSync(nodePath.join(work, "journal.tmp"), JSON.stringify(journal));
			renameSync(nodePath.join(work, "journal.tmp"), nodePath.join(work, "journal.json"));
			// The site folder itself stays (or is made with the usual permissions): only files move in and out.
			makeFolder(out);
			for (const folder of journal.folders) makeFolder(this.#target(folder));
			// Renames are fast: all at once, without giving the event loop back.
			for (const path of paths) {
				this.#options.beforeSwap?.(path);
				if (modes.has(path)) this.#moveAside(path);
				renameSync(this.#staged(path), this.#target(path));
				progress?.(++done, total);
			}
			for (const path of plan.deletes) {
				this.#options.beforeSwap?.(path);
				this.#moveAside(path);
				progress?.(++done, total);
			}
			writeFileSync(nodePath.join(work, "committed"), "");
			removeEmptyFolders(out, plan.deletes);
			this.#clean();
			return { cancelled: false, written, deleted: [...plan.deletes], starterSite: starter.map((f) => f.path) };
		} catch (error) {
			if (journal) this.#rollBack(journal);
			this.#clean();
			throw error;
		} finally {
			running.delete(work);
		}
	}

	/**
	 * Undoes an interrupted or failed swap from what is on disk, so that it can
	 * itself be interrupted and run again: a new file still in the staging
	 * folder was not placed; a placed one goes back there; a file in the backup
	 * folder goes back to its place.
	 */
	#rollBack(journal: Journal): void {
		for (const path of [...journal.writes].reverse()) {
			if (!existsSync(this.#staged(path)) && existsSync(this.#target(path))) renameSync(this.#target(path), this.#staged(path));
			if (existsSync(this.#backup(path))) renameSync(this.#backup(path), this.#target(path));
		}
		for (const path of journal.deletes) {
			if (!existsSync(this.#backup(path))) continue;
			makeFolder(nodePath.dirname(this.#target(path)));
			renameSync(this.#backup(path), this.#target(path));
		}
		for (const folder of [...journal.folders].reverse()) removeIfEmpty(this.#target(folder));
		if (journal.created) removeIfEmpty(this.#out);
	}

	/** Moves the site's file at `path` into the backup folder. */
	#moveAside(path: string): void {
		const backup = this.#backup(path);
		makeFolder(nodePath.dirname(backup));
		try {
			renameSync(this.#target(path), backup);
		} catch (error) {
			if (!isMissing(error)) throw error;
		}
	}

	/**
	 * Refuses, before any change, a plan that would step outside the folder or
	 * delete a file it does not manage. Returns the permissions of the written paths that exist already.
	 */
	async #checkPlan(plan: PublishPlan): Promise<Map<string, number>> {
		for (const path of [...plan.writes.map((w) => w.path), ...plan.deletes]) {
			if (!isSafeRelative(path)) throw new Error(`refusing to write outside the site folder: ${path}`);
		}
		const manifest = await this.readManifest();
		const managed = new Set<string>(manifest ? [...manifest.notes, ...manifest.attachments, ...manifest.redirects].map((f) => f.path) : []);
		for (const path of plan.deletes) {
			if (!managed.has(path)) throw new Error(`refusing to delete a file the publish manifest does not list: ${path}`);
		}
		const modes = new Map<string, number>();
		for (const write of plan.writes) {
			const stat = statSync(this.#target(write.path), { throwIfNoEntry: false });
			if (stat?.isDirectory()) throw new Error(`a folder of the site has the name of a published file: ${write.path}`);
			if (stat) modes.set(write.path, stat.mode & 0o7777);
		}
		return modes;
	}

	#clean(): void {
		rmSync(this.#work, { recursive: true, force: true });
	}

	#target(path: string): string {
		return inside(this.#out, path);
	}

	#staged(path: string): string {
		return inside(this.#work, `staged/${path}`);
	}

	#backup(path: string): string {
		return inside(this.#work, `previous/${path}`);
	}
}

const BATCH = 200;

/** The folders that hold `paths` (site-relative), parents first. */
function foldersOf(paths: string[]): string[] {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split("/");
		for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
	}
	return [...folders].sort();
}

/** Folders emptied by deletions go too (never a folder that still holds anything). */
function removeEmptyFolders(out: string, deleted: string[]): void {
	for (const folder of foldersOf(deleted).reverse()) removeIfEmpty(inside(out, folder));
}

/** A site path ("/" separated) under a folder of this system. */
function inside(folder: string, sitePath: string): string {
	return nodePath.join(folder, ...sitePath.split("/"));
}

function makeFolder(folder: string): void {
	mkdirSync(folder, { recursive: true });
}

function removeIfEmpty(folder: string): void {
	try {
		rmdirSync(folder);
	} catch {
		// not empty, or gone already
	}
}

function readIfExists(file: string): string | null {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

/** Whether a process of this id runs (a signal 0 reaches it, or exists but is not ours to signal). */
function isAlive(pid: number): boolean {
	try {
		return pid > 0 && process.kill(pid, 0);
	} catch (error) {
		return (error as { code?: string }).code === "EPERM";
	}
}

function isSafeRelative(path: string): boolean {
	if (!path || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
	return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

function isMissing(error: unknown): boolean {
	return (error as { code?: string })?.code === "ENOENT";
}
