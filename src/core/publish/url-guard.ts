/**
 * The one URL guard: every URL the compiler writes to the site (links,
 * images, HTML attributes, the `museum` data, navigation, redirects) passes
 * here. Checked as a browser reads it: character references decoded, ASCII
 * whitespace and control characters removed (browsers ignore them in a
 * scheme: `jav&#x09;ascript:` is `javascript:`).
 */
export function safeUrl(url: string, use: "link" | "image" = "link"): string | null {
	const seen = decodeReferences(url).replace(/[\s\p{Cc}]+/gu, "");
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(seen)?.[1].toLowerCase();
	if (scheme === undefined) return seen.startsWith("\\") ? null : url.trim();
	if (["http", "https", "mailto", "tel"].includes(scheme)) return url.trim();
	return use === "image" && /^data:image\//i.test(seen) ? url.trim() : null;
}

/** The references that can spell a scheme: numeric ones, and the named ones for `:`, tab, newline and `&`. */
function decodeReferences(text: string): string {
	const named: Record<string, string> = { colon: ":", tab: "\t", newline: "\n", amp: "&" };
	return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(colon|tab|newline|amp));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
		if (name) return named[name.toLowerCase()];
		const code = dec ? parseInt(dec, 10) : parseInt(hex ?? "", 16);
		return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
	});
}
