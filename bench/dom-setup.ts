import { JSDOM } from "jsdom";

/**
 * A DOM for the in-memory Obsidian, set up before it loads (it installs
 * Obsidian's DOM helpers when it finds a document): this module is imported first.
 */
const dom = new JSDOM("<!doctype html><body></body>", { pretendToBeVisual: true });
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ["window", "document", "HTMLElement", "Element", "Node", "DocumentFragment", "Event", "KeyboardEvent", "MouseEvent", "DragEvent", "SVGElement", "HTMLInputElement", "HTMLTextAreaElement", "getComputedStyle", "requestAnimationFrame"]) {
	globals[name] = name === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
}
