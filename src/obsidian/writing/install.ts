import { getLanguage, Plugin } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { WRITING_STRINGS } from "../../i18n/strings-writing";
import { languageOf, translator } from "../../i18n/translate";
import { similarPanel, SimilarPanel } from "../question/similar-questions";
import { PluginIndex } from "../sidebar/plugin-index";

export type WritingPlugin = Plugin & { settings: MuseumSettings; saveSettings(): Promise<void> };

/** Writing help on the vault index: similar questions in the new question dialog. Returns the dialog's panel factory. */
export function installWriting(plugin: WritingPlugin, index: PluginIndex): (el: HTMLElement, close: () => void) => SimilarPanel {
	const t = translator(languageOf(getLanguage()), WRITING_STRINGS);
	return (el, close) => similarPanel(plugin.app, t, index.index, el, close);
}
