import { App, Plugin, PluginSettingTab, Setting } from "obsidian";
import { MuseumSettings } from "../core/settings";
import { Translate } from "../i18n/translate";
import { PathSuggest } from "./suggest";

export interface SettingsHost {
	settings: MuseumSettings;
	t: Translate;
	saveSettings(): Promise<void>;
}

/** Extra sections (publishing, ...) add themselves here, each in its own module. */
export type SettingsSection = (containerEl: HTMLElement, host: SettingsHost, app: App) => void;

export class MuseumSettingTab extends PluginSettingTab {
	private readonly host: SettingsHost;

	constructor(
		plugin: Plugin & SettingsHost,
		private readonly sections: SettingsSection[] = [],
	) {
		super(plugin.app, plugin);
		this.host = plugin;
	}

	override display(): void {
		const { containerEl, host } = this;
		const { t, settings } = host;
		containerEl.empty();
		new Setting(containerEl).setName(t("settings.notes")).setHeading();
		this.pathSetting("settings.questionsFolder", "folder", "questionsFolder");
		this.pathSetting("settings.resourcesFolder", "folder", "resourcesFolder");
		this.pathSetting("settings.questionTemplate", "note", "questionTemplatePath");
		this.pathSetting("settings.resourceTemplate", "note", "resourceTemplatePath");
		textSetting(containerEl, t("settings.siteTitle"), t("settings.siteTitle.desc"), settings.siteTitle, async (value) => {
			settings.siteTitle = value.trim();
			await host.saveSettings();
		});
		textSetting(containerEl, t("settings.layout"), t("settings.layout.desc"), settings.layout, async (value) => {
			settings.layout = value.trim();
			await host.saveSettings();
		});
		new Setting(containerEl).setName(t("settings.openIn")).addDropdown((dropdown) =>
			dropdown
				.addOptions({ tab: t("settings.openIn.tab"), split: t("settings.openIn.split"), current: t("settings.openIn.current") })
				.setValue(settings.openNewNoteIn)
				.onChange(async (value) => {
					settings.openNewNoteIn = value === "split" || value === "current" ? value : "tab";
					await host.saveSettings();
				}),
		);
		for (const section of this.sections) section(containerEl, host, this.app);
	}

	private pathSetting(label: string, kind: "note" | "folder", key: "questionsFolder" | "resourcesFolder" | "questionTemplatePath" | "resourceTemplatePath"): void {
		const { host } = this;
		new Setting(this.containerEl)
			.setName(host.t(label))
			.setDesc(host.t(`${label}.desc`))
			.addText((text) => {
				text.setValue(host.settings[key]);
				if (kind === "note") text.setPlaceholder(host.t("settings.placeholder.none"));
				const save = async (value: string) => {
					host.settings[key] = value.trim().replace(/^\/+|\/+$/g, "");
					await host.saveSettings();
				};
				text.onChange(save);
				new PathSuggest(this.app, text.inputEl, kind, (path) => void save(path));
			});
	}
}

/** A text setting saved as the user types. */
export function textSetting(containerEl: HTMLElement, name: string, desc: string, value: string, save: (value: string) => Promise<void>): Setting {
	return new Setting(containerEl)
		.setName(name)
		.setDesc(desc)
		.addText((text) => text.setValue(value).onChange(save));
}
