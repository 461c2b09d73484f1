/**
 * The one URL guard: every URL the compiler writes to the site (links,
 * images, HTML attributes, the `museum` data, navigation, redirects) passes
 * here. Checked as a browser reads it: ASCII whitespace and control
 * characters removed (browsers ignore them in a scheme: `jav\tascript:` is
 * `javascript:`). Character references are decoded before: in HTML
 * attributes by the HTML parser; Markdown links, by markdown-it, which then
 * percent-encodes what would hide a scheme.
 */
export function safeUrl(url: string, use: "link" | "image" = "link"): string | null {
	const seen = url.replace(/[\s\p{Cc}]+/gu, "");
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(seen)?.[1].toLowerCase();
	if (scheme === undefined) return seen.startsWith("\\") ? null : url.trim();
	return ["http", "https", "mailto", "tel"].includes(scheme) || (use === "image" && /^data:image\//i.test(seen)) ? url.trim() : null;
}
