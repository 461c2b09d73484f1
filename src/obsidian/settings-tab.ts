import { App, Plugin, PluginSettingTab, Setting, SettingDefinitionItem } from "obsidian";
import { MuseumSettings } from "../core/settings";
import { Translate } from "../i18n/translate";
import { suggestPaths } from "./suggest";

export interface SettingsHost {
	settings: MuseumSettings;
	t: Translate;
	saveSettings(): Promise<void>;
}

/** One setting row: its name and description (what settings search finds), and its control. */
export interface SettingRow {
	name: string;
	desc?: string;
	render: (setting: Setting) => void;
}

/** A group of rows under a heading. */
export interface SettingsGroup {
	heading: string;
	rows: SettingRow[];
}

/** Extra sections (publishing, ...) add their group here, each in its own module. */
export type SettingsSection = (host: SettingsHost, app: App) => SettingsGroup;

/**
 * The settings, described once as groups of rows: Obsidian 1.13 and later
 * render them from `getSettingDefinitions` (so settings search finds each),
 * older versions through `display`.
 */
export class MuseumSettingTab extends PluginSettingTab {
	#host: SettingsHost;
	#sections: SettingsSection[];

	constructor(plugin: Plugin & SettingsHost, sections: SettingsSection[] = []) {
		super(plugin.app, plugin);
		this.#host = plugin;
		this.#sections = sections;
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.#groups().map(({ heading, rows }) => ({ type: "group", heading, items: rows.map(({ name, desc, render }) => ({ name, desc, render })) }));
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const { heading, rows } of this.#groups()) {
			new Setting(containerEl).setName(heading).setHeading();
			for (const row of rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc ?? ""));
		}
	}

	#groups(): SettingsGroup[] {
		const host = this.#host;
		const { t, settings } = host;
		// Every row saves the same way: the value in the settings, then the settings to disk.
		const set = <K extends keyof MuseumSettings>(key: K, value: MuseumSettings[K]) => {
			settings[key] = value;
			return host.saveSettings();
		};
		const path = (label: string, kind: "note" | "folder", key: "questionsFolder" | "resourcesFolder" | "questionTemplatePath" | "resourceTemplatePath"): SettingRow => {
			return {
				name: t(label),
				desc: t(`${label}.desc`),
				render: (setting) =>
					void setting.addText((text) => {
						text.setValue(settings[key]);
						if (kind === "note") text.setPlaceholder(t("settings.placeholder.none"));
						const save = (value: string) => set(key, value.trim().replace(/^\/+|\/+$/g, ""));
						text.onChange(save);
						suggestPaths(this.app, text.inputEl, kind, (picked) => void save(picked));
					}),
			};
		};
		const textSetting = (key: "siteTitle" | "layout") => textRow(t(`settings.${key}`), t(`settings.${key}.desc`), settings[key], (value) => set(key, value.trim()));
		const notes: SettingRow[] = [
			path("settings.questionsFolder", "folder", "questionsFolder"),
			path("settings.resourcesFolder", "folder", "resourcesFolder"),
			path("settings.questionTemplate", "note", "questionTemplatePath"),
			path("settings.resourceTemplate", "note", "resourceTemplatePath"),
			textSetting("siteTitle"),
			textSetting("layout"),
			{
				name: t("settings.openIn"),
				render: (setting) =>
					void setting.addDropdown((dropdown) =>
						dropdown
							.addOptions({ tab: t("settings.openIn.tab"), split: t("settings.openIn.split"), current: t("settings.openIn.current") })
							.setValue(settings.openNewNoteIn)
							.onChange((value) => set("openNewNoteIn", value === "split" || value === "current" ? value : "tab")),
					),
			},
			{
				name: t("settings.addMissingAppearsIn"),
				render: (setting) =>
					void setting.addToggle((toggle) => toggle.setValue(settings.addMissingAppearsIn).onChange((value) => set("addMissingAppearsIn", value))),
			},
		];
		return [{ heading: t("settings.notes"), rows: notes }, ...this.#sections.map((section) => section(host, this.app))];
	}
}

/** A text setting saved as the user types. */
export function textRow(name: string, desc: string, value: string, save: (value: string) => Promise<void>): SettingRow {
	return { name, desc, render: (setting) => void setting.addText((text) => text.setValue(value).onChange(save)) };
}
