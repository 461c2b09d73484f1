/** View classes: View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, Editor. */
import { Component } from "./events";
import { TFile } from "./files";

export function hasDom(): boolean {
	return typeof (globalThis as any).document !== "undefined";
}

export function div(cls?: string): HTMLElement {
	if (!hasDom()) return null as unknown as HTMLElement;
	const el = (globalThis as any).document.createElement("div") as HTMLElement;
	if (cls) el.className = cls;
	return el;
}

export interface EditorPosition { line: number; ch: number }

/** A minimal Editor over a string (what MarkdownView.editor offers). */
export class Editor {
	private text = "";
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };
	onChange?: (text: string) => void;

	getValue(): string {
		return this.text;
	}
	setValue(content: string): void {
		this.text = content;
		this.onChange?.(content);
	}
	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	lineCount(): number {
		return this.text.split("\n").length;
	}
	lastLine(): number {
		return this.lineCount() - 1;
	}
	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let off = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) off += lines[i].length + 1;
		return off + Math.min(pos.ch, (lines[pos.line] ?? "").length);
	}
	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1].length };
	}
	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [a, h] = [this.posToOffset(this.anchor), this.posToOffset(this.head)];
		if (which === "from") return a <= h ? { ...this.anchor } : { ...this.head };
		if (which === "to") return a <= h ? { ...this.head } : { ...this.anchor };
		return which === "anchor" ? { ...this.anchor } : { ...this.head };
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = { ...p };
		this.head = { ...p };
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = { ...anchor };
		this.head = { ...(head ?? anchor) };
	}
	getSelection(): string {
		return this.text.slice(this.posToOffset(this.getCursor("from")), this.posToOffset(this.getCursor("to")));
	}
	somethingSelected(): boolean {
		return this.getSelection().length > 0;
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
		this.onChange?.(this.text);
	}
	replaceSelection(replacement: string): void {
		const from = this.getCursor("from");
		this.replaceRange(replacement, from, this.getCursor("to"));
		this.setCursor(this.offsetToPos(this.posToOffset(from) + replacement.length));
	}
	focus(): void {}
	blur(): void {}
	hasFocus(): boolean {
		return false;
	}
	refresh(): void {}
	scrollIntoView(): void {}
}

export abstract class View extends Component {
	app: any;
	leaf: any;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;
	scope: any = null;
	constructor(leaf: any) {
		super();
		this.leaf = leaf;
		this.app = leaf?.app;
		this.containerEl = div("workspace-leaf-content");
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: any, _result: any): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	onResize(): void {}
	onPaneMenu(_menu: any, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	actions: Array<{ icon: string; title: string; callback: (evt: MouseEvent) => any; el: HTMLElement }> = [];
	constructor(leaf: any) {
		super(leaf);
		if (hasDom()) {
			const header = div("view-header");
			this.containerEl.appendChild(header);
			this.contentEl = div("view-content");
			this.containerEl.appendChild(this.contentEl);
		} else this.contentEl = null as unknown as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = div("clickable-icon view-action");
		if (el) {
			el.setAttribute("aria-label", title);
			el.setAttribute("data-icon", icon);
			el.addEventListener("click", (e) => callback(e as MouseEvent));
			this.containerEl.children[0].appendChild(el);
		}
		this.actions.push({ icon, title, callback, el });
		return el;
	}
}

export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;
	override navigation = true;
	override getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}
	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null };
	}
	override async setState(state: any, result: any): Promise<void> {
		if (state?.file) {
			const f = this.app.vault.getFileByPath(state.file);
			if (f) {
				const old = this.file;
				if (old) await this.onUnloadFile(old);
				this.file = f;
				await this.onLoadFile(f);
			}
		}
		await super.setState(state, result);
	}
	async onLoadFile(_file: TFile): Promise<void> {}
	async onUnloadFile(_file: TFile): Promise<void> {}
	async onRename(_file: TFile): Promise<void> {}
	canAcceptExtension(_extension: string): boolean {
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave = (): void => {
		void this.save();
	};
	override async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}
	override async onUnloadFile(_file: TFile): Promise<void> {
		await this.save();
		this.clear();
	}
	async save(_clear?: boolean): Promise<void> {
		if (!this.file) return;
		const data = this.getViewData();
		if (data !== (await this.app.vault.read(this.file))) await this.app.vault.modify(this.file, data);
	}
	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

export class MarkdownView extends TextFileView {
	editor = new Editor();
	private mode: "source" | "preview" = "source";
	previewMode = { rerender: (_full?: boolean) => {} };
	constructor(leaf: any) {
		super(leaf);
		this.editor.onChange = (t) => {
			this.data = t;
		};
		// A file dropped from the file explorer (or any pane using the drag manager): the link, for this note.
		this.contentEl?.addEventListener("drop", (evt) => {
			const manager = this.app?.dragManager;
			const file = manager?.draggable?.type === "file" ? manager.draggable.file : null;
			if (!this.file) return;
			evt.preventDefault();
			// Anything else dropped is its plain text.
			this.editor.replaceSelection(file ? this.app.fileManager.generateMarkdownLink(file, this.file.path) : (evt as DragEvent).dataTransfer?.getData("text/plain") ?? "");
			if (manager) manager.draggable = null;
		});
	}
	getViewType(): string {
		return "markdown";
	}
	override getIcon(): string {
		return "document";
	}
	getViewData(): string {
		return this.editor.getValue();
	}
	setViewData(data: string, _clear: boolean): void {
		this.data = data;
		this.editor.setValue(data);
	}
	clear(): void {}
	getMode(): "source" | "preview" {
		return this.mode;
	}
	/** test helper */
	setMode(mode: "source" | "preview"): void {
		this.mode = mode;
	}
	override getState(): Record<string, unknown> {
		return { ...super.getState(), mode: this.mode };
	}
	override async setState(state: any, result: any): Promise<void> {
		if (state?.mode === "preview" || state?.mode === "source") this.mode = state.mode;
		await super.setState(state, result);
	}
	showSearch(_replace?: boolean): void {}
}

export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}
