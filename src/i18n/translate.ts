/**
 * UI text in English and French, following Obsidian's language. Each feature
 * keeps its strings in its own module (`strings-<feature>.ts`), written with
 * `bilingual` so that each key stands once in main.js; English is the fallback
 * for every key.
 */
export type Strings = Record<string, string>;
export interface StringTable {
	en: Strings;
	fr: Strings;
}

export type Language = "en" | "fr";

/**
 * One entry per key: a string said the same in both languages, `[en, fr]`, or
 * `[null, fr]` where the English text is the core's own message.
 */
export function bilingual(entries: Record<string, string | [string | null, string]>): StringTable {
	const table: StringTable = { en: {}, fr: {} };
	for (const [key, text] of Object.entries(entries)) {
		const [en, fr] = typeof text === "string" ? [text, null] : text;
		if (en !== null) table.en[key] = en;
		if (fr !== null) table.fr[key] = fr;
	}
	return table;
}

export function languageOf(code: string | null | undefined): Language {
	return (code ?? "").toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** `{name}` placeholders are replaced by `params.name`. */
export function format(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(language: Language, ...tables: StringTable[]): Translate {
	return (key, params) => {
		for (const table of tables) {
			const text = table[language][key] ?? table.en[key];
			if (text !== undefined) return format(text, params);
		}
		return key;
	};
}

/**
 * A count with its noun: `key` for the plural, `key.one` for the singular.
 * French counts 0 and 1 as singular ("0 ressource"), English only 1; each
 * table says which with "plural.zero-singular".
 */
export function countText(t: Translate, key: string, count: number): string {
	const singular = count === 1 || (count === 0 && t("plural.zero-singular") === "yes");
	return t(singular ? `${key}.one` : key, { count });
}
