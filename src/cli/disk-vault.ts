import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { PLUGIN_ID } from "../core/plugin-id";
import { templatesFolderFromConfig } from "../core/publish/exclusions";
import { readSimpleYaml } from "../core/simple-yaml";
import { MuseumSettings, withDefaults } from "../core/settings";
import { YamlCodec } from "../core/yaml";
import { UsageError } from "./io";

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
}

export function loadVault(root: string, configDir = ".obsidian"): DiskVault {
	if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`vault folder not found: ${root}`);
	// Vault paths are NFC (as Obsidian reports them); the disk may hold NFD names (macOS), so keep both.
	const onDisk = new Map(listFiles(root, "").map((diskPath) => [diskPath.normalize("NFC"), diskPath]));
	const files = [...onDisk.keys()].sort();
	const diskPath = (path: string) => join(root, onDisk.get(path.normalize("NFC")) ?? path);
	return {
		root,
		configDir,
		files,
		notes: files.filter((f) => f.toLowerCase().endsWith(".md")),
		settings: readSettings(root, configDir),
		readText: (path) => readFileSync(diskPath(path), "utf8"),
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
