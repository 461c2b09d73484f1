/** Values a template note may use as `{{name}}`. */
export interface TemplateValues {
	question: string;
	answer: string;
	key: string;
	parent: string;
	date: string;
	title: string;
	filename: string;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Replaces `{{name}}` in template text. In the frontmatter a placeholder that
 * is a whole value is written as a quoted YAML string, so that a question with
 * `:` or `'` or `#` keeps the YAML valid; elsewhere in the frontmatter and in
 * the body the value is inserted as is. Unknown placeholders are left for the
 * user to see (e.g. `{{time}}` of Obsidian's own templates).
 */
export function renderTemplate(text: string, values: TemplateValues, frontmatterEndLine: number): string {
	const lines = text.split("\n");
	return lines
		.map((line, index) => {
			const inFrontmatter = index > 0 && index < frontmatterEndLine;
			return line.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
				if (!(name in values)) return whole;
				const value = values[name as keyof TemplateValues];
				return inFrontmatter && isWholeYamlValue(line, offset, whole.length) ? JSON.stringify(value) : value;
			});
		})
		.join("\n");
}

/** `key: {{x}}`, `- {{x}}` or `[{{x}}, ...]`: the placeholder is a whole scalar. */
function isWholeYamlValue(line: string, offset: number, length: number): boolean {
	const before = line.slice(0, offset);
	const after = line.slice(offset + length);
	return /(^|:|-|\[|,)\s*$/.test(before) && /^\s*(\]|,|$)/.test(after);
}
