/** Workspace and WorkspaceLeaf with a view registry, over jsdom when present. */
import { Events } from "./events";
import { TFile } from "./files";
import { getLinkpath, parseLinktext } from "./links";
import { EmptyView, MarkdownView, View, div, hasDom } from "./views";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class ViewRegistry extends Events {
	viewByType: Record<string, ViewCreator> = { markdown: (leaf) => new MarkdownView(leaf) };
	typeByExtension: Record<string, string> = { md: "markdown" };
	registerView(type: string, creator: ViewCreator): void {
		if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType[type] = creator;
		this.trigger("view-registered", type);
	}
	unregisterView(type: string): void {
		delete this.viewByType[type];
		this.trigger("view-unregistered", type);
	}
	registerExtensions(extensions: string[], type: string): void {
		for (const e of extensions) {
			if (this.typeByExtension[e]) throw new Error(`Attempting to register an existing file extension "${e}"`);
			this.typeByExtension[e] = type;
		}
	}
	unregisterExtensions(extensions: string[]): void {
		for (const e of extensions) delete this.typeByExtension[e];
	}
	getTypeByExtension(ext: string): string | undefined {
		return this.typeByExtension[ext];
	}
	isExtensionRegistered(ext: string): boolean {
		return ext in this.typeByExtension;
	}
}

let leafCounter = 0;

export class WorkspaceLeaf extends Events {
	id = `leaf-${++leafCounter}`;
	app: any;
	view: View;
	parent: WorkspaceSplitLike;
	containerEl: HTMLElement;
	pinned = false;
	isDeferred = false;
	working = false;

	constructor(app: any, parent: WorkspaceSplitLike) {
		super();
		this.app = app;
		this.parent = parent;
		this.containerEl = div("workspace-leaf");
		this.view = new EmptyView(this);
		this.mountView();
		this.view.load();
	}
	private mountView(): void {
		if (hasDom() && this.containerEl && this.view.containerEl) {
			(this.containerEl as any).replaceChildren(this.view.containerEl);
		}
	}
	getRoot(): WorkspaceSplitLike {
		return this.parent;
	}
	getContainer(): WorkspaceSplitLike {
		return this.parent;
	}
	getViewState(): { type: string; state: Record<string, unknown>; active?: boolean; pinned?: boolean } {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}
	async setViewState(viewState: { type: string; state?: any; active?: boolean; pinned?: boolean; group?: any }, eState?: any): Promise<void> {
		const ws: Workspace = this.app.workspace;
		if (viewState.type !== this.view.getViewType()) {
			const creator = viewState.type === "empty" ? (l: WorkspaceLeaf) => new EmptyView(l) : this.app.viewRegistry.viewByType[viewState.type];
			if (!creator) throw new Error(`No view registered for type "${viewState.type}"`);
			const old = this.view;
			await old.onClose();
			old.unload();
			this.view = creator(this);
			this.mountView();
			this.view.load();
			await this.view.onOpen();
		}
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (eState) this.view.setEphemeralState(eState);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		ws.trigger("layout-change");
	}
	async openFile(file: TFile, openState?: { state?: any; eState?: any; active?: boolean }): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "markdown";
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true }, openState?.eState);
		const ws: Workspace = this.app.workspace;
		ws.lastOpenFiles = [file.path, ...ws.lastOpenFiles.filter((p) => p !== file.path)];
		ws.trigger("file-open", file);
	}
	async open(view: View): Promise<View> {
		await this.view.onClose();
		this.view.unload();
		this.view = view;
		this.mountView();
		view.load();
		await view.onOpen();
		return view;
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	getIcon(): string {
		return this.view.getIcon();
	}
	getEphemeralState(): any {
		return this.view.getEphemeralState();
	}
	setEphemeralState(state: any): void {
		this.view.setEphemeralState(state);
	}
	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}
	togglePinned(): void {
		this.pinned = !this.pinned;
	}
	setGroup(_group: string): void {}
	setGroupMember(_other: WorkspaceLeaf): void {}
	async loadIfDeferred(): Promise<void> {}
	onResize(): void {}
	detach(): void {
		const ws: Workspace = this.app.workspace;
		void this.view.onClose();
		this.view.unload();
		ws._removeLeaf(this);
		this.containerEl?.remove?.();
		ws.trigger("layout-change");
	}
}

export interface WorkspaceSplitLike {
	side: "root" | "left" | "right" | "floating";
	containerEl: HTMLElement;
	collapsed: boolean;
	expand(): void;
	collapse(): void;
	toggle(): void;
	getRoot(): WorkspaceSplitLike;
}

function makeSplit(side: WorkspaceSplitLike["side"]): WorkspaceSplitLike {
	const s: WorkspaceSplitLike = {
		side,
		containerEl: div(`workspace-split mod-${side === "root" ? "root" : side + "-split"}`),
		collapsed: side !== "root",
		expand() {
			s.collapsed = false;
		},
		collapse() {
			s.collapsed = true;
		},
		toggle() {
			s.collapsed = !s.collapsed;
		},
		getRoot() {
			return s;
		},
	};
	return s;
}

export class Workspace extends Events {
	app: any;
	containerEl: HTMLElement;
	rootSplit = makeSplit("root");
	leftSplit = makeSplit("left");
	rightSplit = makeSplit("right");
	floatingSplit = makeSplit("floating");
	leftRibbon: any = { containerEl: div("side-dock-ribbon mod-left") };
	rightRibbon: any = { containerEl: div("side-dock-ribbon mod-right") };
	activeLeaf: WorkspaceLeaf | null = null;
	leaves: WorkspaceLeaf[] = [];
	layoutReady = false;
	lastOpenFiles: string[] = [];
	requestSaveLayout = Object.assign(() => {}, { cancel: () => {}, run: () => {} });
	hoverLinkSources: Record<string, { display: string; defaultMod: boolean }> = {};
	editorSuggest = { suggests: [] as any[] };
	private layoutReadyCallbacks: Array<() => any> = [];

	constructor(app: any) {
		super();
		this.app = app;
		this.containerEl = div("workspace");
		if (this.containerEl) for (const s of [this.leftSplit, this.rootSplit, this.rightSplit]) this.containerEl.appendChild(s.containerEl);
	}

	get activeEditor(): { editor: any; file: TFile | null } | null {
		const v = this.activeLeaf?.view;
		return v instanceof MarkdownView ? { editor: v.editor, file: v.file } : null;
	}

	onLayoutReady(callback: () => any): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}
	/** Test helper: what Obsidian does once the workspace is laid out. */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.layoutReadyCallbacks.splice(0)) cb();
		this.trigger("layout-ready");
	}

	private newLeaf(split: WorkspaceSplitLike): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, split);
		this.leaves.push(leaf);
		if (split.containerEl && leaf.containerEl) split.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}
	_removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.leaves.filter((l) => l.parent === this.rootSplit).pop() ?? null;
			this.trigger("active-leaf-change", this.activeLeaf);
		}
	}

	getLeaf(newLeaf?: boolean | "tab" | "split" | "window", _direction?: "vertical" | "horizontal"): WorkspaceLeaf {
		if (!newLeaf) {
			const cur = this.activeLeaf && this.activeLeaf.parent === this.rootSplit && !this.activeLeaf.pinned ? this.activeLeaf : this.getMostRecentLeaf();
			if (cur && !cur.pinned) return cur;
		}
		const leaf = this.newLeaf(newLeaf === "window" ? this.floatingSplit : this.rootSplit);
		if (!this.activeLeaf) this.setActiveLeaf(leaf);
		return leaf;
	}
	getMostRecentLeaf(root?: WorkspaceSplitLike): WorkspaceLeaf | null {
		const r = root ?? this.rootSplit;
		return this.leaves.filter((l) => l.parent === r).pop() ?? null;
	}
	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}
	createLeafBySplit(_leaf: WorkspaceLeaf, _direction?: string, _before?: boolean): WorkspaceLeaf {
		return this.newLeaf(this.rootSplit);
	}
	splitActiveLeaf(): WorkspaceLeaf {
		return this.newLeaf(this.rootSplit);
	}
	createLeafInParent(parent: WorkspaceSplitLike, _index: number): WorkspaceLeaf {
		return this.newLeaf(parent);
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf(this.rightSplit);
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf(this.leftSplit);
	}
	async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: any }): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		if (existing) {
			if (options?.reveal !== false) await this.revealLeaf(existing);
			return existing;
		}
		const leaf = side === "left" ? this.getLeftLeaf(false) : this.getRightLeaf(false);
		await leaf.setViewState({ type, state: options?.state, active: options?.active });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}
	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((l) => l.id === id) ?? null;
	}
	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}
	detachLeavesOfType(viewType: string): void {
		for (const l of this.getLeavesOfType(viewType)) l.detach();
	}
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.parent.expand();
	}
	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean): void {
		void params;
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
		const v: any = leaf.view;
		if (v?.file) this.trigger("file-open", v.file);
	}
	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const l of [...this.leaves]) callback(l);
	}
	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const l of this.leaves.filter((x) => x.parent === this.rootSplit)) callback(l);
	}
	getActiveViewOfType<T>(type: abstract new (...args: any[]) => T): T | null {
		const v = this.activeLeaf?.view;
		return v instanceof (type as any) ? (v as unknown as T) : null;
	}
	getActiveFile(): TFile | null {
		const v: any = this.activeLeaf?.view;
		if (v && "file" in v) return v.file ?? null;
		return null;
	}
	getLastOpenFiles(): string[] {
		return this.lastOpenFiles.slice(0, 10);
	}
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openViewState?: any): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		let file = this.app.metadataCache.getFirstLinkpathDest(getLinkpath(path), sourcePath) as TFile | null;
		if (!file) {
			const folder = this.app.fileManager.getNewFileParent(sourcePath);
			const name = path.endsWith(".md") ? path : path + ".md";
			const full = name.includes("/") ? name : (folder.isRoot() ? "" : folder.path + "/") + name;
			file = await this.app.vault.create(full, "");
		}
		await this.getLeaf(newLeaf).openFile(file!, { ...(openViewState ?? {}), eState: subpath ? { subpath } : openViewState?.eState });
	}
	changeLayout(_workspace: any): Promise<void> {
		return Promise.resolve();
	}
	updateOptions(): void {}
}
