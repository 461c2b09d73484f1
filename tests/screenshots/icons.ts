/**
 * The in-memory Obsidian's `setIcon` leaves an empty `<svg class="svg-icon lucide-NAME">`; Obsidian
 * draws Lucide icons there. For a faithful render the empty icons get Lucide's shapes, read from the
 * `lucide-static` package (ISC licence), with the attributes Obsidian's icons carry.
 */
import * as fs from "fs";
import * as path from "path";

const ICONS_DIR = path.join(path.dirname(require.resolve("lucide-static/package.json")), "icons");

/** The SVG attributes of an Obsidian icon; stroke colour and width come from the `.svg-icon` CSS rule. */
const SVG_ATTRIBUTES: Record<string, string> = {
	xmlns: "http://www.w3.org/2000/svg",
	width: "24",
	height: "24",
	viewBox: "0 0 24 24",
	fill: "none",
	stroke: "currentColor",
	"stroke-width": "2",
	"stroke-linecap": "round",
	"stroke-linejoin": "round",
};

const shapesCache = new Map<string, string | null>();

/** The inner markup (paths, circles, …) of the Lucide icon `name`, or null when Lucide has none. */
export function lucideShapes(name: string): string | null {
	if (!/^[a-z0-9-]+$/.test(name)) return null;
	if (!shapesCache.has(name)) {
		const file = path.join(ICONS_DIR, `${name}.svg`);
		const svg = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
		const inner = svg?.match(/<svg\b[^>]*>([\s\S]*)<\/svg>/)?.[1].trim().replace(/>\s+</g, "><") ?? null;
		shapesCache.set(name, inner);
	}
	return shapesCache.get(name) ?? null;
}

/** The Lucide name of an icon element (`svg-icon lucide-file-text` → `file-text`), or null. */
function iconName(svg: Element): string | null {
	const cls = Array.from(svg.classList).find((c) => c.startsWith("lucide-"));
	return cls ? cls.slice("lucide-".length) : (svg.getAttribute("data-icon") ?? null);
}

/**
 * Fills every empty `svg.svg-icon` under `root` with its Lucide shapes. Returns the names filled and
 * those Lucide does not have (left empty: a test should fail on them rather than show a blank).
 */
export function fillIcons(root: Element): { filled: string[]; missing: string[] } {
	const filled = new Set<string>();
	const missing = new Set<string>();
	for (const svg of Array.from(root.querySelectorAll("svg.svg-icon"))) {
		if (svg.childElementCount > 0) continue;
		const name = iconName(svg);
		const shapes = name ? lucideShapes(name) : null;
		if (!name || shapes === null) {
			missing.add(name ?? "(unnamed)");
			continue;
		}
		for (const [attribute, value] of Object.entries(SVG_ATTRIBUTES)) if (!svg.hasAttribute(attribute)) svg.setAttribute(attribute, value);
		svg.innerHTML = shapes;
		filled.add(name);
	}
	return { filled: [...filled].sort(), missing: [...missing].sort() };
}
