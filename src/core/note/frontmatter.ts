import { errorMessage, splitLines } from "../text";
import { NoteWarning, warning } from "../warnings";
import { YamlCodec } from "../yaml";

export type Frontmatter = Record<string, unknown>;

export interface FrontmatterBlock {
	/** The YAML between the fences, or null when the note has no frontmatter. */
	yaml: string | null;
	/** 0-based line where the body starts (after the closing fence). */
	bodyStartLine: number;
	/** 0-based line of the closing fence, or -1. */
	endLine: number;
}

/** Finds the frontmatter block as Obsidian does: `---` on the very first line, closed by `---`. */
export function findFrontmatter(lines: string[]): FrontmatterBlock {
	if (lines[0]?.trimEnd() === "---") {
		for (let i = 1; i < lines.length; i++) {
			if (lines[i].trimEnd() === "---") return { yaml: lines.slice(1, i).join("\n"), bodyStartLine: i + 1, endLine: i };
		}
	}
	return { yaml: null, bodyStartLine: 0, endLine: -1 };
}

export interface ReadFrontmatter {
	data: Frontmatter;
	block: FrontmatterBlock;
	warnings: NoteWarning[];
}

/**
 * Reads the frontmatter tolerantly. Malformed YAML becomes a warning with its
 * line, and the simple `key: value` lines are still read so that a note with
 * one bad line keeps its tags and title.
 */
export function readFrontmatter(text: string, yaml: YamlCodec, parsed?: Frontmatter, lines = splitLines(text)): ReadFrontmatter {
	const block = findFrontmatter(lines);
	const warnings: NoteWarning[] = [];
	if (block.yaml === null) {
		if (lines[0]?.trimEnd() === "---") {
			warnings.push(warning("frontmatter-unclosed", "error", "The frontmatter starts with --- but is never closed by a --- line.", 0));
		}
		return { data: {}, block, warnings };
	}
	const data = parsed ?? parseFrontmatterYaml(block.yaml, yaml, warnings);
	warnings.push(...commentedOutValues(lines, block, data));
	return { data, block, warnings };
}

function parseFrontmatterYaml(yamlText: string, yaml: YamlCodec, warnings: NoteWarning[]): Frontmatter {
	try {
		const parsed = yaml.parse(yamlText);
		if (parsed !== null && parsed !== undefined && !isPlainObject(parsed)) {
			warnings.push(warning("frontmatter-not-a-map", "error", "The frontmatter is not a list of properties (key: value).", 0));
		}
		return isPlainObject(parsed) ? parsed : {};
	} catch (error) {
		const line = yamlErrorLine(error);
		const where = line === null ? "" : ` (line ${line + 2})`;
		const detail = firstLine(error);
		warnings.push(warning("yaml-invalid", "error", `The frontmatter is not valid YAML${where}: ${detail}`, line === null ? 0 : line + 1, { detail }));
		return readSimpleProperties(yamlText);
	}
}

/**
 * `tags: #question` is a YAML comment: the value is empty, and Obsidian reads
 * no tags. The user meant something, so say so (the tags themselves are read
 * by `commentedTags`).
 */
function commentedOutValues(lines: string[], block: FrontmatterBlock, data: Frontmatter): NoteWarning[] {
	const found: NoteWarning[] = [];
	for (let i = 1; i < block.endLine; i++) {
		const [, key, comment] = /^([A-Za-z_][\w-]*):\s+#(\S.*)$/.exec(lines[i]) ?? [];
		if (key && (data[key] === null || data[key] === undefined)) {
			const value = comment.trim();
			found.push(
				warning(
					key === "tags" ? "tags-commented-out" : "value-commented-out",
					"warning",
					`"${key}: #${value}" is a YAML comment (a # starts one): Obsidian reads it as empty. Write "${key}: ${value}".`,
					i,
					{ key, value },
				),
			);
		}
	}
	return found;
}

/**
 * Read tolerantly: a `tags:` line whose whole value is a comment of words
 * (`#question`, `#ressource forum`, `#ressource #forum`) means those tags.
 * Returns them as written (the tags rule normalises them), else null.
 */
export function commentedTags(warnings: NoteWarning[]): string | null {
	const value = warnings.find((w) => w.code === "tags-commented-out")?.params?.value;
	return typeof value === "string" && /^[\p{L}\p{N}_/-]+(?:[ \t]+#?[\p{L}\p{N}_/-]+)*$/u.test(value) ? value : null;
}

/** Top-level `key: value` lines, read as strings: the fallback for malformed YAML. */
function readSimpleProperties(yamlText: string): Frontmatter {
	const data: Frontmatter = {};
	for (const line of yamlText.split("\n")) {
		const match = /^([A-Za-z_][\w-]*):[ \t]*(.*?)\s*$/.exec(line);
		if (!match) continue;
		const value = match[2].replace(/\s+#.*$/, "").replace(/^#.*$/, "");
		data[match[1]] = value === "" ? null : unquote(value);
	}
	return data;
}

function unquote(value: string): string {
	const match = /^(["'])(.*)\1$/.exec(value);
	return match ? match[2] : value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstLine(error: unknown): string {
	const message = errorMessage(error);
	return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** 0-based line inside the YAML text, from the `yaml` package's or js-yaml's error. */
function yamlErrorLine(error: unknown): number | null {
	const e = error as { linePos?: { line: number }[]; mark?: { line: number } };
	if (e?.linePos?.[0]) return e.linePos[0].line - 1;
	if (typeof e?.mark?.line === "number") return e.mark.line;
	const match = /line (\d+)/.exec(error instanceof Error ? error.message : "");
	return match ? Number(match[1]) - 1 : null;
}

/** A frontmatter value as text: strings trimmed, numbers and dates as written, anything else null. */
export function asText(value: unknown): string | null {
	if (typeof value === "string") return value.trim() || null;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return null;
}
