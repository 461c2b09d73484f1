/**
 * YAML is injected: inside Obsidian the plugin passes Obsidian's own
 * `parseYaml`/`stringifyYaml` (what Obsidian itself reads, and nothing in
 * main.js); the command line and the tests pass the `yaml` package.
 */
export interface YamlCodec {
	parse(text: string): unknown;
	stringify(value: unknown): string;
}
