import { NoteRecord } from "../note/record";
import { MuseumSettings } from "../settings";
import { MuseumData } from "./museum-data";
import { publishWarning, PublishWarning } from "./report";

/**
 * The frontmatter written to the site: every property except the private ones
 * (settings; `publish` and `cssclasses` by default), `tags` always a list
 * (the tags the note was read with, `tags: #question` included),
 * a `permalink` when slug URLs are on (a note's own permalink wins), and the
 * `museum` data for the templates.
 */
export function publishedFrontmatter(
	record: NoteRecord,
	settings: MuseumSettings,
	slugPermalink: string | null,
	museum: MuseumData,
): { data: Record<string, unknown>; removedKeys: string[]; warnings: PublishWarning[] } {
	const privateKeys = new Set(settings.privateKeys.map((k) => k.toLowerCase()));
	const data: Record<string, unknown> = {};
	const removedKeys: string[] = [];
	for (const [key, value] of Object.entries(record.frontmatter)) {
		if (privateKeys.has(key.toLowerCase())) {
			removedKeys.push(key);
			continue;
		}
		data[key] = key === "tags" ? record.tags : value;
	}
	if (slugPermalink && data.permalink === undefined) data.permalink = slugPermalink;
	data.museum = museum;
	const warnings = record.warnings
		.filter((w) => w.code === "tags-commented-out" || w.code === "yaml-invalid" || w.code === "frontmatter-unclosed")
		.map((w) => publishWarning(w.code, w.code === "tags-commented-out" ? "warning" : w.severity, w.message, record.path, w.line, w.params));
	return { data, removedKeys, warnings };
}
