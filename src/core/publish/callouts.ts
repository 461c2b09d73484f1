import { escapeHtml } from "./escape-html";

/**
 * Obsidian callouts (`> [!note] Title` and the `>` lines under it) become the
 * blocks the starter site styles:
 *
 *     <div class="callout" data-callout="note">
 *     <div class="callout-title">Title</div>
 *     <div class="callout-content">
 *
 *     inner Markdown
 *
 *     </div></div>
 *
 * The blank lines matter: markdown-it renders Markdown inside an HTML block
 * only when blank lines separate them. Nested callouts are converted too.
 */
export function convertCallouts(lines: string[], code: boolean[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const head = code[i] ? null : CALLOUT.exec(lines[i]);
		if (!head) {
			out.push(lines[i]);
			continue;
		}
		const [, indent, type, , title] = head;
		const inner: string[] = [];
		while (i + 1 < lines.length && !code[i + 1] && /^\s*>/.test(lines[i + 1])) {
			inner.push(lines[++i].replace(/^\s*> ?/, ""));
		}
		const content = convertCallouts(inner, inner.map(() => false));
		out.push(
			`${indent}<div class="callout" data-callout="${escapeHtml(type.toLowerCase())}">`,
			`${indent}<div class="callout-title">${inlineHtml(title.trim() || defaultTitle(type))}</div>`,
			`${indent}<div class="callout-content">`,
			"",
			...content.map((line) => (line ? indent + line : line)),
			"",
			`${indent}</div></div>`,
		);
	}
	return out;
}

const CALLOUT = /^(\s*)> ?\[!([\w-]+)\]([+-]?)(.*)$/;

function defaultTitle(type: string): string {
	return type.charAt(0).toUpperCase() + type.slice(1).toLowerCase();
}

/** The title sits inside an HTML line, where Markdown is not rendered: links become `<a>`, the rest is escaped. */
function inlineHtml(markdown: string): string {
	return escapeHtml(markdown)
		.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) => `<a href="${href}">${label}</a>`)
		.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}
