import { Frontmatter, isPlainObject } from "../note/frontmatter";
import { NoteWarning, warning } from "../warnings";
import { YamlCodec } from "../yaml";

/** The template note set in the settings: null for the built-in template; `text: null` when the configured note is missing. */
export type TemplateNote = { path: string; text: string | null } | null;

/** The template note's text, else the built-in template; a configured note that is missing is said in a warning. */
export function templateText(template: TemplateNote, builtIn: string, warnings: NoteWarning[]): string {
	if (template?.text === null) {
		warnings.push(warning("template-missing", "warning", `The template note "${template.path}" does not exist: the built-in template was used.`, null, { path: template.path }));
	}
	return template?.text ?? builtIn;
}

/** The rendered frontmatter of a template note as a map, or the message saying its YAML is not valid. */
export function templateFrontmatter(yamlText: string, yaml: YamlCodec): Frontmatter | string {
	try {
		const parsed = yaml.parse(yamlText);
		return isPlainObject(parsed) ? parsed : {};
	} catch (error) {
		return `The template note's frontmatter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
	}
}

/** A tag list as the museum notes write it: one tag as a plain value, several as a list. */
export function tagsValue(tags: string[]): string | string[] {
	return tags.length === 1 ? tags[0] : tags;
}
