/**
 * An element of the publish dialog, classed `museum-publish-<name>`: styles.css and the
 * tests find it by that class. `name` may go on with more classes ("state is-new").
 */
export function part(parent: HTMLElement, name: string, text?: string, tag: "div" | "span" | "label" | "button" = "div"): HTMLElement {
	return parent.createEl(tag, { cls: `museum-publish-${name}`, text });
}

/** A check box at the start of `label` (clicking the label's text toggles it too), classed like `part`'s elements when named. */
export function checkbox(label: HTMLElement, name: string | null, checked: boolean, onChange: (checked: boolean) => void): HTMLInputElement {
	const box = label.createEl("input", { type: "checkbox", cls: name ? `museum-publish-${name}` : undefined });
	box.checked = checked;
	box.addEventListener("change", () => onChange(box.checked));
	return box;
}
