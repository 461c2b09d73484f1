import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { MuseumData } from "./museum-data";
import { publishWarning, PublishWarning } from "./report";
import { sitePermalink } from "./url";
import { safeUrl } from "./url-guard";

/** The layouts of the starter site (under its `_includes`). */
export const STARTER_LAYOUTS = ["layouts/post.njk", "layouts/base.njk"];

type Check = (value: unknown, siteLayouts: readonly string[], record: NoteRecord) => unknown;

const text: Check = (value) => (typeof value === "string" ? value : undefined);
const texts: Check = (value) => (typeof value === "string" ? value : Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined);

/**
 * The properties Eleventy gets, each checked: what a note may say about its
 * page, never what makes Eleventy run code, read a file outside the site or
 * stop the build. Anything else is dropped with a warning.
 */
const PROPERTIES: Record<string, Check> = {
	title: text,
	description: text,
	// The tags the note was read with (`tags: #question` included), always a list.
	tags: (_value, _layouts, record) => record.tags,
	alias: texts,
	aliases: texts,
	date: validDate,
	layout: siteLayout,
	permalink: sitePermalink,
	eleventyNavigation: navigation,
};

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
		const check = Object.prototype.hasOwnProperty.call(PROPERTIES, key) ? PROPERTIES[key] : undefined;
		const checked = check?.(value, env.siteLayouts, record);
		if (checked !== undefined) data[key] = checked;
		else if (!check || (value !== null && value !== "")) dropped.push(key);
	}
	// One line per note: what Eleventy would have run, read outside the site, or failed on, and what no template uses.
	if (dropped.length) warnings.push(publishWarning("properties-dropped", "warning", `Properties left out (not allowed, or invalid): ${dropped.join(", ")}.`, record.path, null, { keys: dropped.join(", ") }));
	if (slugPermalink && data.permalink === undefined) data.permalink = slugPermalink;
	data.templateEngineOverride = "md";
	data.museum = museum;
	warnings.unshift(
		...record.warnings
			.filter((w) => w.code === "tags-commented-out" || w.code === "yaml-invalid" || w.code === "frontmatter-unclosed")
			.map((w) => publishWarning(w.code, w.code === "tags-commented-out" ? "warning" : w.severity, w.message, record.path, w.line, w.params)),
	);
	return { data, removedKeys, warnings };
}

/** A date Eleventy reads (it stops the build on any other): `2024-03-01`, an ISO date and time, a YAML date, or its own keywords. */
export function validDate(value: unknown): unknown {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (value === "Last Modified" || value === "Created") return value;
	const day = typeof value === "string" && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?)?$/.test(value) ? value.slice(0, 10) : "";
	// A day that does not exist (2024-02-30) comes back as another one; so does an hour past 23.
	const time = Date.parse(value as string);
	return day && !Number.isNaN(time) && new Date(Date.parse(day)).toISOString().startsWith(day) ? value : undefined;
}

/** `layout` only from the site's own layouts (`layouts/post.njk`, or without its extension), or `false`. */
function siteLayout(value: unknown, siteLayouts: readonly string[]): unknown {
	return value === false || siteLayouts.some((layout) => layout === value || layout.replace(/\.[^./]+$/, "") === value) ? value : undefined;
}

/** `eleventyNavigation`: key, parent, title as text; order as a number; url through the URL guard. */
function navigation(value: unknown): unknown {
	const source = (typeof value === "object" && value) as Record<string, unknown>;
	const nav: Record<string, unknown> = {};
	for (const key of ["key", "title", "parent", "order", "url"]) {
		const v = source?.[key];
		const kept = typeof v === "number" && Number.isFinite(v) ? (key === "order" ? v : String(v)) : typeof v === "string" && key !== "order" && v.trim() ? v.trim() : undefined;
		if (kept !== undefined && (key !== "url" || safeUrl(String(kept)))) nav[key] = kept;
	}
	return nav.key && !Array.isArray(value) ? nav : undefined;
}
