import { App, Modal, Notice, Setting } from "obsidian";
import { applyAppearsIn, appearsInFilters, planAppearsIn } from "../../core/appears-in/appears-in";
import { MuseumSettings } from "../../core/settings";
import { Translate } from "../../i18n/translate";
import { readCoreTemplatesFolder } from "../core-templates";
import { SettingsGroup } from "../settings-tab";
import { PluginIndex } from "../sidebar/plugin-index";

/**
 * "Update 'Appears in' lines": the core's plan (the command line's
 * `sync-appears-in` computes the same), shown note by note (line before,
 * line after); on confirmation each note is changed with `Vault.process`,
 * that one line only.
 */
export async function updateAppearsIn(app: App, settings: MuseumSettings, t: Translate, pluginIndex: PluginIndex): Promise<void> {
	const index = pluginIndex.index;
	const texts = new Map<string, string>();
	for (const note of index ? [...index.resources(), ...index.videos()] : []) {
		const file = app.vault.getFileByPath(note.path);
		if (file) texts.set(note.path, await app.vault.cachedRead(file));
	}
	const changed = index ? planAppearsIn(index, (path) => texts.get(path) ?? "", { addMissing: settings.addMissingAppearsIn, ...appearsInFilters(index, settings, app.vault.configDir, await readCoreTemplatesFolder(app)) }).changed : [];
	if (!changed.length) return void new Notice(t("appears.none"));
	const modal = new Modal(app);
	const { contentEl } = modal;
	modal.setTitle(t("command.update-appears-in"));
	modal.modalEl.addClass("museum-appears-in");
	for (const change of changed) {
		const item = contentEl.createDiv({ cls: "museum-appears-change" });
		item.createDiv({ cls: "museum-appears-note", text: change.path });
		if (change.before) item.createEl("del", { text: change.before });
		item.createEl("ins", { text: change.after });
	}
	const apply = async () => {
		modal.close();
		let done = 0;
		for (const change of changed) {
			const file = app.vault.getFileByPath(change.path);
			// A note edited since the preview keeps its text.
			if (file)
				await app.vault.process(file, (text) => {
					const next = applyAppearsIn(text, change);
					if (next !== null) done++;
					return next ?? text;
				});
		}
		new Notice(t("appears.done", { count: done }));
	};
	new Setting(contentEl)
		.addButton((b) => b.setButtonText(t("modal.cancel")).onClick(() => modal.close()))
		.addButton((b) => b.setButtonText(t("appears.apply", { count: changed.length })).setCta().onClick(() => void apply()));
	modal.open();
}

/** The setting "Add missing lines" (off by default), in its own group of the settings tab. */
export function appearsInSettings(host: { settings: MuseumSettings; saveSettings(): Promise<void> }, t: Translate): SettingsGroup {
	const render = (setting: Setting) =>
		void setting.addToggle((toggle) =>
			toggle.setValue(host.settings.addMissingAppearsIn).onChange(async (value) => {
				host.settings.addMissingAppearsIn = value;
				await host.saveSettings();
			}),
		);
	return { heading: t("settings.writing"), rows: [{ name: t("settings.addMissingAppearsIn"), desc: t("settings.addMissingAppearsIn.desc"), render }] };
}
