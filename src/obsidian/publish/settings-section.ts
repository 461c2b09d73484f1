import { getLanguage, normalizePath, Platform } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { normalizePathPrefix } from "../../destinations/starter/path-prefix";
import { PUBLISH_STRINGS } from "../../i18n/strings-publish";
import { languageOf, translator } from "../../i18n/translate";
import { SettingRow, SettingsSection, textRow } from "../settings-tab";
import { gitHubRows } from "./github-settings";

type ListKey = "publishFolders" | "excludedFolders" | "privateKeys" | "peertubeHosts";

/** Comma- or newline-separated text → clean list; folders as vault paths. */
function parseList(text: string, folders: boolean): string[] {
	const items = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
	return folders ? items.map((item) => normalizePath(item)) : items;
}

/** The publishing settings, added to the plugin's tab through the `SettingsSection` hook. */
export const publishSettingsSection: SettingsSection = (host, app) => {
	const t = translator(languageOf(getLanguage()), PUBLISH_STRINGS);
	const settings: MuseumSettings = host.settings;
	const save = () => host.saveSettings();
	/** A control's `onChange`: the new value into the settings, then saved. */
	const saving =
		<T>(apply: (value: T) => void) =>
		async (value: T) => {
			apply(value);
			await save();
		};
	const rows: SettingRow[] = [];
	// The site folder is written with Node's fs: desktop only; on mobile, publishing goes to GitHub.
	if (Platform.isDesktopApp) {
		rows.push(
			{
				name: t("publish.destination"),
				render: (setting) =>
					void setting.addDropdown((dropdown) =>
						dropdown
							.addOptions({ folder: t("publish.folder"), github: "GitHub" })
							.setValue(settings.destination)
							.onChange(saving((value) => (settings.destination = value === "github" ? "github" : "folder"))),
					),
			},
			textRow(t("publish.folder"), t("publish.folder.desc"), settings.siteFolder, saving((value) => (settings.siteFolder = value.trim()))),
		);
	}
	rows.push(...gitHubRows(app, settings, t, save));
	rows.push(
		textRow(t("publish.settings.prefix"), t("publish.settings.prefix.desc"), settings.pathPrefix, saving((value) => (settings.pathPrefix = normalizePathPrefix(value)))),
	);
	const list = (key: ListKey, label: string, folders: boolean): SettingRow => ({
		name: t(label),
		desc: t(`${label}.desc`),
		render: (setting) =>
			void setting.addTextArea((area) =>
				area.setValue(settings[key].join("\n")).onChange(saving((value) => (settings[key] = parseList(value, folders)))),
			),
	});
	const toggle = (key: "slugUrls" | "inlineEmbeds", label: string): SettingRow => ({
		name: t(label),
		desc: t(`${label}.desc`),
		render: (setting) =>
			void setting.addToggle((control) =>
				control.setValue(settings[key]).onChange(saving((value) => (settings[key] = value))),
			),
	});
	rows.push(
		list("publishFolders", "publish.settings.always", true),
		list("excludedFolders", "publish.settings.excluded", true),
		list("privateKeys", "publish.settings.private", false),
		toggle("slugUrls", "publish.settings.slug"),
		toggle("inlineEmbeds", "publish.settings.inline"),
		list("peertubeHosts", "publish.settings.peertube", false),
	);
	return { heading: t("publish.settings"), rows };
};
