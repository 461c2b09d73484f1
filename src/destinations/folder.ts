/**
 * The site-folder destination (Node `fs`: the CLI, and the plugin on desktop
 * only, behind `Platform.isDesktopApp`).
 */
import { mkdirSync, promises as fs, writeFileSync } from "fs";
import * as nodePath from "path";
import { MANIFEST_PATH, parseManifest, SiteManifest } from "../core/publish/manifest";
import { PublishPlan } from "../core/publish/plan";
import { ApplyResult, Destination, PublishProgress } from "./destination";

/** Test seam: called before each file is swapped in, so tests can make the swap fail midway. */
export interface FolderHooks {
	beforeSwap?(path: string): void;
}

interface JournalEntry {
	target: string;
	/** Where the previous file was moved, or null when there was none. */
	backup: string | null;
	/** True when a new file now sits at `target`. */
	placed: boolean;
}

/**
 * Writes a plan into a site folder, all or nothing: every new file is first
 * written to a sibling staging folder (the slow part, with progress and
 * cancellation), then swapped in by renames, each replaced or deleted file
 * moved to a sibling backup folder. Any failure during the swap puts every
 * backup back. Only files of the manifest are ever replaced or deleted;
 * nothing else in the folder (the site's own files) is touched.
 */
export class FolderDestination implements Destination {
	constructor(
		readonly outDir: string,
		private readonly hooks: FolderHooks = {},
	) {}

	async readManifest(): Promise<SiteManifest | null> {
		const text = await this.readText(MANIFEST_PATH);
		return text === null ? null : parseManifest(text);
	}

	async readText(path: string): Promise<string | null> {
		try {
			return await fs.readFile(this.target(path), "utf8");
		} catch (error) {
			if (isMissing(error)) return null;
			throw error;
		}
	}

	async apply(plan: PublishPlan, progress?: PublishProgress, signal?: AbortSignal): Promise<ApplyResult> {
		const cancelled: ApplyResult = { cancelled: true, written: [], deleted: [] };
		const existing = await this.checkPlan(plan);
		if (signal?.aborted) return cancelled;
		const out = nodePath.resolve(this.outDir);
		await fs.mkdir(nodePath.dirname(out), { recursive: true });
		const total = plan.writes.length * 2 + plan.deletes.length;
		let done = 0;
		const staging = await fs.mkdtemp(nodePath.join(nodePath.dirname(out), `.${nodePath.basename(out)}.publish-`));
		const backup = await fs.mkdtemp(nodePath.join(nodePath.dirname(out), `.${nodePath.basename(out)}.previous-`));
		const folders = new FolderMaker();
		try {
			// Thousands of small files: written synchronously (far fewer round trips than one promise
			// each), in batches that give the event loop back for progress and cancellation.
			const made = new Set<string>();
			for (let start = 0; start < plan.writes.length; start += WRITE_BATCH) {
				if (signal?.aborted) return cancelled;
				for (const write of plan.writes.slice(start, start + WRITE_BATCH)) {
					const staged = nodePath.join(staging, ...write.path.split("/"));
					const folder = nodePath.dirname(staged);
					if (!made.has(folder)) {
						mkdirSync(folder, { recursive: true });
						made.add(folder);
					}
					writeFileSync(staged, write.content);
					progress?.(++done, total);
				}
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			if (signal?.aborted) return cancelled;
			// From here on the publish is not cancellable: it completes or rolls back.
			if (plan.deletes.length === 0 && !this.hooks.beforeSwap && (await isMissingOrEmpty(out))) {
				// A first publish: the staged site becomes the folder in one rename.
				await fs.rm(out, { recursive: true, force: true });
				await fs.rename(staging, out);
				progress?.(total, total);
				return { cancelled: false, written: plan.writes.map((w) => w.path), deleted: [] };
			}
			await fs.mkdir(out, { recursive: true });
			const journal: JournalEntry[] = [];
			try {
				// Renames are cheap but many: several at once; every one is journaled, so a failure undoes them all.
				await inParallel(plan.writes, WRITE_CONCURRENCY, async (write) => {
					this.hooks.beforeSwap?.(write.path);
					const entry = existing.has(write.path) ? await moveAside(out, backup, write.path, folders) : { target: nodePath.join(out, ...write.path.split("/")), backup: null, placed: false };
					journal.push(entry);
					await folders.ensure(nodePath.dirname(entry.target));
					await fs.rename(nodePath.join(staging, ...write.path.split("/")), entry.target);
					entry.placed = true;
					progress?.(++done, total);
				});
				await inParallel(plan.deletes, WRITE_CONCURRENCY, async (path) => {
					this.hooks.beforeSwap?.(path);
					journal.push(await moveAside(out, backup, path, folders));
					progress?.(++done, total);
				});
			} catch (error) {
				await rollBack(journal);
				throw error;
			}
			await removeEmptyFolders(out, plan.deletes);
			return { cancelled: false, written: plan.writes.map((w) => w.path), deleted: [...plan.deletes] };
		} finally {
			await fs.rm(staging, { recursive: true, force: true });
			await fs.rm(backup, { recursive: true, force: true });
		}
	}

	/**
	 * Refuses, before any change, a plan that would step outside the folder or
	 * delete a file it does not manage. Returns the written paths that exist already.
	 */
	private async checkPlan(plan: PublishPlan): Promise<Set<string>> {
		for (const path of [...plan.writes.map((w) => w.path), ...plan.deletes]) {
			if (!isSafeRelative(path)) throw new Error(`refusing to write outside the site folder: ${path}`);
		}
		const manifest = await this.readManifest();
		const managed = new Set<string>(manifest ? [...manifest.notes, ...manifest.attachments, ...manifest.redirects].map((f) => f.path) : []);
		for (const path of plan.deletes) {
			if (!managed.has(path)) throw new Error(`refusing to delete a file the publish manifest does not list: ${path}`);
		}
		const existing = new Set<string>();
		// A folder that does not exist yet holds nothing to check.
		if (await isMissingOrEmpty(this.outDir)) return existing;
		await inParallel(plan.writes, WRITE_CONCURRENCY, async (write) => {
			const stat = await fs.stat(this.target(write.path)).catch(() => null);
			if (stat?.isDirectory()) throw new Error(`a folder of the site has the name of a published file: ${write.path}`);
			if (stat) existing.add(write.path);
		});
		return existing;
	}

	private target(path: string): string {
		return nodePath.join(this.outDir, ...path.split("/"));
	}
}

const WRITE_CONCURRENCY = 16;
const WRITE_BATCH = 200;

/** Runs `task` over `items`, at most `limit` at a time; the first failure rejects (after the running ones settle). */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]);
	};
	const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
	const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
	if (failed) throw failed.reason;
}

/** `mkdir -p` once per folder: thousands of notes share a few folders. */
class FolderMaker {
	private readonly made = new Map<string, Promise<unknown>>();
	ensure(folder: string): Promise<unknown> {
		let making = this.made.get(folder);
		if (!making) this.made.set(folder, (making = fs.mkdir(folder, { recursive: true })));
		return making;
	}
}

/** Moves the file at `path` (if any) into the backup folder. */
async function moveAside(out: string, backupRoot: string, path: string, folders: FolderMaker): Promise<JournalEntry> {
	const target = nodePath.join(out, ...path.split("/"));
	const backup = nodePath.join(backupRoot, ...path.split("/"));
	try {
		await folders.ensure(nodePath.dirname(backup));
		await fs.rename(target, backup);
		return { target, backup, placed: false };
	} catch (error) {
		if (isMissing(error)) return { target, backup: null, placed: false };
		throw error;
	}
}

/** Undoes the swap, newest first: new files removed, previous files put back. */
async function rollBack(journal: JournalEntry[]): Promise<void> {
	for (const entry of [...journal].reverse()) {
		if (entry.placed) await fs.rm(entry.target, { force: true });
		if (entry.backup) await fs.rename(entry.backup, entry.target);
	}
}

/** Folders emptied by deletions go too (never a folder that still holds anything). */
async function removeEmptyFolders(out: string, deleted: string[]): Promise<void> {
	const folders = new Set<string>();
	for (const path of deleted) {
		const parts = path.split("/").slice(0, -1);
		for (let i = parts.length; i > 0; i--) folders.add(parts.slice(0, i).join("/"));
	}
	for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
		await fs.rmdir(nodePath.join(out, ...folder.split("/"))).catch(() => undefined);
	}
}

function isSafeRelative(path: string): boolean {
	if (!path || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
	return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

async function isMissingOrEmpty(folder: string): Promise<boolean> {
	try {
		return (await fs.readdir(folder)).length === 0;
	} catch (error) {
		if (isMissing(error)) return true;
		throw error;
	}
}

function isMissing(error: unknown): boolean {
	return (error as { code?: string })?.code === "ENOENT";
}
