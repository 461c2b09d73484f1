import { SidebarActions } from "./actions";

/** Marks an element as a navigable item; arrow keys move between them (see `keyboard.ts`). */
export const ITEM_CLASS = "museum-sidebar-item";

/** An item that stands for a vault file (a 1-based `line` to open it at, for problems and citations). */
export function linkItem(el: HTMLElement, path: string, line?: number): void {
	focusable(el);
	el.setAttr("draggable", "true");
	el.dataset.path = path;
	if (line !== undefined) el.dataset.line = String(line);
}

/** An external link. */
export function urlItem(el: HTMLElement, url: string): void {
	focusable(el);
	el.setAttr("aria-label", url);
	el.dataset.url = url;
}

/** A row with no note behind it yet: focusable like the others; Enter creates the note. */
export function creatableItem(el: HTMLElement, linkpath: string): void {
	focusable(el);
	el.dataset.create = linkpath;
}

function focusable(el: HTMLElement): void {
	el.addClass(ITEM_CLASS);
	el.setAttr("tabindex", 0);
}

type Listen = <K extends keyof HTMLElementEventMap>(type: K, handler: (evt: HTMLElementEventMap[K]) => void) => void;

/**
 * The panel's items behave like those of Obsidian's own panes: click opens,
 * Ctrl/Cmd-click or middle-click opens in a new tab, hover shows the page
 * preview, right-click the file menu, drag drops a link, Enter opens (or
 * creates a missing note). One listener per event for the whole panel: rows
 * are re-rendered on every change, listeners on each would be redone each time.
 */
export function itemEvents(listen: Listen, actions: SidebarActions): void {
	const itemOf = (evt: Event): HTMLElement | null => {
		const target = evt.target instanceof Element ? evt.target : null;
		// The buttons and fields inside an item (Create, the filter) handle their own events.
		if (!target || target.closest("button, input")) return null;
		return target.closest<HTMLElement>(`.${ITEM_CLASS}`);
	};
	const lineOf = (item: HTMLElement) => (item.dataset.line ? Number(item.dataset.line) : undefined);
	listen("click", (evt) => {
		const item = itemOf(evt);
		if (item?.dataset.path) actions.open(item.dataset.path, evt, lineOf(item));
		else if (item?.dataset.url) actions.openUrl(item.dataset.url);
	});
	listen("auxclick", (evt) => {
		const item = itemOf(evt);
		if (evt.button === 1 && item?.dataset.path) actions.open(item.dataset.path, evt, lineOf(item));
	});
	listen("mouseover", (evt) => {
		const item = itemOf(evt);
		if (item?.dataset.path) actions.hover(evt, item, item.dataset.path);
	});
	listen("contextmenu", (evt) => {
		const item = itemOf(evt);
		if (!item?.dataset.path) return;
		evt.preventDefault();
		actions.fileMenu(evt, item.dataset.path);
	});
	listen("keydown", (evt) => {
		const item = itemOf(evt);
		if (evt.key !== "Enter" || !item || evt.target !== item) return;
		evt.preventDefault();
		if (item.dataset.path) actions.open(item.dataset.path, evt, lineOf(item));
		else if (item.dataset.url) actions.openUrl(item.dataset.url);
		else if (item.dataset.create) actions.create(item.dataset.create);
	});
	listen("dragstart", (evt) => {
		const item = itemOf(evt);
		if (item?.dataset.path) actions.drag(evt, item.dataset.path);
	});
}
