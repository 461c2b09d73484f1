import { findFrontmatter, Frontmatter, isPlainObject } from "../note/frontmatter";
import { normaliseTags } from "../note/tags";
import { MuseumSettings } from "../settings";
import { collapseWhitespace, nameKey, nfc, noteName, splitLines } from "../text";
import { NoteWarning } from "../warnings";
import { YamlCodec } from "../yaml";
import { withRelatedLinks } from "../similar/related-line";
import { fileNameForQuestion } from "./file-name";
import { navigationKeyFor } from "./navigation-key";
import { renderTemplate, TemplateValues } from "./render";
import { tagsValue, TemplateNote, templateFrontmatter, templateText } from "./template-note";

export interface NewQuestionInput {
	question: string;
	answer?: string;
	/** Navigation key of the parent page; empty for none. */
	parent?: string;
	tags?: string[];
	/** Overrides the questions folder of the settings. */
	folder?: string;
	/** Links (`[[Note|Question?]]`) to add to the "Ressources similaires" line. */
	related?: string[];
}

export interface NewQuestionContext {
	settings: MuseumSettings;
	/** Every note of the vault (vault-relative paths): no new note may share a name with one. */
	notePaths: Iterable<string>;
	/** Navigation keys already used in the vault. */
	navigationKeys: Iterable<string>;
	template: TemplateNote;
	yaml: YamlCodec;
	/** Today, YYYY-MM-DD. */
	today: string;
}

export type NewQuestionPlan =
	| { status: "create"; path: string; key: string; content: string; cursor: { line: number; ch: number }; warnings: NoteWarning[] }
	| { status: "exists"; path: string }
	| { status: "invalid"; code: NewQuestionError; message: string; line?: number };

export type NewQuestionError = "empty-question" | "no-usable-name" | "unknown-parent" | "template-invalid-yaml";

/** What the modal shows live while the user types: the file name and key that will be used. */
export function previewNewQuestion(question: string, context: Pick<NewQuestionContext, "settings" | "navigationKeys">, folder?: string) {
	const name = fileNameForQuestion(question);
	return { fileName: name ? `${name}.md` : "", path: name ? joinPath(folder ?? context.settings.questionsFolder, `${name}.md`) : "", key: name ? navigationKeyFor(question, context.navigationKeys) : "" };
}

/**
 * Everything creating a question note needs, decided without touching the
 * vault: the path, the navigation key, the full text and where the cursor
 * goes. The plugin command and the command line both write exactly this.
 */
export function planNewQuestion(input: NewQuestionInput, context: NewQuestionContext): NewQuestionPlan {
	const question = collapseWhitespace(nfc(input.question));
	if (!question) return { status: "invalid", code: "empty-question", message: "The question is empty." };
	const name = fileNameForQuestion(question);
	if (!name) return { status: "invalid", code: "no-usable-name", message: "The question holds only characters a file name cannot hold." };
	const typedParent = nfc(input.parent?.trim() ?? "");
	const keys = [...context.navigationKeys];
	// Typed by hand, the parent is matched ignoring case, and saved as the key it matched: Eleventy matches keys exactly.
	const parent = typedParent && (keys.find((k) => k === typedParent) ?? keys.find((k) => k.toLowerCase() === typedParent.toLowerCase()));
	if (parent === undefined) {
		return { status: "invalid", code: "unknown-parent", message: `No note has the navigation key "${typedParent}".` };
	}
	const existing = [...context.notePaths].find((p) => nameKey(noteName(p)) === nameKey(name));
	if (existing) return { status: "exists", path: existing };
	const key = navigationKeyFor(question, keys);

	const values: TemplateValues = {
		question,
		answer: (input.answer ?? "").trim(),
		key,
		parent,
		date: context.today,
		title: context.settings.siteTitle,
		filename: name,
	};
	const warnings: NoteWarning[] = [];
	const rendered = renderQuestion(templateText(context.template, builtInQuestionTemplate(), warnings), values, input.tags ?? [], context);
	if ("error" in rendered) return { status: "invalid", code: "template-invalid-yaml", message: rendered.error, line: rendered.line };
	const path = joinPath(input.folder ?? context.settings.questionsFolder, `${name}.md`);
	return { status: "create", path, key, content: withRelatedLinks(rendered.content, input.related ?? []), cursor: rendered.cursor, warnings };
}

const ANSWER_MARK = "\u0000answer\u0000";

type RenderedQuestion = { content: string; cursor: { line: number; ch: number } } | { error: string; line: number };

function renderQuestion(template: string, values: TemplateValues, extraTags: string[], context: NewQuestionContext): RenderedQuestion {
	const lines = splitLines(template);
	const block = findFrontmatter(lines);
	const bodyTemplate = lines.slice(block.bodyStartLine).join("\n");
	let frontmatter: Frontmatter = {};
	if (block.yaml !== null) {
		const parsed = templateFrontmatter(renderTemplate(["---", block.yaml, "---"].join("\n"), values, block.endLine).split("\n").slice(1, -1).join("\n"), context.yaml);
		if (typeof parsed === "string") return { error: parsed, line: 0 };
		frontmatter = parsed;
	}
	const fixed = withQuestionProperties(frontmatter, values, extraTags, context.settings);
	let body = renderTemplate(bodyTemplate, { ...values, answer: ANSWER_MARK }, -1);
	if (!body.includes(ANSWER_MARK)) body = insertAfterFirstHeading(body, ANSWER_MARK);
	const head = `---\n${context.yaml.stringify(fixed).trimEnd()}\n---\n`;
	const before = head + body.slice(0, body.indexOf(ANSWER_MARK)) + values.answer;
	const beforeLines = before.split("\n");
	const cursor = { line: beforeLines.length - 1, ch: beforeLines[beforeLines.length - 1].length };
	return { content: head + body.replace(ANSWER_MARK, values.answer), cursor };
}

/**
 * Strict writing: whatever the template says, the note is a well-formed
 * question: `tags` has `question`, `alias` holds the exact question, and
 * `eleventyNavigation` has the key, the exact title and the parent.
 */
function withQuestionProperties(frontmatter: Frontmatter, values: TemplateValues, extraTags: string[], settings: MuseumSettings): Frontmatter {
	const tags = normaliseTags(["question", frontmatter.tags, ...extraTags].flat());
	const aliasKey = "aliases" in frontmatter && !("alias" in frontmatter) ? "aliases" : "alias";
	const aliases = [frontmatter[aliasKey]].flat().filter((a) => typeof a === "string" && a.trim());
	if (!aliases.includes(values.question)) aliases.unshift(values.question);
	const navigation: Record<string, unknown> = isPlainObject(frontmatter.eleventyNavigation) ? { ...frontmatter.eleventyNavigation } : {};
	navigation.key = values.key;
	navigation.title = values.question;
	if (values.parent) navigation.parent = values.parent;
	else if (!navigation.parent) delete navigation.parent;

	const ordered: Frontmatter = {
		title: frontmatter.title ?? settings.siteTitle,
		layout: frontmatter.layout ?? settings.layout,
		tags: tagsValue(tags),
		[aliasKey]: aliases,
		date: frontmatter.date ?? values.date,
		eleventyNavigation: navigation,
	};
	for (const [name, value] of Object.entries(frontmatter)) if (!(name in ordered)) ordered[name] = value;
	return ordered;
}

function insertAfterFirstHeading(body: string, text: string): string {
	const lines = body.split("\n");
	const heading = lines.findIndex((l) => /^#\s/.test(l));
	lines.splice(heading + 1, 0, text);
	return lines.join("\n");
}

/** The museum format: the question as the title, the answer, a numbered resource list, a video section. */
export function builtInQuestionTemplate(): string {
	return [
		"# **{{question}}**",
		"{{answer}}",
		"",
		"%% Ressources, par ordre d'importance : un lien par élément, puis son résumé en retrait sur la ligne suivante. %%",
		"1. ",
		"",
		"Ressources similaires: ",
		"",
		"## Vidéos",
		"",
	].join("\n");
}

export function joinPath(folder: string, name: string): string {
	const clean = folder.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").replace(/\/{2,}/g, "/");
	return clean ? `${clean}/${name}` : name;
}
