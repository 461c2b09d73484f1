import { getLanguage } from "obsidian";
import { QUESTION_STRINGS } from "../../i18n/strings-question";
import { START_STRINGS } from "../../i18n/strings-start";
import { WRITING_STRINGS } from "../../i18n/strings-writing";
import { languageOf, translator } from "../../i18n/translate";
import { similarPanel, SimilarPanel } from "../question/similar-questions";
import { SidebarPlugin } from "../sidebar/install";
import { PluginIndex } from "../sidebar/plugin-index";
import { updateAppearsIn } from "./update-appears-in";
import { videoFromLink } from "./video-from-link";

/**
 * Writing help on the vault index: the commands "Update 'Appears in' lines"
 * and "Create video note from a link"; returns the similar-questions list of
 * the new question dialog (a panel factory). The command names come from the
 * start-up table, looked up first, so that registering them unpacks no strings.
 */
export function installWriting(plugin: SidebarPlugin, index: PluginIndex): (el: HTMLElement, close: () => void) => SimilarPanel {
	const t = translator(languageOf(getLanguage()), START_STRINGS, WRITING_STRINGS, QUESTION_STRINGS);
	const { app, settings } = plugin;
	for (const [id, run] of Object.entries({ "update-appears-in": updateAppearsIn, "video-from-link": videoFromLink }))
		plugin.addCommand({ id, name: t(`command.${id}`), callback: () => void (index.index && run(app, settings, t, index.index)) });
	return (el, close) => similarPanel(app, t, index.index, el, close);
}
