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
	private readonly host: SettingsHost;

	constructor(
		plugin: Plugin & SettingsHost,
		private readonly sections: SettingsSection[] = [],
	) {
		super(plugin.app, plugin);
		this.host = plugin;
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups().map(({ heading, rows }) => ({ type: "group", heading, items: rows.map(({ name, desc, render }) => ({ name, desc, render })) }));
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const { heading, rows } of this.groups()) {
			new Setting(containerEl).setName(heading).setHeading();
			for (const row of rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc ?? ""));
		}
	}

	private groups(): SettingsGroup[] {
		const { host } = this;
		const { t, settings } = host;
		const notes: SettingRow[] = [
			this.pathRow("settings.questionsFolder", "folder", "questionsFolder"),
			this.pathRow("settings.resourcesFolder", "folder", "resourcesFolder"),
			this.pathRow("settings.questionTemplate", "note", "questionTemplatePath"),
			this.pathRow("settings.resourceTemplate", "note", "resourceTemplatePath"),
			textRow(t("settings.siteTitle"), t("settings.siteTitle.desc"), settings.siteTitle, async (value) => {
				settings.siteTitle = value.trim();
				await host.saveSettings();
			}),
			textRow(t("settings.layout"), t("settings.layout.desc"), settings.layout, async (value) => {
				settings.layout = value.trim();
				await host.saveSettings();
			}),
			{
				name: t("settings.openIn"),
				render: (setting) =>
					void setting.addDropdown((dropdown) =>
						dropdown
							.addOptions({ tab: t("settings.openIn.tab"), split: t("settings.openIn.split"), current: t("settings.openIn.current") })
							.setValue(settings.openNewNoteIn)
							.onChange(async (value) => {
								settings.openNewNoteIn = value === "split" || value === "current" ? value : "tab";
								await host.saveSettings();
							}),
					),
			},
			{
				name: t("settings.addMissingAppearsIn"),
				render: (setting) =>
					void setting.addToggle((toggle) =>
						toggle.setValue(settings.addMissingAppearsIn).onChange(async (value) => {
							settings.addMissingAppearsIn = value;
							await host.saveSettings();
						}),
					),
			},
		];
		return [{ heading: t("settings.notes"), rows: notes }, ...this.sections.map((section) => section(host, this.app))];
	}

	private pathRow(label: string, kind: "note" | "folder", key: "questionsFolder" | "resourcesFolder" | "questionTemplatePath" | "resourceTemplatePath"): SettingRow {
		const { host } = this;
		return {
			name: host.t(label),
			desc: host.t(`${label}.desc`),
			render: (setting) =>
				void setting.addText((text) => {
					text.setValue(host.settings[key]);
					if (kind === "note") text.setPlaceholder(host.t("settings.placeholder.none"));
					const save = async (value: string) => {
						host.settings[key] = value.trim().replace(/^\/+|\/+$/g, "");
						await host.saveSettings();
					};
					text.onChange(save);
					suggestPaths(this.app, text.inputEl, kind, (path) => void save(path));
				}),
		};
	}
}

/** A text setting saved as the user types. */
export function textRow(name: string, desc: string, value: string, save: (value: string) => Promise<void>): SettingRow {
	return { name, desc, render: (setting) => void setting.addText((text) => text.setValue(value).onChange(save)) };
}
