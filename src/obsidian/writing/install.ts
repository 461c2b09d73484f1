import { getLanguage } from "obsidian";
import { QUESTION_STRINGS } from "../../i18n/strings-question";
import { WRITING_STRINGS } from "../../i18n/strings-writing";
import { languageOf, translator } from "../../i18n/translate";
import { similarPanel, SimilarPanel } from "../question/similar-questions";
import { SidebarPlugin } from "../sidebar/install";
import { PluginIndex } from "../sidebar/plugin-index";
import { updateAppearsIn } from "./update-appears-in";

/**
 * Writing help on the vault index: the command "Update 'Appears in' lines";
 * returns the similar-questions list of the new question dialog (a panel factory).
 */
export function installWriting(plugin: SidebarPlugin, index: PluginIndex): (el: HTMLElement, close: () => void) => SimilarPanel {
	const t = translator(languageOf(getLanguage()), WRITING_STRINGS, QUESTION_STRINGS);
	const { app, settings } = plugin;
	plugin.addCommand({ id: "update-appears-in", name: t("command.update-appears-in"), callback: () => void (index.index && updateAppearsIn(app, settings, t, index.index)) });
	return (el, close) => similarPanel(app, t, index.index, el, close);
}
