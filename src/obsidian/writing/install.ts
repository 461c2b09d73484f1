import { getLanguage } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { WRITING_STRINGS } from "../../i18n/strings-writing";
import { languageOf, Translate, translator } from "../../i18n/translate";
import { similarPanel, SimilarPanel } from "../question/similar-questions";
import { SettingsSection } from "../settings-tab";
import { SidebarPlugin } from "../sidebar/install";
import { PluginIndex } from "../sidebar/plugin-index";
import { appearsInSettings, updateAppearsIn } from "./appears-in";

/**
 * Writing help on the vault index: similar questions in the new question
 * dialog (the returned panel factory), "Update 'Appears in' lines" and its
 * setting (the returned settings section).
 */
export function installWriting(plugin: SidebarPlugin, index: PluginIndex): { similar: (el: HTMLElement, close: () => void) => SimilarPanel; settings: SettingsSection } {
	const { app } = plugin;
	const host: { settings: MuseumSettings } = plugin;
	const own = translator(languageOf(getLanguage()), WRITING_STRINGS);
	// The plugin's strings (Cancel, Create, "exists") after these.
	const t: Translate = (key, params) => {
		const text = own(key, params);
		return text === key ? plugin.t(key, params) : text;
	};
	plugin.addCommand({ id: "update-appears-in", name: t("appears.command"), callback: () => void updateAppearsIn(app, host.settings, t, index) });
	return { similar: (el, close) => similarPanel(app, t, index.index, el, close), settings: (h) => appearsInSettings(h, t) };
}
