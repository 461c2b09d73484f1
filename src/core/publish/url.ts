import { nfc } from "../text";
import { contentHash } from "./hash";

/**
 * A note's page URL, root-absolute and not percent-encoded (`/Notes/Le jumeau/`),
 * as Eleventy's default permalinks give it when the site's input folder is the
 * published folder: `Notes/X.md` → `/Notes/X/`, `index.md` → `/`,
 * `Folder/index.md` and `Folder/Folder.md` → `/Folder/`. Existing sites' URLs keep
 * working because the paths mirror the vault. With `slug`, each segment is slugged.
 */
export function defaultNoteUrl(notePath: string, slug: boolean): string {
	const segments = notePath.replace(/\.md$/i, "").split("/");
	const name = segments[segments.length - 1];
	// `index.md` and `Folder/Folder.md` are their folder's page: the name adds no segment.
	if (name === "index" || name === segments[segments.length - 2]) segments.pop();
	const shown = slug ? segments.map(slugSegment) : segments;
	return shown.length ? `/${shown.join("/")}/` : "/";
}

/**
 * A note's `permalink` the site may use: `false` (no page), or a path inside
 * the site: no template (`{{`, `{%`), no scheme or drive, no `.` or `..`
 * segment, no backslash. Undefined otherwise: the default address applies.
 */
export function sitePermalink(permalink: unknown): string | false | undefined {
	if (permalink === false) return false;
	if (typeof permalink !== "string") return undefined;
	const path = permalink.trim();
	if (path === "" || /[{}%\\:*?"<>|\p{Cc}]/u.test(path) || path.startsWith("//")) return undefined;
	return path.split("/").some((segment) => segment === "." || segment === "..") ? undefined : path;
}

/**
 * The URL a `permalink` property gives (Eleventy: `/a/b/`, `a/b/index.html`, `a.html`).
 * Returns null for `permalink: false` (Eleventy writes no page), undefined for
 * none or one the site may not use (see `sitePermalink`).
 */
export function permalinkUrl(permalink: unknown): string | null | undefined {
	const safe = sitePermalink(permalink);
	// A safe permalink is never empty: undefined stays undefined, false (no page) becomes null.
	return safe === false ? null : safe && (safe.startsWith("/") ? safe : "/" + safe).replace(/index\.html?$/i, "");
}

/** Percent-encodes each segment of a root-absolute URL; parentheses too, so Markdown link syntax stays balanced. */
export function encodeUrlPath(url: string): string {
	return url
		.split("/")
		.map((segment) => encodeURIComponent(segment).replace(/\(/g, "%28").replace(/\)/g, "%29"))
		.join("/");
}

/**
 * A URL segment from a name: lower case, letters and digits of every script
 * kept (accents, Greek, Arabic, CJK...), everything else a single `-`. Never
 * empty: a name of punctuation only gets a stable `page-<hash>`.
 */
export function slugSegment(name: string): string {
	const slug = nfc(name)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
	return slug || `page-${contentHash(name).slice(0, 8)}`;
}

/** Vault path of a file → its URL on the site (attachments are copied at their vault path). */
export function fileUrl(filePath: string): string {
	return encodeUrlPath("/" + filePath);
}
