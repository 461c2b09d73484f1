/** The part of the in-memory Obsidian the panel's render code needs in a browser page: DOM helpers and icons. */
import { installDomHelpers } from "../tests/obsidian/dom";

installDomHelpers();

/** An icon element of the size Obsidian's are (the panel's layout depends on it). */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.textContent = "";
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("width", "16");
	svg.setAttribute("height", "16");
	parent.appendChild(svg);
}
