import { getLanguage, normalizePath, Platform, Setting } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { normalizePathPrefix } from "../../destinations/starter/index";
import { PUBLISH_STRINGS } from "../../i18n/strings-publish";
import { languageOf, translator } from "../../i18n/translate";
import { SettingsSection, textSetting } from "../settings-tab";

type ListKey = "publishFolders" | "excludedFolders" | "privateKeys" | "peertubeHosts";

/** Comma- or newline-separated text → clean list; folders as vault paths. */
function parseList(text: string, folders: boolean): string[] {
	const items = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
	return folders ? items.map((item) => normalizePath(item)) : items;
}

/** The publishing settings, added to the plugin's tab through the `SettingsSection` hook. */
export const publishSettingsSection: SettingsSection = (containerEl, host) => {
	const t = translator(languageOf(getLanguage()), PUBLISH_STRINGS);
	const settings: MuseumSettings = host.settings;
	const save = () => host.saveSettings();
	new Setting(containerEl).setName(t("publish.settings")).setHeading();
	// The site folder is written with Node's fs: desktop only.
	if (Platform.isDesktopApp) {
		textSetting(containerEl, t("publish.folder"), t("publish.folder.desc"), settings.siteFolder, async (value) => {
			settings.siteFolder = value.trim();
			await save();
		});
	}
	textSetting(containerEl, t("publish.settings.prefix"), t("publish.settings.prefix.desc"), settings.pathPrefix, async (value) => {
		settings.pathPrefix = normalizePathPrefix(value);
		await save();
	});
	const list = (key: ListKey, label: string, folders: boolean) =>
		new Setting(containerEl)
			.setName(t(label))
			.setDesc(t(`${label}.desc`))
			.addTextArea((area) =>
				area.setValue(settings[key].join("\n")).onChange(async (value) => {
					settings[key] = parseList(value, folders);
					await save();
				}),
			);
	list("publishFolders", "publish.settings.always", true);
	list("excludedFolders", "publish.settings.excluded", true);
	list("privateKeys", "publish.settings.private", false);
	const toggle = (key: "slugUrls" | "inlineEmbeds", label: string) =>
		new Setting(containerEl)
			.setName(t(label))
			.setDesc(t(`${label}.desc`))
			.addToggle((control) =>
				control.setValue(settings[key]).onChange(async (value) => {
					settings[key] = value;
					await save();
				}),
			);
	toggle("slugUrls", "publish.settings.slug");
	toggle("inlineEmbeds", "publish.settings.inline");
	list("peertubeHosts", "publish.settings.peertube", false);
};
