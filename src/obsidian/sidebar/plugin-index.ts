import { Plugin, TAbstractFile, TFile } from "obsidian";
import { VaultIndex } from "../../core/index";
import { obsidianYaml } from "../obsidian-yaml";
import { MetadataCacheResolver } from "./metadata-resolver";

type Listener = (changed: ReadonlySet<string>) => void;

/**
 * Keeps one `VaultIndex` in step with the vault: built once the layout is
 * ready (not during start-up), then updated per file. Note text arrives with
 * the metadata cache's `changed` event, so an edit is read once; creations,
 * deletions and renames change which file a link points at, and the index
 * re-resolves the questions concerned.
 */
export class PluginIndex {
	index: VaultIndex | null = null;
	readonly #listeners = new Set<Listener>();

	readonly #plugin: Plugin;

	constructor(plugin: Plugin) {
		this.#plugin = plugin;
	}

	start(): void {
		const { app } = this.#plugin;
		app.workspace.onLayoutReady(() => void this.#build());
		// Obsidian has parsed the frontmatter already: the index reuses it rather than parsing the YAML again.
		this.#plugin.registerEvent(app.metadataCache.on("changed", (file, data, cache) => this.#apply(file.path, (index) => index.upsert(file.path, data, cache.frontmatter))));
		this.#plugin.registerEvent(app.vault.on("delete", (file) => this.#apply(file.path, (index) => index.remove(file.path))));
		this.#plugin.registerEvent(app.vault.on("rename", (file, oldPath) => void this.#renamed(file, oldPath)));
		// A new file can take over links written before it existed; its text follows with `changed`.
		this.#plugin.registerEvent(app.vault.on("create", (file) => this.#apply(file.path, (index) => index.has(file.path) || index.upsert(file.path, ""))));
	}

	onChange(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	async #build(): Promise<void> {
		const { vault, metadataCache } = this.#plugin.app;
		const files = vault.getMarkdownFiles();
		const texts = await Promise.all(files.map(async (file) => [file.path, await vault.cachedRead(file), metadataCache.getFileCache(file)?.frontmatter] as const));
		this.index = VaultIndex.build(texts, obsidianYaml, new MetadataCacheResolver(metadataCache));
		this.#emit(new Set(files.map((f) => f.path)));
	}

	async #renamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!this.index) return;
		if (!this.#isNote(file)) {
			this.#apply(oldPath, () => undefined);
			this.#apply(file.path, () => undefined);
			return;
		}
		const text = await this.#plugin.app.vault.cachedRead(file);
		this.#apply(file.path, (index) => index.rename(oldPath, file.path, text), oldPath);
	}

	#isNote(file: TAbstractFile): file is TFile {
		return file instanceof TFile && file.extension === "md";
	}

	#apply(path: string, change: (index: VaultIndex) => unknown, ...others: string[]): void {
		if (!this.index) return;
		if (!path.toLowerCase().endsWith(".md") && !this.index.has(path)) {
			// Attachments: only their existence matters to links.
			this.index.touchPath(path);
		} else change(this.index);
		this.#emit(new Set([path, ...others]));
	}

	#emit(changed: ReadonlySet<string>): void {
		for (const listener of this.#listeners) listener(changed);
	}
}
