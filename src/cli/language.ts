import { MuseumSettings } from "../core/settings";
import { CLI_STRINGS } from "../i18n/strings-cli";
import { WARNING_STRINGS } from "../i18n/strings-warnings";
import { Language, languageOf, Translate, translator } from "../i18n/translate";

/**
 * The command line's language: the vault's, when the plugin has noted
 * Obsidian's language in its settings (Obsidian itself keeps it in the app's
 * localStorage, outside the vault), else the system's (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`); French or English.
 */
export function cliLanguage(settings: MuseumSettings, env: Record<string, string | undefined> = process.env): Language {
	return languageOf(settings.language || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function cliTranslator(settings: MuseumSettings, env?: Record<string, string | undefined>): Translate {
	return translator(cliLanguage(settings, env), CLI_STRINGS, WARNING_STRINGS);
}
