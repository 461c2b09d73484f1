import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { PLUGIN_ID } from "../core/plugin-id";
import { templatesFolderFromConfig } from "../core/publish/exclusions";
import { readSimpleYaml } from "../core/simple-yaml";
import { MuseumSettings, withDefaults } from "../core/settings";
import { YamlCodec } from "../core/yaml";
import { UsageError } from "./io";
import type { VaultProblem } from "../core/index/problems";

/** The `yaml` package, YAML 1.2 as Obsidian reads it; plain frontmatter takes the fast reader, with the same answer. */
export const nodeYaml: YamlCodec = {
	parse: (text) => readSimpleYaml(text) ?? (parse(text, { logLevel: "error" }) as unknown),
	stringify: (value) => stringify(value),
};

/** A vault folder on disk, seen as Obsidian sees it: dot-folders are invisible. */
export interface DiskVault {
	root: string;
	configDir: string;
	/** Every visible file, vault-relative with `/`, sorted. */
	files: string[];
	/** The markdown notes among them. */
	notes: string[];
	settings: MuseumSettings;
	readText(path: string): string;
	readBinary(path: string): Uint8Array;
	/** Rewrites an existing note under its name on disk (which may be NFD). */
	writeText(path: string, text: string): void;
	/** A file of the config folder (`templates.json`, ...) as text, or null. */
	readConfig(name: string): string | null;
	/** What is wrong with the files themselves (names, and the notes read so far: binary, BOM). */
	readonly fileProblems: VaultProblem[];
}

export function loadVault(root: string, configDir = ".obsidian"): DiskVault {
	if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`vault folder not found: ${root}`);
	// Vault paths are NFC (as Obsidian reports them); the disk may hold NFD names (macOS), so keep both.
	const listed = listFiles(root, "");
	const onDisk = new Map(listed.map((diskPath) => [diskPath.normalize("NFC"), diskPath]));
	const files = [...onDisk.keys()].sort();
	const diskPath = (path: string) => join(root, onDisk.get(path.normalize("NFC")) ?? path);
	const notes = files.filter((f) => f.toLowerCase().endsWith(".md"));
	const problems = nameProblems(listed);
	return {
		root,
		configDir,
		files,
		notes,
		fileProblems: problems,
		settings: readSettings(root, configDir),
		readText: (path) => {
			const bytes = readFileSync(diskPath(path));
			const problem = path.toLowerCase().endsWith(".md") ? contentProblem(path, bytes) : null;
			if (problem && !problems.some((p) => p.path === path && p.code === problem.code)) problems.push(problem);
			return bytes.toString("utf8");
		},
		readBinary: (path) => new Uint8Array(readFileSync(diskPath(path))),
		writeText: (path, text) => writeFileSync(diskPath(path), text, "utf8"),
		readConfig: (name) => {
			const file = join(root, configDir, name);
			return existsSync(file) ? readFileSync(file, "utf8") : null;
		},
	};
}

/** The plugin's saved settings (`<configDir>/plugins/<id>/data.json`), else the defaults. */
export function readSettings(root: string, configDir = ".obsidian"): MuseumSettings {
	const file = join(root, configDir, "plugins", PLUGIN_ID, "data.json");
	if (!existsSync(file)) return withDefaults(undefined);
	try {
		return withDefaults(JSON.parse(readFileSync(file, "utf8")));
	} catch {
		throw new UsageError(`the plugin settings are not valid JSON: ${file}`);
	}
}

function listFiles(root: string, folder: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) found.push(...listFiles(root, path));
		else if (entry.isFile()) found.push(path);
	}
	return found;
}

/** The folder of Obsidian's core Templates plugin, from the vault's `templates.json`, or null. */
export function coreTemplatesFolder(vault: DiskVault): string | null {
	return templatesFolderFromConfig(vault.readConfig("templates.json"));
}

/** Two names that are one once accents are composed (NFC): only one of them is read. */
function nameProblems(listed: string[]): VaultProblem[] {
	const problems: VaultProblem[] = [];
	const seen = new Map<string, string>();
	for (const path of listed) {
		const key = path.normalize("NFC");
		const twin = seen.get(key);
		if (twin !== undefined) problems.push({ path: key, line: null, severity: "warning", code: "nfc-twins", message: `"${twin}" and "${path}" are the same name once accents are composed (NFC): only one of them is read; rename the other.`, params: { other: twin } });
		seen.set(key, path);
	}
	return problems;
}

/** A "note" that is binary (NUL bytes or invalid UTF-8), or starts with a byte order mark (its frontmatter is then not read as properties). */
function contentProblem(path: string, bytes: Buffer): VaultProblem | null {
	if (bytes.includes(0) || !isUtf8(bytes)) return { path, line: null, severity: "warning", code: "binary-note", message: "This file named .md is not text (binary, or not UTF-8): it is read as best it can; give it its real extension." };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { path, line: 0, severity: "warning", code: "byte-order-mark", message: "The note starts with a byte order mark (BOM): its frontmatter is not read as properties; save it as UTF-8 without BOM." };
	return null;
}
