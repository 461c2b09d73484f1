/**
 * MetadataCache: indexes markdown files of the in-memory vault like Obsidian does.
 * Indexing runs on a later macrotask (Node's real setImmediate, untouched by jest fake timers),
 * so `await vault.modify(...)` resolves before `changed` fires, as with Obsidian's worker.
 */
const later = (fn: () => void): void => {
	realSetImmediate(fn);
};
import { setImmediate as realSetImmediate } from "timers";
import { Events } from "./events";
import { TAbstractFile, TFile, normalizePath, parentPath } from "./files";
import { getLinkpath } from "./links";
import { computeMetadata } from "./markdown-metadata";
import type { Vault } from "./vault";

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** true once the first full index has been resolved */
	initialized = false;
	private caches = new Map<string, any>();
	private pending = 0;
	private idleWaiters: Array<() => void> = [];

	constructor(private vault: Vault) {
		super();
		vault.on("create", (f: TAbstractFile) => f instanceof TFile && this.schedule(f));
		vault.on("modify", (f: TAbstractFile) => f instanceof TFile && this.schedule(f));
		vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			if (!(f instanceof TFile)) return;
			const c = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (c) this.caches.set(f.path, c);
			delete this.resolvedLinks[oldPath];
			delete this.unresolvedLinks[oldPath];
			this.schedule(f);
		});
		vault.on("delete", (f: TAbstractFile) => {
			if (!(f instanceof TFile)) return;
			const prev = this.caches.get(f.path);
			this.caches.delete(f.path);
			delete this.resolvedLinks[f.path];
			delete this.unresolvedLinks[f.path];
			this.trigger("deleted", f, prev ?? null);
			this.pending++;
			later(() => {
				this.recomputeAllLinks();
				this.done();
			});
		});
	}

	/** Indexes every file synchronously (what Obsidian has done by the time plugins load). */
	indexAll(): void {
		for (const f of this.vault.getMarkdownFiles()) this.caches.set(f.path, computeMetadata(this.vault.adapter.readSync(f.path)));
		this.recomputeAllLinks();
		this.initialized = true;
	}

	private schedule(file: TFile): void {
		this.pending++;
		later(() => {
			try {
				if (this.vault.getAbstractFileByPath(file.path) !== file) return;
				if (file.extension === "md") {
					const data = this.vault.adapter.readSync(file.path);
					const cache = computeMetadata(data);
					this.caches.set(file.path, cache);
					this.recomputeAllLinks();
					this.trigger("changed", file, data, cache);
					this.trigger("resolve", file);
				} else {
					this.recomputeAllLinks();
				}
			} finally {
				this.done();
			}
		});
	}

	private done(): void {
		this.pending--;
		if (this.pending === 0) {
			this.trigger("resolved");
			for (const w of this.idleWaiters.splice(0)) w();
		}
	}

	/** Resolves when no indexing work is pending (test helper). */
	whenIdle(): Promise<void> {
		if (this.pending === 0) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}
	settle(): Promise<void> {
		return this.whenIdle();
	}

	getFileCache(file: TFile): any | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): any | null {
		return this.caches.get(normalizePath(path)) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let lp = getLinkpath(linkpath).normalize("NFC");
		if (lp === "") return this.vault.getFileByPath(sourcePath);
		const sourceFolder = parentPath(sourcePath);
		if (lp.startsWith("./") || lp.startsWith("../")) {
			const parts = sourceFolder === "/" ? [] : sourceFolder.split("/");
			for (const seg of lp.split("/")) {
				if (seg === "..") parts.pop();
				else if (seg !== ".") parts.push(seg);
			}
			lp = parts.join("/");
		}
		lp = lp.replace(/^\/+/, "");
		const want = lp.toLowerCase();
		const files = this.vault.getFiles();
		const lower = (f: TFile) => f.path.normalize("NFC").toLowerCase();
		const exact = files.find((f) => lower(f) === want) ?? files.find((f) => f.extension === "md" && lower(f) === want + ".md");
		if (exact) return exact;
		const candidates = files.filter((f) => {
			const p = lower(f);
			return p.endsWith("/" + want) || (f.extension === "md" && p.endsWith("/" + want + ".md"));
		});
		if (candidates.length === 0) return null;
		const sameFolder = candidates.find((f) => parentPath(f.path) === sourceFolder);
		if (sameFolder) return sameFolder;
		return [...candidates].sort((a, b) => a.path.length - b.path.length)[0];
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const short = file.extension === "md" && omitMdExtension ? file.basename : file.name;
		if (this.getFirstLinkpathDest(short, sourcePath) === file) return short;
		return file.extension === "md" && omitMdExtension ? file.path.slice(0, -3) : file.path;
	}

	getLinkSuggestions(): Array<{ file: TFile | null; path: string; alias?: string }> {
		return this.vault.getFiles().map((f) => ({ file: f, path: f.path }));
	}

	private recomputeAllLinks(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const f of this.vault.getMarkdownFiles()) {
			const cache = this.caches.get(f.path);
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const lp = getLinkpath(ref.link);
				const dest = this.getFirstLinkpathDest(lp, f.path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[lp] = (unresolved[lp] ?? 0) + 1;
			}
			this.resolvedLinks[f.path] = resolved;
			this.unresolvedLinks[f.path] = unresolved;
		}
	}
}
