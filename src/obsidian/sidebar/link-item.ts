import { SidebarActions } from "./actions";

/** Marks an element as a navigable item; arrow keys move between them (see `keyboard.ts`). */
export const ITEM_CLASS = "museum-sidebar-item";

/**
 * Makes `el` behave like an item of Obsidian's own panes: click opens,
 * Ctrl/Cmd-click opens in a new tab, hover shows the page preview,
 * right-click the file menu, drag drops a link, Enter opens.
 */
export function linkItem(el: HTMLElement, path: string, actions: SidebarActions, line?: number): void {
	el.addClass(ITEM_CLASS);
	el.setAttr("tabindex", 0);
	el.setAttr("draggable", "true");
	el.dataset.path = path;
	el.addEventListener("click", (evt) => actions.open(path, evt, line));
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) actions.open(path, evt, line);
	});
	el.addEventListener("mouseover", (evt) => actions.hover(evt, el, path));
	el.addEventListener("contextmenu", (evt) => {
		evt.preventDefault();
		actions.fileMenu(evt, path);
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter") {
			evt.preventDefault();
			actions.open(path, evt, line);
		}
	});
	el.addEventListener("dragstart", (evt) => {
		const link = actions.dragLink(path);
		if (link && evt.dataTransfer) {
			evt.dataTransfer.setData("text/plain", link);
			evt.dataTransfer.effectAllowed = "copyMove";
		}
	});
}

/** An external link: click and Enter open the browser. */
export function urlItem(el: HTMLElement, url: string, actions: SidebarActions): void {
	el.addClass(ITEM_CLASS);
	el.setAttr("tabindex", 0);
	el.setAttr("aria-label", url);
	el.addEventListener("click", () => actions.openUrl(url));
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter") actions.openUrl(url);
	});
}

/** A row with no note behind it yet: focusable like the others, Enter runs `create`. */
export function creatableItem(el: HTMLElement, create: () => void): void {
	el.addClass(ITEM_CLASS);
	el.setAttr("tabindex", 0);
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" && evt.target === el) {
			evt.preventDefault();
			create();
		}
	});
}
