/** Icons, tooltips, debounce, language, requestUrl, moment, HTML/markdown helpers, MarkdownRenderer. */
import moment from "moment";
import { TextDecoder, TextEncoder } from "util";
import { Component } from "./events";

export { moment };

export const apiVersion = "1.13.1";

const doc = (): Document => (globalThis as any).document;
const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}
export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}
export function getIconIds(): string[] {
	return [...customIcons.keys()];
}

export function getIcon(iconId: string): SVGSVGElement | null {
	if (!iconId) return null;
	const svg = doc().createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
	svg.setAttribute("class", `svg-icon ${customIcons.has(iconId) ? iconId : "lucide-" + iconId.replace(/^lucide-/, "")}`);
	svg.setAttribute("data-icon", iconId);
	const custom = customIcons.get(iconId);
	if (custom) svg.innerHTML = custom;
	return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.textContent = "";
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string, _options?: unknown): void {
	if (tooltip) el.setAttribute("aria-label", tooltip);
	else el.removeAttribute("aria-label");
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/** Obsidian's debounce: trailing call after `timeout`; `resetTimer` restarts the wait on each call. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!lastArgs) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const d = function (this: unknown, ...args: [...T]) {
		lastArgs = args as T;
		if (timer && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (!timer) timer = setTimeout(fire, timeout);
		return d;
	} as Debouncer<T, V>;
	d.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return d;
	};
	d.run = () => {
		if (timer) clearTimeout(timer);
		return fire();
	};
	return d;
}

let language = "en";
/** Obsidian's getLanguage(): the UI language code. */
export function getLanguage(): string {
	return language;
}
/** Test helper: sets what getLanguage() returns. */
export function setLanguage(lang: string): void {
	language = lang;
}

export interface RequestUrlParam { url: string; method?: string; contentType?: string; body?: string | ArrayBuffer; headers?: Record<string, string>; throw?: boolean }
export interface RequestUrlResponse { status: number; headers: Record<string, string>; arrayBuffer: ArrayBuffer; json: any; text: string }
type RequestHandler = (req: RequestUrlParam) => Partial<RequestUrlResponse> | Promise<Partial<RequestUrlResponse>>;

let requestHandler: RequestHandler | null = null;
/** every request made through requestUrl (test helper) */
export const requestLog: RequestUrlParam[] = [];
/** Test helper: installs the function answering requestUrl (null restores the default, which throws). */
export function setRequestUrlHandler(handler: RequestHandler | null): void {
	requestHandler = handler;
}

export function requestUrl(request: RequestUrlParam | string): Promise<RequestUrlResponse> & RequestUrlResponse {
	const req: RequestUrlParam = typeof request === "string" ? { url: request } : request;
	requestLog.push(req);
	const p = (async (): Promise<RequestUrlResponse> => {
		if (!requestHandler) throw new Error(`requestUrl: no network in tests (${req.method ?? "GET"} ${req.url})`);
		const r = await requestHandler(req);
		const text = r.text ?? (r.json !== undefined ? JSON.stringify(r.json) : r.arrayBuffer ? new TextDecoder().decode(r.arrayBuffer) : "");
		const status = r.status ?? 200;
		let json = r.json;
		if (json === undefined) {
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
		}
		const res: RequestUrlResponse = {
			status,
			headers: r.headers ?? {},
			text,
			json,
			arrayBuffer: r.arrayBuffer ?? (new TextEncoder().encode(text).buffer as ArrayBuffer),
		};
		if (status >= 400 && req.throw !== false) {
			const err: any = new Error(`Request failed, status ${status}`);
			err.status = status;
			err.headers = res.headers;
			throw err;
		}
		return res;
	})();
	return p as Promise<RequestUrlResponse> & RequestUrlResponse;
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	return Buffer.from(buffer).toString("base64");
}
export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	const b = Buffer.from(base64, "base64");
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
export function arrayBufferToHex(data: ArrayBuffer): string {
	return Buffer.from(data).toString("hex");
}
export function hexToArrayBuffer(hex: string): ArrayBuffer {
	const b = Buffer.from(hex, "hex");
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export function getFrontMatterInfo(content: string): { exists: boolean; frontmatter: string; from: number; to: number; contentStart: number } {
	const m = /^---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(\r?\n|$)/.exec(content);
	if (!m) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = content.indexOf("\n") + 1;
	const fm = m[1] ? m[1] + "\n" : "";
	return { exists: true, frontmatter: fm, from, to: from + fm.length, contentStart: m[0].length };
}

/** Simple HTML → markdown (paragraphs, line breaks, emphasis, links, headings, lists). */
export function htmlToMarkdown(html: string | HTMLElement | Document | DocumentFragment): string {
	const root: Node = typeof html === "string" ? sanitizeHTMLToDom(html) : html;
	const walk = (n: Node): string => {
		if (n.nodeType === 3) return (n.textContent ?? "").replace(/\s+/g, " ");
		if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return "";
		const kids = Array.from(n.childNodes).map(walk).join("");
		const tag = (n as Element).tagName?.toLowerCase();
		switch (tag) {
			case "p":
			case "div":
				return kids.trim() + "\n\n";
			case "br":
				return "\n";
			case "strong":
			case "b":
				return `**${kids}**`;
			case "em":
			case "i":
				return `*${kids}*`;
			case "code":
				return "`" + kids + "`";
			case "a":
				return `[${kids}](${(n as Element).getAttribute("href") ?? ""})`;
			case "li":
				return `- ${kids.trim()}\n`;
			case "ul":
			case "ol":
				return kids + "\n";
			case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
				return "#".repeat(Number(tag[1])) + " " + kids.trim() + "\n\n";
			default:
				return kids;
		}
	};
	return walk(root).replace(/\n{3,}/g, "\n\n").trim();
}

export function sanitizeHTMLToDom(html: string): DocumentFragment {
	const t = doc().createElement("template");
	t.innerHTML = html;
	t.content.querySelectorAll("script, iframe, object, embed").forEach((e) => e.remove());
	t.content.querySelectorAll("*").forEach((e) => {
		for (const a of Array.from(e.attributes)) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) e.removeAttribute(a.name);
	});
	return t.content;
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** Renders markdown as plain paragraphs (text content only), headings and list items. */
export class MarkdownRenderer {
	static async render(_app: any, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		for (const block of markdown.split(/\n{2,}/)) {
			const b = block.trim();
			if (!b) continue;
			const h = /^(#{1,6})\s+(.*)$/.exec(b);
			if (h) {
				const e = doc().createElement("h" + h[1].length);
				e.textContent = h[2];
				el.appendChild(e);
				continue;
			}
			if (/^[-*+] /.test(b)) {
				const ul = doc().createElement("ul");
				for (const line of b.split("\n")) {
					const li = doc().createElement("li");
					li.textContent = line.replace(/^\s*[-*+] /, "");
					ul.appendChild(li);
				}
				el.appendChild(ul);
				continue;
			}
			const p = doc().createElement("p");
			p.textContent = b;
			el.appendChild(p);
		}
	}
	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return MarkdownRenderer.render(null, markdown, el, sourcePath, component);
	}
}

export class MarkdownPreviewRenderer {
	static registerPostProcessor(): void {}
	static unregisterPostProcessor(): void {}
	static createCodeBlockPostProcessor(): any {
		return () => {};
	}
}
