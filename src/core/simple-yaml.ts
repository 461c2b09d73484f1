/**
 * A fast reader for the plain frontmatter most notes have (`key: value`,
 * flat lists, one level of nested keys), so the command line does not spend
 * most of its time in a general YAML parser. Anything it is not sure of
 * (anchors, block scalars, flow maps, escapes, tabs, deeper nesting) returns
 * undefined, and the caller hands the text to the real parser: same answer,
 * either way. Scalars follow the YAML 1.2 core schema, as Obsidian reads them.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	const lines = text.split("\n");
	let i = 0;
	while (i < lines.length) {
		const line = stripComment(lines[i]);
		if (line === undefined) return undefined;
		if (line.trim() === "") {
			i++;
			continue;
		}
		const pair = keyValue(line, 0);
		if (!pair) return undefined;
		const [key, rest] = pair;
		if (key in result) return undefined;
		i++;
		if (rest !== "") {
			const value = inlineValue(rest);
			if (value === INVALID) return undefined;
			result[key] = value;
			continue;
		}
		const block = readBlock(lines, i);
		if (!block) return undefined;
		result[key] = block.value;
		i = block.next;
	}
	return result;
}

/** "Not sure": the caller falls back to the YAML parser. Any other value is the parsed one. */
const INVALID = Symbol("invalid");
type Parsed = unknown;

/** The indented lines under `key:`: a list of scalars or a map of scalars; null when there are none. */
function readBlock(lines: string[], from: number): { value: unknown; next: number } | null {
	const items: unknown[] = [];
	const map: Record<string, unknown> = {};
	let kind: "list" | "map" | null = null;
	let indent = -1;
	let i = from;
	for (; i < lines.length; i++) {
		const line = stripComment(lines[i]);
		if (line === undefined) return null;
		if (line.trim() === "") continue;
		const spaces = /^ */.exec(line)![0].length;
		if (spaces === 0 && !line.startsWith("- ") && line !== "-") break;
		if (indent < 0) indent = spaces;
		if (spaces !== indent) return null;
		const content = line.slice(spaces);
		if (content.startsWith("- ") || content === "-") {
			if (kind === "map") return null;
			kind = "list";
			const value = content === "-" ? null : inlineValue(content.slice(2));
			if (value === INVALID || isCollection(value)) return null;
			items.push(value);
		} else {
			if (kind === "list" || spaces === 0) return null;
			kind = "map";
			const pair = keyValue(content, 0);
			if (!pair || pair[1] === "" || pair[0] in map) return null;
			const value = inlineValue(pair[1]);
			if (value === INVALID) return null;
			map[pair[0]] = value;
		}
	}
	return { value: kind === "list" ? items : kind === "map" ? map : null, next: i };
}

function isCollection(value: unknown): boolean {
	return typeof value === "object" && value !== null;
}

/** `key: rest` with a plain key; rest is "" for `key:`. */
function keyValue(line: string, from: number): [string, string] | null {
	const match = /^([A-Za-z_][\w.-]*):(?: +(.*))?$/.exec(line.slice(from));
	return match ? [match[1], (match[2] ?? "").trim()] : null;
}

/** A value on the key's line: a scalar or a flow list of plain scalars. */
function inlineValue(text: string): Parsed {
	const value = text.trim();
	if (value.startsWith("[")) {
		if (!value.endsWith("]")) return INVALID;
		const inner = value.slice(1, -1).trim();
		if (inner === "") return [];
		if (/[[\]{}"'&*!|>%@`]/.test(inner)) return INVALID;
		const parts = inner.split(",").map((p) => p.trim());
		if (parts.some((p) => p === "" || /:( |$)|^[-?] /.test(p))) return INVALID;
		return parts.map(plainScalar);
	}
	return scalar(value);
}

function scalar(value: string): Parsed {
	if (value.startsWith("'")) {
		const match = /^'((?:[^']|'')*)'$/.exec(value);
		return match ? match[1].replace(/''/g, "'") : INVALID;
	}
	if (value.startsWith('"')) {
		const match = /^"([^"\\]*)"$/.exec(value);
		return match ? match[1] : INVALID;
	}
	if (/^[[{&*!|>%@`]/.test(value) || /^[-?:](\s|$)/.test(value) || /: |\t/.test(value)) return INVALID;
	return plainScalar(value);
}

/** YAML 1.2 core schema: null, booleans, integers, floats; every other plain scalar is a string. */
function plainScalar(value: string): unknown {
	if (/^(~|null|Null|NULL)?$/.test(value)) return null;
	if (/^(true|True|TRUE)$/.test(value)) return true;
	if (/^(false|False|FALSE)$/.test(value)) return false;
	if (/^[-+]?[0-9]+$/.test(value)) return Number(value);
	if (/^0o[0-7]+$/.test(value)) return parseInt(value.slice(2), 8);
	if (/^0x[0-9a-fA-F]+$/.test(value)) return parseInt(value.slice(2), 16);
	if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(value)) return Number(value);
	if (/^[-+]?\.(inf|Inf|INF)$/.test(value)) return value.startsWith("-") ? -Infinity : Infinity;
	if (/^\.(nan|NaN|NAN)$/.test(value)) return NaN;
	return value;
}

/** The line without its comment; undefined when a `#` or quote makes it ambiguous. */
function stripComment(line: string): string | undefined {
	if (line.includes("\t")) return undefined;
	const hash = line.search(/(^|\s)#/);
	if (hash < 0) return line.trimEnd();
	const before = line.slice(0, hash);
	if (/["']/.test(before)) return undefined;
	return before.trimEnd();
}
