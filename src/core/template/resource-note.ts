import { findFrontmatter, Frontmatter } from "../note/frontmatter";
import { normaliseTags } from "../note/tags";
import { MuseumSettings } from "../settings";
import { nameKey, nfc, noteName, splitLines } from "../text";
import { NoteWarning } from "../warnings";
import { YamlCodec } from "../yaml";
import { fileNameForQuestion } from "./file-name";
import { joinPath } from "./question-note";
import { renderTemplate, TemplateValues } from "./render";
import { tagsValue, TemplateNote, templateFrontmatter, templateText } from "./template-note";

export interface NewResourceInput {
	/** The unresolved link's target, as written (`Note` or `Folder/Note`). */
	linkpath: string;
	/** The question that links it: its file name goes into "Apparaît dans". */
	sourcePath: string;
	/** The question's exact text. */
	question: string;
}

export interface NewResourceContext {
	settings: MuseumSettings;
	notePaths: Iterable<string>;
	template: TemplateNote;
	yaml: YamlCodec;
	today: string;
}

export type NewResourcePlan =
	| { status: "create"; path: string; content: string; cursor: { line: number; ch: number }; warnings: NoteWarning[] }
	| { status: "exists"; path: string }
	| { status: "invalid"; code: "forbidden-characters" | "template-invalid-yaml"; message: string };

/**
 * The resource note an unresolved link of a question asks for: at the link's
 * own path when it names a folder, else in the resources folder, so that the
 * link resolves to it once created. Same template rules as questions.
 */
export function planNewResource(input: NewResourceInput, context: NewResourceContext): NewResourcePlan {
	const linkpath = nfc(input.linkpath.trim()).replace(/\.md$/i, "");
	const parts = linkpath.split("/");
	const name = parts.pop() ?? "";
	if (!name || fileNameForQuestion(name) !== name) {
		return { status: "invalid", code: "forbidden-characters", message: `"${linkpath}" cannot be a file name: remove the characters * " \\ / < > : | ? # ^ [ ] from the link.` };
	}
	const folder = parts.length ? parts.join("/") : context.settings.resourcesFolder;
	const path = joinPath(folder, `${name}.md`);
	const existing = [...context.notePaths].find((p) => nameKey(p) === nameKey(path));
	if (existing) return { status: "exists", path: existing };

	const questionName = noteName(input.sourcePath);
	const values: TemplateValues = { question: input.question, answer: "", key: "", parent: "", date: context.today, title: context.settings.siteTitle, filename: name };
	const warnings: NoteWarning[] = [];
	const template = templateText(context.template, builtInResourceTemplate(), warnings);
	const lines = splitLines(template.replace(/\{\{\s*name\s*\}\}/g, name).replace(/\{\{\s*source\s*\}\}/g, questionName));
	const block = findFrontmatter(lines);
	const rendered = renderTemplate(lines.join("\n"), values, block.endLine);
	const renderedLines = splitLines(rendered);
	const frontmatter: Frontmatter | string = block.yaml === null ? {} : templateFrontmatter(renderedLines.slice(1, block.endLine).join("\n"), context.yaml);
	if (typeof frontmatter === "string") return { status: "invalid", code: "template-invalid-yaml", message: frontmatter };
	const tags = normaliseTags(["ressource", frontmatter.tags].flat());
	const head = { title: frontmatter.title ?? context.settings.siteTitle, layout: frontmatter.layout ?? context.settings.layout, ...frontmatter, tags: tagsValue(tags) };
	const body = renderedLines.slice(block.bodyStartLine);
	const content = `---\n${context.yaml.stringify(head).trimEnd()}\n---\n${body.join("\n")}`;
	const headLines = splitLines(content).length - body.length;
	const summaryLine = body.findIndex((line, i) => i > 0 && line.trim() !== "" && !line.startsWith("#"));
	const line = headLines + (summaryLine < 0 ? 0 : summaryLine);
	return { status: "create", path, content, cursor: { line, ch: 0 }, warnings };
}

/** The museum format of a resource card: heading linking the original, summary, key points, where it appears. */
export function builtInResourceTemplate(): string {
	return ["### [{{name}}](https://)", "Résumé de la ressource en quelques phrases.", "", "## À retenir", "- ", "", "Apparaît dans: [[{{source}}]]", ""].join("\n");
}
