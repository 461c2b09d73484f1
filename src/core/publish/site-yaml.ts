/**
 * Writes the frontmatter of the site's files: block YAML whose strings are
 * plain when nothing can misread them and JSON-quoted otherwise (a JSON
 * string is a valid YAML double-quoted scalar). Generated files need no
 * pretty quoting choices, and this is many times faster than a general YAML
 * writer on a 10,000-note site.
 */
export function siteYaml(data: Record<string, unknown>): string {
	return writeMap(data, "").join("\n");
}

function writeMap(map: Record<string, unknown>, indent: string): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(map)) {
		if (value === undefined) continue;
		lines.push(...writeEntry(`${indent}${writeKey(key)}:`, value, indent));
	}
	return lines;
}

function writeEntry(head: string, value: unknown, indent: string): string[] {
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${head} []`];
		return [head, ...value.flatMap((item) => writeItem(item, indent + "  "))];
	}
	if (isMap(value)) {
		if (Object.keys(value).length === 0) return [`${head} {}`];
		return [head, ...writeMap(value, indent + "  ")];
	}
	return [`${head} ${writeScalar(value)}`];
}

function writeItem(item: unknown, indent: string): string[] {
	if (isMap(item) && Object.keys(item).length > 0) {
		const lines = writeMap(item, indent + "  ");
		lines[0] = `${indent}- ${lines[0].slice(indent.length + 2)}`;
		return lines;
	}
	if (Array.isArray(item) && item.length > 0) return [`${indent}-`, ...item.flatMap((inner) => writeItem(inner, indent + "  "))];
	return writeEntry(`${indent}-`, item, indent);
}

function isMap(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function writeKey(key: string): string {
	return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

const PLAIN = /^[\p{L}\p{N}/][\p{L}\p{N} _.,'’()/%+=~-]*$/u;
const LOOKS_TYPED = /^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(inf|nan))$/i;

function writeScalar(value: unknown): string {
	if (value === null) return "null";
	if (typeof value === "boolean") return String(value);
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
	if (value instanceof Date) return value.toISOString();
	const text = typeof value === "string" ? value : JSON.stringify(value) ?? "";
	// Dates stay plain, as the notes wrote them, so that Eleventy reads `date` as it always has.
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	return PLAIN.test(text) && !text.endsWith(" ") && !LOOKS_TYPED.test(text) ? text : JSON.stringify(text);
}
