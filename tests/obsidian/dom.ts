/**
 * Obsidian's DOM extensions (createEl, addClass, setText, …) installed on jsdom's prototypes
 * when a document exists (tests with `@jest-environment jsdom`).
 */
export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: HTMLElement, o?: DomElementInfo | string, callback?: (el: any) => void): void {
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : o ?? {};
	if (info.cls) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as any).value = info.value;
	if (info.type !== undefined) (el as any).type = info.type;
	if (info.placeholder !== undefined) (el as any).placeholder = info.placeholder;
	if (info.href !== undefined) (el as any).href = info.href;
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
	callback?.(el);
}

function setAttr(el: Element, k: string, v: string | number | boolean | null): void {
	if (v === null || v === false) el.removeAttribute(k);
	else el.setAttribute(k, v === true ? "" : String(v));
}

export function createElIn(parent: Node | null, tag: string, o?: DomElementInfo | string, callback?: (el: any) => void): HTMLElement {
	const doc: Document = (parent as any)?.ownerDocument ?? (globalThis as any).document;
	const el = doc.createElement(tag);
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	if (parent && !info.parent) {
		if (info.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
	applyInfo(el, info, callback);
	return el;
}

let installed = false;

export function installDomHelpers(): void {
	const g = globalThis as any;
	if (installed || !g.document || !g.HTMLElement) return;
	installed = true;
	const NodeP = g.Node.prototype;
	const ElP = g.Element.prototype;
	const HP = g.HTMLElement.prototype;
	const FragP = g.DocumentFragment.prototype;
	const define = (proto: any, name: string, value: any) =>
		Object.defineProperty(proto, name, { value, writable: true, configurable: true });

	for (const proto of [NodeP]) {
		define(proto, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: any) => void) {
			return createElIn(this, tag, o, cb);
		});
		define(proto, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: any) => void) {
			return createElIn(this, "div", o, cb);
		});
		define(proto, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: any) => void) {
			return createElIn(this, "span", o, cb);
		});
		define(proto, "createSvg", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: any) => void) {
			const doc: Document = (this as any).ownerDocument ?? g.document;
			const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
			this.appendChild(el);
			const info: any = typeof o === "string" ? { cls: o } : o ?? {};
			if (info.cls) el.setAttribute("class", Array.isArray(info.cls) ? info.cls.join(" ") : info.cls);
			if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v as any);
			cb?.(el);
			return el;
		});
		define(proto, "empty", function (this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		});
		define(proto, "detach", function (this: Node) {
			this.parentNode?.removeChild(this);
		});
		define(proto, "setChildrenInPlace", function (this: Node, children: Node[]) {
			(this as any).empty();
			for (const c of children) this.appendChild(c);
		});
		define(proto, "appendText", function (this: Node, val: string) {
			this.appendChild(((this as any).ownerDocument ?? g.document).createTextNode(val));
		});
		define(proto, "indexOf", function (this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		});
		define(proto, "instanceOf", function (this: Node, type: any) {
			return this instanceof type;
		});
		Object.defineProperty(proto, "doc", { get() { return this.ownerDocument ?? g.document; }, configurable: true });
		Object.defineProperty(proto, "win", { get() { return (this.ownerDocument ?? g.document).defaultView ?? g.window; }, configurable: true });
		Object.defineProperty(proto, "constructorWin", { get() { return g.window; }, configurable: true });
	}
	define(ElP, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(ElP, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") this.textContent = val;
		else {
			(this as any).empty();
			this.appendChild(val);
		}
	});
	define(ElP, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.flatMap((c) => c.split(" ")).filter(Boolean));
	});
	define(ElP, "addClasses", function (this: Element, classes: string[]) {
		(this as any).addClass(...classes);
	});
	define(ElP, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes.flatMap((c) => c.split(" ")).filter(Boolean));
	});
	define(ElP, "removeClasses", function (this: Element, classes: string[]) {
		(this as any).removeClass(...classes);
	});
	define(ElP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(ElP, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElP, "setAttr", function (this: Element, k: string, v: any) {
		setAttr(this, k, v);
	});
	define(ElP, "setAttrs", function (this: Element, obj: Record<string, any>) {
		for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
	});
	define(ElP, "getAttr", function (this: Element, k: string) {
		return this.getAttribute(k);
	});
	define(ElP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		let el: Element | null = this;
		while (el && el !== lastParent) {
			if (el.matches(selector)) return el;
			el = el.parentElement;
		}
		return null;
	});
	for (const proto of [ElP, FragP]) {
		define(proto, "find", function (this: ParentNode, selector: string) {
			return this.querySelector(selector);
		});
		define(proto, "findAll", function (this: ParentNode, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		});
		define(proto, "findAllSelf", function (this: any, selector: string) {
			const all = Array.from(this.querySelectorAll(selector));
			return this.matches?.(selector) ? [this, ...all] : all;
		});
	}
	define(HP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => any, options?: any) {
		this.addEventListener("click", listener, options);
		this.addEventListener("auxclick", listener, options);
	});
	define(HP, "on", function (this: HTMLElement, type: string, selector: string, listener: any, options?: any) {
		const handler = (ev: Event) => {
			const target = (ev.target as Element)?.closest?.(selector);
			if (target && this.contains(target)) listener.call(this, ev, target);
		};
		(this as any)._delegated ??= [];
		(this as any)._delegated.push({ type, selector, listener, handler });
		this.addEventListener(type, handler, options);
	});
	define(HP, "off", function (this: HTMLElement, type: string, selector: string, listener: any, options?: any) {
		const list = (this as any)._delegated ?? [];
		for (const d of list) if (d.type === type && d.selector === selector && d.listener === listener) this.removeEventListener(type, d.handler, options);
	});
	define(HP, "trigger", function (this: HTMLElement, type: string) {
		this.dispatchEvent(new g.Event(type));
	});
	define(HP, "show", function (this: HTMLElement) {
		this.style.display = "";
	});
	define(HP, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(HP, "toggle", function (this: HTMLElement, show: boolean) {
		this.style.display = show ? "" : "none";
	});
	define(HP, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(HP, "isShown", function (this: HTMLElement) {
		let el: HTMLElement | null = this;
		while (el) {
			if (el.style.display === "none") return false;
			el = el.parentElement;
		}
		return this.isConnected;
	});
	define(HP, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});
	define(HP, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	define(HP, "getCssPropertyValue", function (this: HTMLElement, property: string) {
		return this.style.getPropertyValue(property);
	});
	Object.defineProperty(HP, "innerWidth", { get() { return 0; }, configurable: true });
	Object.defineProperty(HP, "innerHeight", { get() { return 0; }, configurable: true });

	g.createEl = (tag: string, o?: DomElementInfo | string, cb?: (el: any) => void) => createElIn(null, tag, o, cb);
	g.createDiv = (o?: DomElementInfo | string, cb?: (el: any) => void) => createElIn(null, "div", o, cb);
	g.createSpan = (o?: DomElementInfo | string, cb?: (el: any) => void) => createElIn(null, "span", o, cb);
	g.createSvg = (tag: string, o?: any, cb?: (el: any) => void) => {
		const el = g.document.createElementNS("http://www.w3.org/2000/svg", tag);
		const info: any = typeof o === "string" ? { cls: o } : o ?? {};
		if (info.cls) el.setAttribute("class", Array.isArray(info.cls) ? info.cls.join(" ") : info.cls);
		cb?.(el);
		return el;
	};
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = g.document.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.activeDocument = g.document;
	g.activeWindow = g.window;
	g.fish = (selector: string) => g.document.querySelector(selector);
	g.fishAll = (selector: string) => Array.from(g.document.querySelectorAll(selector));
}

/** Obsidian's global sleep. */
export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

(globalThis as any).sleep ??= sleep;
installDomHelpers();
