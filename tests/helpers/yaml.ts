import { parse, stringify } from "yaml";
import { YamlCodec } from "../../src/core/yaml";

/** The codec the command line uses; the plugin passes Obsidian's own, which reads the same YAML 1.2. */
export const testYaml: YamlCodec = { parse: (text) => parse(text, { logLevel: "error" }) as unknown, stringify: (value) => stringify(value) };
