/** Notice, Modal, SuggestModal, FuzzySuggestModal, AbstractInputSuggest, Menu, Scope, Keymap. */
import { Component } from "./events";
import { hasDom } from "./views";

const doc = (): Document => (globalThis as any).document;

export class Notice {
	/** every notice shown in this process, oldest first (test helper) */
	static messages: string[] = [];
	static all: Notice[] = [];
	static clear(): void {
		Notice.messages = [];
		Notice.all = [];
	}
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	message: string;
	hidden = false;
	constructor(message: string | DocumentFragment, duration?: number) {
		this.message = typeof message === "string" ? message : message.textContent ?? "";
		Notice.messages.push(this.message);
		Notice.all.push(this);
		if (hasDom()) {
			let container = doc().body.querySelector(".notice-container") as HTMLElement | null;
			if (!container) {
				container = doc().createElement("div");
				container.className = "notice-container";
				doc().body.appendChild(container);
			}
			this.containerEl = doc().createElement("div");
			this.containerEl.className = "notice";
			this.noticeEl = this.containerEl;
			this.messageEl = doc().createElement("div");
			this.messageEl.className = "notice-message";
			this.containerEl.appendChild(this.messageEl);
			if (typeof message === "string") this.messageEl.textContent = message;
			else this.messageEl.appendChild(message);
			container.appendChild(this.containerEl);
			this.containerEl.addEventListener("click", () => this.hide());
		} else {
			this.noticeEl = this.containerEl = this.messageEl = null as unknown as HTMLElement;
		}
		if (duration !== 0) setTimeout(() => this.hide(), duration ?? 4500);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : message.textContent ?? "";
		Notice.messages.push(this.message);
		if (this.messageEl) {
			this.messageEl.textContent = "";
			if (typeof message === "string") this.messageEl.textContent = message;
			else this.messageEl.appendChild(message);
		}
		return this;
	}
	hide(): void {
		this.hidden = true;
		this.containerEl?.remove();
	}
}

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

interface KeymapHandler { modifiers: Modifier[] | null; key: string | null; func: (evt: KeyboardEvent, ctx: any) => any }

export class Scope {
	keys: KeymapHandler[] = [];
	constructor(public parent?: Scope) {}
	register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: any) => any): KeymapHandler {
		const h = { modifiers, key, func };
		this.keys.push(h);
		return h;
	}
	unregister(handler: KeymapHandler): void {
		this.keys = this.keys.filter((k) => k !== handler);
	}
	/** Dispatches a key event like Obsidian's keymap: returns true when handled. */
	handleKey(evt: KeyboardEvent): boolean {
		for (const h of [...this.keys].reverse()) {
			if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (h.modifiers !== null) {
				const want = new Set(h.modifiers.map((m) => (m === "Mod" ? (Platform.isMacOS ? "Meta" : "Ctrl") : m)));
				const has = new Set<string>();
				if (evt.ctrlKey) has.add("Ctrl");
				if (evt.metaKey) has.add("Meta");
				if (evt.shiftKey) has.add("Shift");
				if (evt.altKey) has.add("Alt");
				if (want.size !== has.size || [...want].some((m) => !has.has(m))) continue;
			}
			const r = h.func(evt, { key: evt.key, modifiers: "", vkey: evt.key });
			if (r !== true) {
				evt.preventDefault?.();
				return true;
			}
		}
		return this.parent ? this.parent.handleKey(evt) : false;
	}
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

export const Keymap = {
	isModEvent(evt?: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } | null): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || (!Platform.isMacOS && evt.metaKey) || (Platform.isMacOS && evt.ctrlKey)) return "tab";
		return false;
	},
	isModifier(evt: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean }, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return !!(Platform.isMacOS ? evt.metaKey : evt.ctrlKey);
			case "Ctrl":
				return !!evt.ctrlKey;
			case "Meta":
				return !!evt.metaKey;
			case "Shift":
				return !!evt.shiftKey;
			case "Alt":
				return !!evt.altKey;
		}
	},
};

function el(tag: string, cls: string, parent?: HTMLElement): HTMLElement {
	const e = doc().createElement(tag);
	e.className = cls;
	parent?.appendChild(e);
	return e;
}

export class Modal {
	app: any;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	isOpen = false;
	private closeCb?: () => any;
	private keyListener = (evt: KeyboardEvent) => {
		if (!this.isOpen) return;
		if (this.scope.handleKey(evt)) evt.stopPropagation?.();
	};
	constructor(app: any) {
		this.app = app;
		this.scope = new Scope(app?.scope);
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.containerEl = el("div", "modal-container mod-dim");
		el("div", "modal-bg", this.containerEl).addEventListener("click", () => this.close());
		this.modalEl = el("div", "modal", this.containerEl);
		const closeBtn = el("div", "modal-close-button", this.modalEl);
		closeBtn.addEventListener("click", () => this.close());
		const header = el("div", "modal-header", this.modalEl);
		this.titleEl = el("div", "modal-title", header);
		this.contentEl = el("div", "modal-content", this.modalEl);
	}
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		doc().body.appendChild(this.containerEl);
		doc().addEventListener("keydown", this.keyListener, true);
		this.onOpen();
	}
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		doc().removeEventListener("keydown", this.keyListener, true);
		this.containerEl.remove();
		this.onClose();
		this.closeCb?.();
	}
	onOpen(): void | Promise<void> {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.textContent = "";
		if (typeof content === "string") this.contentEl.textContent = content;
		else this.contentEl.appendChild(content);
		return this;
	}
	setCloseCallback(cb: () => any): this {
		this.closeCb = cb;
		return this;
	}
}

export interface Instruction { command: string; purpose: string }

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	instructionsEl?: HTMLElement;
	values: T[] = [];
	selectedIndex = 0;
	constructor(app: any) {
		super(app);
		this.modalEl.className = "prompt";
		const inputContainer = el("div", "prompt-input-container", this.modalEl);
		this.inputEl = el("input", "prompt-input", inputContainer) as HTMLInputElement;
		this.inputEl.type = "text";
		this.resultContainerEl = el("div", "prompt-results", this.modalEl);
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.scope.register([], "ArrowDown", () => {
			this.setSelected(this.selectedIndex + 1);
			return false;
		});
		this.scope.register([], "ArrowUp", () => {
			this.setSelected(this.selectedIndex - 1);
			return false;
		});
		this.scope.register([], "Enter", (evt) => {
			this.chooseAt(this.selectedIndex, evt);
			return false;
		});
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl?.remove();
		this.instructionsEl = el("div", "prompt-instructions", this.modalEl);
		for (const i of instructions) {
			const row = el("div", "prompt-instruction", this.instructionsEl);
			el("span", "prompt-instruction-command", row).textContent = i.command;
			el("span", "", row).textContent = i.purpose;
		}
	}
	override open(): void {
		super.open();
		void this.updateSuggestions();
	}
	async updateSuggestions(): Promise<void> {
		const values = await this.getSuggestions(this.inputEl.value);
		this.values = values.slice(0, this.limit);
		this.resultContainerEl.textContent = "";
		if (this.values.length === 0) {
			el("div", "suggestion-empty", this.resultContainerEl).textContent = this.emptyStateText;
			return;
		}
		this.values.forEach((v, i) => {
			const item = el("div", "suggestion-item", this.resultContainerEl);
			this.renderSuggestion(v, item);
			item.addEventListener("click", (evt) => this.chooseAt(i, evt as MouseEvent));
			item.addEventListener("mousemove", () => this.setSelected(i));
		});
		this.setSelected(0);
	}
	private setSelected(i: number): void {
		const items = Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item"));
		if (items.length === 0) return;
		this.selectedIndex = (i + items.length) % items.length;
		items.forEach((it, k) => it.classList.toggle("is-selected", k === this.selectedIndex));
	}
	private chooseAt(i: number, evt: MouseEvent | KeyboardEvent): void {
		const v = this.values[i];
		if (v === undefined) return;
		this.close();
		this.selectSuggestion(v, evt);
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseSuggestion(value, evt);
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface SearchResult { score: number; matches: Array<[number, number]> }
export interface FuzzyMatch<T> { item: T; match: SearchResult }

export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (!q) return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const matches: Array<[number, number]> = [];
		let k = 0;
		for (let i = 0; i < t.length && k < q.length; i++) {
			if (t[i] === q[k]) {
				const last = matches[matches.length - 1];
				if (last && last[1] === i) last[1] = i + 1;
				else matches.push([i, i + 1]);
				k++;
			}
		}
		if (k < q.length) return null;
		return { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches };
	};
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: Array<[number, number]> = [];
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
		}
		return { score: 0, matches: matches.sort((a, b) => a[0] - b[0]) };
	};
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: Array<[number, number]> | null, offset = 0): void {
	let last = 0;
	for (const [a0, b0] of matches ?? []) {
		const a = a0 + offset;
		const b = b0 + offset;
		if (a > last) el.appendChild(doc().createTextNode(text.slice(last, a)));
		const span = doc().createElement("span");
		span.className = "suggestion-highlight";
		span.textContent = text.slice(a, b);
		el.appendChild(span);
		last = b;
	}
	if (last < text.length) el.appendChild(doc().createTextNode(text.slice(last)));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return query ? out.sort((a, b) => b.match.score - a.match.score) : out;
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderMatches(el, this.getItemText(item.item), item.match.matches);
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
	app: any;
	scope: Scope;
	suggestEl: HTMLElement;
	values: T[] = [];
	selectedIndex = 0;
	isOpen = false;
	constructor(app: any, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope();
		this.suggestEl = el("div", "suggestion-container");
		el("div", "suggestion", this.suggestEl);
	}
	protected get listEl(): HTMLElement {
		return this.suggestEl.firstElementChild as HTMLElement;
	}
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		doc().body.appendChild(this.suggestEl);
	}
	close(): void {
		this.isOpen = false;
		this.suggestEl.remove();
	}
	protected renderValues(values: T[]): void {
		this.values = values;
		this.listEl.textContent = "";
		values.forEach((v, i) => {
			const item = el("div", "suggestion-item", this.listEl);
			this.renderSuggestion(v, item);
			item.addEventListener("mousedown", (evt) => {
				evt.preventDefault();
			});
			item.addEventListener("click", (evt) => this.selectSuggestion(this.values[i], evt as MouseEvent));
		});
		this.selectedIndex = 0;
		this.listEl.firstElementChild?.classList.add("is-selected");
	}
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	textInputEl: HTMLInputElement | HTMLDivElement;
	private selectCb?: (value: T, evt: MouseEvent | KeyboardEvent) => any;
	constructor(app: any, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.textInputEl = textInputEl;
		textInputEl.addEventListener("input", () => void this.onInputChanged());
		textInputEl.addEventListener("focus", () => void this.onInputChanged());
		textInputEl.addEventListener("blur", () => this.close());
		textInputEl.addEventListener("keydown", (evt) => {
			if (!this.isOpen) return;
			const k = (evt as KeyboardEvent).key;
			const items = Array.from(this.listEl.children);
			if (k === "ArrowDown" || k === "ArrowUp") {
				evt.preventDefault();
				this.selectedIndex = (this.selectedIndex + (k === "ArrowDown" ? 1 : -1) + items.length) % Math.max(items.length, 1);
				items.forEach((it, i) => it.classList.toggle("is-selected", i === this.selectedIndex));
			} else if (k === "Enter") {
				const v = this.values[this.selectedIndex];
				if (v !== undefined) {
					evt.preventDefault();
					this.selectSuggestion(v, evt as KeyboardEvent);
				}
			} else if (k === "Escape") this.close();
		});
	}
	private async onInputChanged(): Promise<void> {
		const values = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
		if (values.length === 0) {
			this.close();
			return;
		}
		this.open();
		this.renderValues(values);
	}
	setValue(value: string): void {
		if (this.textInputEl instanceof (globalThis as any).HTMLInputElement) (this.textInputEl as HTMLInputElement).value = value;
		else this.textInputEl.textContent = value;
	}
	getValue(): string {
		if (this.textInputEl instanceof (globalThis as any).HTMLInputElement) return (this.textInputEl as HTMLInputElement).value;
		return this.textInputEl.textContent ?? "";
	}
	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
		this.selectCb = callback;
		return this;
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCb?.(value, evt);
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
}

export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
	context: any = null;
	limit = 100;
	setInstructions(_instructions: Instruction[]): void {}
	abstract onTrigger(cursor: any, editor: any, file: any): any;
	abstract getSuggestions(context: any): T[] | Promise<T[]>;
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	checked: boolean | null = null;
	disabled = false;
	isLabel = false;
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;
	submenu: Menu | null = null;
	dom: HTMLElement | null;
	constructor(private menu: Menu) {
		this.dom = hasDom() ? el("div", "menu-item") : null;
		this.dom?.addEventListener("click", (evt) => this.handleEvent(evt as MouseEvent));
	}
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : title.textContent ?? "";
		if (this.dom) this.dom.textContent = this.title;
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom?.classList.toggle("is-disabled", disabled);
		return this;
	}
	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}
	setIsLabel(isLabel: boolean): this {
		this.isLabel = isLabel;
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	setSubmenu(): Menu {
		this.submenu = new Menu();
		return this.submenu;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
		this.callback = callback;
		return this;
	}
	/** Clicks the item as the user would (test helper): runs the callback and closes the menu. */
	click(evt?: MouseEvent | KeyboardEvent): void {
		this.handleEvent(evt ?? ({} as MouseEvent));
	}
	private handleEvent(evt: MouseEvent | KeyboardEvent): void {
		if (this.disabled || this.isLabel) return;
		this.callback?.(evt);
		this.menu.hide();
	}
}

export class Menu extends Component {
	/** the menu shown last (test helper) */
	static lastShown: Menu | null = null;
	items: Array<MenuItem | "separator"> = [];
	dom: HTMLElement | null;
	shown = false;
	position: { x: number; y: number } | null = null;
	private hideCbs: Array<() => any> = [];
	constructor() {
		super();
		this.dom = hasDom() ? el("div", "menu") : null;
	}
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => any): this {
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		if (this.dom && item.dom) this.dom.appendChild(item.dom);
		return this;
	}
	addSeparator(): this {
		this.items.push("separator");
		if (this.dom) this.dom.appendChild(el("div", "menu-separator"));
		return this;
	}
	/** Menu items in Obsidian's display order: grouped by section, in first-seen section order. */
	getItems(): MenuItem[] {
		return this.items.filter((i): i is MenuItem => i !== "separator");
	}
	findItem(title: string): MenuItem | undefined {
		return this.getItems().find((i) => i.title === title);
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: (evt as any).clientX ?? 0, y: (evt as any).clientY ?? 0 });
	}
	showAtPosition(position: { x: number; y: number }, _doc?: Document): this {
		this.position = position;
		this.shown = true;
		Menu.lastShown = this;
		if (this.dom) doc().body.appendChild(this.dom);
		this.load();
		return this;
	}
	hide(): this {
		if (!this.shown) return this;
		this.shown = false;
		this.dom?.remove();
		this.unload();
		for (const cb of this.hideCbs) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => any): void {
		this.hideCbs.push(callback);
	}
	static forEvent(_evt: MouseEvent): Menu {
		return new Menu();
	}
}
