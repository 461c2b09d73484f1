import { parse, stringify } from "yaml";

/** Obsidian's parseYaml: YAML 1.2 core schema. */
export function parseYaml(yaml: string): any {
	return parse(yaml, { schema: "core", uniqueKeys: false, prettyErrors: false }) ?? null;
}

/** Obsidian's stringifyYaml. */
export function stringifyYaml(obj: any): string {
	return stringify(obj, { lineWidth: 0 });
}
