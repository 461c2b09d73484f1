import { getLanguage } from "obsidian";
import { WRITING_STRINGS } from "../../i18n/strings-writing";
import { languageOf, translator } from "../../i18n/translate";
import { similarPanel, SimilarPanel } from "../question/similar-questions";
import { SidebarPlugin } from "../sidebar/install";
import { PluginIndex } from "../sidebar/plugin-index";

/** Writing help on the vault index: the similar-questions list of the new question dialog (a panel factory). */
export function installWriting(plugin: SidebarPlugin, index: PluginIndex): (el: HTMLElement, close: () => void) => SimilarPanel {
	const t = translator(languageOf(getLanguage()), WRITING_STRINGS);
	return (el, close) => similarPanel(plugin.app, t, index.index, el, close);
}
