/**
 * Escaping for text the compiler writes into HTML. Each escape adds to the
 * one before it, so that the three stay one rule. Escaping is not sanitizing:
 * raw HTML of a note goes through the sanitizer (sanitize-html.ts).
 */

/** Text content: no `&`, `<` or `>` is read as markup. */
export function escapeHtmlText(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
	return escapeHtmlText(text).replace(/"/g, "&quot;");
}

/** Attribute values keep no `<`, `>` or backtick: no reading of the Markdown can cut a tag into markup. */
export function escapeAttribute(text: string): string {
	return escapeHtml(text).replace(/`/g, "&#96;");
}
