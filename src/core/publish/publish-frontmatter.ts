import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { MuseumData } from "./museum-data";
import { publishWarning, PublishWarning } from "./report";
import { sitePermalink } from "./url";

/** The layouts of the starter site (under its `_includes`). */
export const STARTER_LAYOUTS = ["layouts/post.njk", "layouts/base.njk"];

type Check = (value: unknown, siteLayouts: readonly string[], record: NoteRecord) => unknown;

const texts: Check = (value) => ([value].flat().every((v) => typeof v === "string") ? value : undefined);

/**
 * The properties Eleventy gets, each checked: what a note may say about its
 * page, never what makes Eleventy run code, read a file outside the site or
 * stop the build. Anything else is dropped with a warning.
 */
const PROPERTIES = new Map<string, Check>([
	["title", texts],
	["description", texts],
	// The tags the note was read with (`tags: #question` included), always a list.
	["tags", (_value, _layouts, record) => record.tags],
	["alias", texts],
	["aliases", texts],
	["date", validDate],
	// Only the site's own layouts (`layouts/post.njk`, or without its extension), or none.
	["layout", (value, layouts) => (value === false || layouts.some((layout) => layout === value || layout.replace(/\.[^./]+$/, "") === value) ? value : undefined)],
	["permalink", sitePermalink],
	["eleventyNavigation", navigation],
]);

/**
 * The frontmatter written to the site: the allowed properties except the
 * private ones (settings; `publish` and `cssclasses` by default), checked; a
 * `permalink` when slug URLs are on (a note's own permalink wins), the
 * `museum` data for the templates, and `templateEngineOverride: md`: the
 * note is Markdown, `{{ }}` and `{% %}` show as written.
 */
export function publishedFrontmatter(
	record: NoteRecord,
	env: { settings: MuseumSettings; siteLayouts: readonly string[] },
	slugPermalink: string | null,
	museum: MuseumData,
): { data: Record<string, unknown>; removedKeys: string[]; warnings: PublishWarning[] } {
	const privateKeys = new Set(env.settings.privateKeys.map((k) => k.toLowerCase()));
	const data: Record<string, unknown> = {};
	const removedKeys: string[] = [];
	const dropped: string[] = [];
	const warnings: PublishWarning[] = [];
	for (const [key, value] of Object.entries(record.frontmatter)) {
		if (privateKeys.has(key.toLowerCase())) {
			removedKeys.push(key);
			continue;
		}
		const check = PROPERTIES.get(key);
		const checked = check?.(value, env.siteLayouts, record);
		if (checked !== undefined) data[key] = checked;
		else if (!check || (value !== null && value !== "")) dropped.push(key);
	}
	// One line per note: what Eleventy would have run, read outside the site, or failed on, and what no template uses.
	const keys = dropped.join(", ");
	if (keys) warnings.push(publishWarning("properties-dropped", `Properties left out: ${keys}.`, record.path, null, { keys }));
	if (slugPermalink && data.permalink === undefined) data.permalink = slugPermalink;
	data.templateEngineOverride = "md";
	data.museum = museum;
	warnings.unshift(
		...record.warnings
			.filter((w) => w.code === "tags-commented-out" || w.code === "yaml-invalid" || w.code === "frontmatter-unclosed")
			.map((w) => publishWarning(w.code, w.message, record.path, w.line, w.params, w.code === "tags-commented-out" ? "warning" : w.severity)),
	);
	return { data, removedKeys, warnings };
}

/** A date Eleventy reads (it stops the build on any other): `2024-03-01`, an ISO date and time, or a YAML date. */
export function validDate(value: unknown): unknown {
	const day = value instanceof Date ? "" : String(value).slice(0, 10);
	// A day that does not exist (2024-02-30) comes back as another one.
	const exists = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?)?$/.test(String(value)) && new Date(Date.parse(day)).toISOString().startsWith(day);
	return (value instanceof Date ? !Number.isNaN(value.getTime()) : exists && !Number.isNaN(Date.parse(String(value)))) ? value : undefined;
}

/** `eleventyNavigation`: key, title and parent as text, order as a number (what the navigation plugin reads). */
function navigation(value: unknown): unknown {
	const source = (typeof value === "object" && !Array.isArray(value) && value) as Record<string, unknown>;
	const nav: Record<string, unknown> = {};
	for (const key of ["key", "title", "parent", "order"]) {
		const v = source?.[key];
		if (typeof v === "number" && Number.isFinite(v)) nav[key] = key === "order" ? v : String(v);
		else if (typeof v === "string" && key !== "order" && v.trim()) nav[key] = v.trim();
	}
	return nav.key ? nav : undefined;
}
