import type { HtmlParser } from "../../core/publish/sanitize-html";

/** The sanitizer's HTML parser in the plugin: the browser's own (Obsidian ships one), as an inert document that runs nothing. */
export const domHtml: HtmlParser = (html) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, "text/html").body.childNodes;
