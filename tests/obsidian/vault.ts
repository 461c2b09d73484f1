/** In-memory Vault and DataAdapter sharing one store, as Obsidian's vault over its file system. */
import { TextDecoder, TextEncoder } from "util";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, isHiddenPath, normalizePath, parentPath, setFileNames } from "./files";

interface StoredFile { data: string | ArrayBuffer; ctime: number; mtime: number }

const enc = new TextEncoder();
const dec = new TextDecoder();

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
	// ArrayBuffer.isView works across realms (jsdom vs node), unlike instanceof.
	if (!ArrayBuffer.isView(data)) return (data as ArrayBuffer).slice(0);
	const u = data as Uint8Array;
	return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

function sizeOf(data: string | ArrayBuffer): number {
	return typeof data === "string" ? enc.encode(data).byteLength : data.byteLength;
}

export class InMemoryAdapter {
	/** every file, hidden or not, by normalized path */
	files = new Map<string, StoredFile>();
	folders = new Set<string>(["/"]);

	constructor(private vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}
	getBasePath(): string {
		return "/fake/vaults/" + this.vault.getName();
	}
	getFullPath(path: string): string {
		return this.getBasePath() + "/" + normalizePath(path);
	}
	getResourcePath(path: string): string {
		return "app://local/" + encodeURI(normalizePath(path));
	}
	async exists(path: string, _sensitive?: boolean): Promise<boolean> {
		const p = normalizePath(path);
		return this.files.has(p) || this.folders.has(p);
	}
	async stat(path: string): Promise<{ type: "file" | "folder"; ctime: number; mtime: number; size: number } | null> {
		const p = normalizePath(path);
		const f = this.files.get(p);
		if (f) return { type: "file", ctime: f.ctime, mtime: f.mtime, size: sizeOf(f.data) };
		if (this.folders.has(p)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}
	async list(path: string): Promise<{ files: string[]; folders: string[] }> {
		const p = normalizePath(path);
		if (!this.folders.has(p)) throw new Error(`ENOENT: no such file or directory, scandir '${p}'`);
		const prefix = p === "/" ? "" : p + "/";
		const direct = (q: string) => q !== p && q.startsWith(prefix) && !q.slice(prefix.length).includes("/");
		return { files: [...this.files.keys()].filter(direct), folders: [...this.folders].filter((q) => q !== "/" && direct(q)) };
	}
	async read(path: string): Promise<string> {
		return this.readSync(normalizePath(path));
	}
	readSync(p: string): string {
		const f = this.files.get(p);
		if (!f) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		return typeof f.data === "string" ? f.data : dec.decode(f.data);
	}
	async readBinary(path: string): Promise<ArrayBuffer> {
		const p = normalizePath(path);
		const f = this.files.get(p);
		if (!f) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		return typeof f.data === "string" ? toArrayBuffer(enc.encode(f.data)) : f.data.slice(0);
	}
	async write(path: string, data: string, options?: { ctime?: number; mtime?: number }): Promise<void> {
		this.vault._externalWrite(normalizePath(path), data, options);
	}
	async writeBinary(path: string, data: ArrayBuffer, options?: { ctime?: number; mtime?: number }): Promise<void> {
		this.vault._externalWrite(normalizePath(path), toArrayBuffer(data), options);
	}
	async append(path: string, data: string): Promise<void> {
		const p = normalizePath(path);
		const prev = this.files.has(p) ? this.readSync(p) : "";
		this.vault._externalWrite(p, prev + data);
	}
	async process(path: string, fn: (data: string) => string): Promise<string> {
		const p = normalizePath(path);
		const out = fn(this.readSync(p));
		this.vault._externalWrite(p, out);
		return out;
	}
	async mkdir(path: string): Promise<void> {
		this.vault._mkdirp(normalizePath(path), true);
	}
	async remove(path: string): Promise<void> {
		const p = normalizePath(path);
		if (!this.files.has(p)) throw new Error(`ENOENT: no such file or directory, unlink '${p}'`);
		this.vault._externalRemove(p);
	}
	async rmdir(path: string, recursive: boolean): Promise<void> {
		const p = normalizePath(path);
		const inside = [...this.files.keys(), ...this.folders].filter((q) => q.startsWith(p + "/"));
		if (inside.length && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${p}'`);
		for (const q of inside.sort().reverse()) this.vault._externalRemove(q);
		this.vault._externalRemove(p);
	}
	async trashLocal(path: string): Promise<void> {
		const p = normalizePath(path);
		await this.rename(p, ".trash/" + p.slice(p.lastIndexOf("/") + 1));
	}
	async trashSystem(path: string): Promise<boolean> {
		const p = normalizePath(path);
		if (this.files.has(p)) this.vault._externalRemove(p);
		else await this.rmdir(p, true);
		return true;
	}
	async rename(from: string, to: string): Promise<void> {
		const a = normalizePath(from);
		const b = normalizePath(to);
		const f = this.vault.getAbstractFileByPath(a);
		if (f && !isHiddenPath(b)) return this.vault.rename(f, b);
		const data = this.readSync(a);
		this.vault._externalRemove(a);
		this.vault._externalWrite(b, data);
	}
	async copy(from: string, to: string): Promise<void> {
		const a = normalizePath(from);
		const f = this.files.get(a);
		if (!f) throw new Error(`ENOENT: no such file or directory, copyfile '${a}'`);
		this.vault._externalWrite(normalizePath(to), typeof f.data === "string" ? f.data : f.data.slice(0));
	}
}

export class Vault extends Events {
	adapter: InMemoryAdapter;
	configDir = ".obsidian";
	private name: string;
	private fileMap = new Map<string, TAbstractFile>();
	private root: TFolder;
	private config: Record<string, unknown> = {};

	constructor(name = "Test Vault") {
		super();
		this.name = name;
		this.adapter = new InMemoryAdapter(this);
		this.root = new TFolder();
		setFileNames(this.root, "/");
		this.root.vault = this;
		this.fileMap.set("/", this.root);
	}

	/** Test helper: adds files without firing events (like the files present when Obsidian starts). */
	seed(files: Record<string, string | Uint8Array | ArrayBuffer>): this {
		for (const [path, data] of Object.entries(files)) {
			const p = normalizePath(path);
			this._mkdirp(parentPath(p), false);
			this._store(p, typeof data === "string" ? data : toArrayBuffer(data), false);
		}
		return this;
	}

	getName(): string {
		return this.name;
	}
	getConfig(key: string): unknown {
		return this.config[key];
	}
	setConfig(key: string, value: unknown): void {
		this.config[key] = value;
	}
	getRoot(): TFolder {
		return this.root;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.fileMap.get(normalizePath(path)) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}
	getAbstractFileByPathInsensitive(path: string): TAbstractFile | null {
		const p = normalizePath(path).toLowerCase();
		for (const [k, v] of this.fileMap) if (k.toLowerCase() === p) return v;
		return null;
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.fileMap.values()];
	}
	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.fileMap.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}
	getFiles(): TFile[] {
		return [...this.fileMap.values()].filter((f): f is TFile => f instanceof TFile);
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getResourcePath(file: TFile): string {
		return this.adapter.getResourcePath(file.path) + "?" + file.stat.mtime;
	}

	async read(file: TFile): Promise<string> {
		return this.adapter.readSync(file.path);
	}
	async cachedRead(file: TFile): Promise<string> {
		return this.adapter.readSync(file.path);
	}
	async readBinary(file: TFile): Promise<ArrayBuffer> {
		return this.adapter.readBinary(file.path);
	}

	private checkNewPath(p: string): void {
		if (this.adapter.files.has(p) || this.adapter.folders.has(p) || this.getAbstractFileByPathInsensitive(p)) throw new Error("File already exists.");
		const parent = parentPath(p);
		if (!this.adapter.folders.has(parent)) throw new Error(`ENOENT: no such file or directory, open '${this.adapter.getFullPath(p)}'`);
	}
	async create(path: string, data: string, options?: { ctime?: number; mtime?: number }): Promise<TFile> {
		const p = normalizePath(path);
		this.checkNewPath(p);
		return this._store(p, data, true, options) as TFile;
	}
	async createBinary(path: string, data: ArrayBuffer, options?: { ctime?: number; mtime?: number }): Promise<TFile> {
		const p = normalizePath(path);
		this.checkNewPath(p);
		return this._store(p, toArrayBuffer(data), true, options) as TFile;
	}
	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.adapter.folders.has(p) || this.adapter.files.has(p)) throw new Error("Folder already exists.");
		this._mkdirp(p, true);
		return this.getFolderByPath(p) as TFolder;
	}
	private assertExists(file: TAbstractFile): void {
		if (this.fileMap.get(file.path) !== file) throw new Error(`File does not exist: ${file.path}`);
	}
	async modify(file: TFile, data: string, options?: { ctime?: number; mtime?: number }): Promise<void> {
		this.assertExists(file);
		this._store(file.path, data, true, options);
	}
	async modifyBinary(file: TFile, data: ArrayBuffer, options?: { ctime?: number; mtime?: number }): Promise<void> {
		this.assertExists(file);
		this._store(file.path, toArrayBuffer(data), true, options);
	}
	async append(file: TFile, data: string, options?: { ctime?: number; mtime?: number }): Promise<void> {
		this.assertExists(file);
		this._store(file.path, this.adapter.readSync(file.path) + data, true, options);
	}
	async process(file: TFile, fn: (data: string) => string, options?: { ctime?: number; mtime?: number }): Promise<string> {
		this.assertExists(file);
		const out = fn(this.adapter.readSync(file.path));
		this._store(file.path, out, true, options);
		return out;
	}
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const to = normalizePath(newPath);
		this.assertExists(file);
		if (to === file.path) return;
		if (this.fileMap.has(to) && to.toLowerCase() !== file.path.toLowerCase()) throw new Error("Destination file already exists!");
		if (!this.adapter.folders.has(parentPath(to))) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${to}'`);
		const oldPath = file.path;
		const moved: Array<[TAbstractFile, string]> = [];
		const move = (f: TAbstractFile, from: string, dest: string) => {
			this.fileMap.delete(from);
			if (f instanceof TFolder) {
				this.adapter.folders.delete(from);
				this.adapter.folders.add(dest);
			} else {
				const stored = this.adapter.files.get(from)!;
				this.adapter.files.delete(from);
				this.adapter.files.set(dest, stored);
			}
			setFileNames(f, dest);
			this.fileMap.set(dest, f);
			moved.push([f, from]);
			if (f instanceof TFolder) for (const c of [...f.children]) move(c, c.path, dest + "/" + c.name);
		};
		this.detachFromParent(file);
		move(file, oldPath, to);
		this.attachToParent(file);
		for (const [f, from] of moved) this.trigger("rename", f, from);
	}
	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		this.assertExists(file);
		if (file instanceof TFolder && file.children.length && !force) throw new Error("Folder is not empty.");
		this.removeTree(file);
	}
	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		this.assertExists(file);
		if (!system && file instanceof TFile) {
			const data = this.adapter.files.get(file.path)!;
			this._mkdirp(".trash", false);
			let target = ".trash/" + file.name;
			let k = 1;
			while (this.adapter.files.has(target)) target = `.trash/${file.basename} ${k++}${file.extension ? "." + file.extension : ""}`;
			this.adapter.files.set(target, { ...data });
		}
		this.removeTree(file);
	}
	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		const p = normalizePath(newPath);
		if (file instanceof TFile) {
			const data = this.adapter.files.get(file.path)!.data;
			this.checkNewPath(p);
			return this._store(p, typeof data === "string" ? data : data.slice(0), true) as unknown as T;
		}
		await this.createFolder(p);
		for (const c of (file as unknown as TFolder).children) await this.copy(c, p + "/" + c.name);
		return this.getAbstractFileByPath(p) as unknown as T;
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => any): void {
		cb(root);
		for (const c of root.children) {
			if (c instanceof TFolder) Vault.recurseChildren(c, cb);
			else cb(c);
		}
	}

	// ---- internals shared with the adapter ----
	private detachFromParent(f: TAbstractFile): void {
		if (f.parent) f.parent.children = f.parent.children.filter((c) => c !== f);
	}
	private attachToParent(f: TAbstractFile): void {
		const parent = this.fileMap.get(parentPath(f.path)) as TFolder;
		f.parent = parent;
		parent.children.push(f);
	}
	private removeTree(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const c of [...file.children]) this.removeTree(c);
		this.detachFromParent(file);
		this.fileMap.delete(file.path);
		if (file instanceof TFolder) this.adapter.folders.delete(file.path);
		else this.adapter.files.delete(file.path);
		this.trigger("delete", file);
	}
	/** Creates a folder and its missing parents. */
	_mkdirp(p: string, fire: boolean): void {
		if (p === "/" || this.adapter.folders.has(p)) return;
		this._mkdirp(parentPath(p), fire);
		this.adapter.folders.add(p);
		if (isHiddenPath(p)) return;
		const folder = new TFolder();
		folder.vault = this;
		setFileNames(folder, p);
		this.fileMap.set(p, folder);
		this.attachToParent(folder);
		if (fire) this.trigger("create", folder);
	}
	/** Writes a file; creates/updates the TFile when visible, firing create/modify. */
	_store(p: string, data: string | ArrayBuffer, fire: boolean, options?: { ctime?: number; mtime?: number }): TFile | null {
		const now = Date.now();
		const prev = this.adapter.files.get(p);
		const stored: StoredFile = { data, ctime: options?.ctime ?? prev?.ctime ?? now, mtime: options?.mtime ?? now };
		this.adapter.files.set(p, stored);
		if (isHiddenPath(p)) return null;
		let file = this.fileMap.get(p) as TFile | undefined;
		const isNew = !file;
		if (!file) {
			file = new TFile();
			file.vault = this;
			setFileNames(file, p);
			this.fileMap.set(p, file);
			this.attachToParent(file);
		}
		file.stat = { ctime: stored.ctime, mtime: stored.mtime, size: sizeOf(data) };
		if (fire) this.trigger(isNew ? "create" : "modify", file);
		return file;
	}
	_externalWrite(p: string, data: string | ArrayBuffer, options?: { ctime?: number; mtime?: number }): void {
		this._mkdirp(parentPath(p), true);
		this._store(p, data, true, options);
	}
	_externalRemove(p: string): void {
		const f = this.fileMap.get(p);
		if (f) this.removeTree(f);
		else {
			this.adapter.files.delete(p);
			this.adapter.folders.delete(p);
		}
	}
}
