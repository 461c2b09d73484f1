import { ITEM_CLASS } from "./link-item";

/** Arrow keys move the focus between the panel's items, as in the file explorer. */
export function arrowNavigation(container: HTMLElement): (evt: KeyboardEvent) => void {
	return (evt) => {
		if (evt.key !== "ArrowDown" && evt.key !== "ArrowUp") return;
		const items = Array.from(container.querySelectorAll<HTMLElement>(`.${ITEM_CLASS}`));
		if (items.length === 0) return;
		const current = items.indexOf(evt.target as HTMLElement);
		const next = evt.key === "ArrowDown" ? Math.min(items.length - 1, current + 1) : Math.max(0, current < 0 ? 0 : current - 1);
		evt.preventDefault();
		items[next].focus();
	};
}
