import { parseYaml, stringifyYaml } from "obsidian";
import { YamlCodec } from "../core/yaml";

/** Obsidian's own YAML: what Obsidian itself reads, and nothing added to main.js. */
export const obsidianYaml: YamlCodec = { parse: (text) => parseYaml(text) as unknown, stringify: (value) => stringifyYaml(value) };
