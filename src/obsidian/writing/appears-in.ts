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
 * that one line only. A note edited since the preview keeps its text.
 */
export async function updateAppearsIn(app: App, settings: MuseumSettings, t: Translate, { index }: PluginIndex): Promise<void> {
	const texts = new Map<string, string>();
	const notes = index ? [...index.resources(), ...index.videos()] : [];
	for (const { path } of notes) {
		const file = app.vault.getFileByPath(path);
		if (file) texts.set(path, await app.vault.cachedRead(file));
	}
	const changed = index ? planAppearsIn(index, (path) => texts.get(path) ?? "", { addMissing: settings.addMissingAppearsIn, ...appearsInFilters(index, settings, app.vault.configDir, await readCoreTemplatesFolder(app)) }).changed : [];
	if (!changed.length) return void new Notice(t("appears.none"));
	const modal = new Modal(app).setTitle(t("appears.command"));
	modal.modalEl.addClass("museum-appears-in");
	for (const { path, before, after } of changed) {
		const item = modal.contentEl.createDiv({ text: path });
		if (before) item.createEl("del", { text: before });
		item.createEl("ins", { text: after });
	}
	const apply = async () => {
		modal.close();
		let done = 0;
		for (const change of changed) {
			const file = app.vault.getFileByPath(change.path);
			if (file) await app.vault.process(file, (text) => applyAppearsIn(text, change) ?? (done--, text)).then(() => done++);
		}
		new Notice(t("appears.done", { count: done }));
	};
	new Setting(modal.contentEl)
		.addButton((b) => b.setButtonText(t("modal.cancel")).onClick(() => modal.close()))
		.addButton((b) => b.setButtonText(t("appears.apply", { count: changed.length })).setCta().onClick(() => void apply()));
	modal.open();
}

/** The setting "Add missing lines" (off by default), in its own group of the settings tab. */
export function appearsInSettings(host: { settings: MuseumSettings; saveSettings(): Promise<void> }, t: Translate): SettingsGroup {
	const render = (setting: Setting) =>
		void setting.addToggle((toggle) =>
			toggle.setValue(host.settings.addMissingAppearsIn).onChange((value) => {
				host.settings.addMissingAppearsIn = value;
				void host.saveSettings();
			}),
		);
	return { heading: "Apparaît dans", rows: [{ name: t("appears.missing"), desc: t("appears.missing.desc"), render }] };
}
