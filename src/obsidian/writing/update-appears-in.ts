import { App, Modal, Notice, Setting } from "obsidian";
import { applyAppearsIn, appearsInFilters, planAppearsIn } from "../../core/appears-in/appears-in";
import { VaultIndex } from "../../core/index";
import { MuseumSettings } from "../../core/settings";
import { Translate } from "../../i18n/translate";
import { readCoreTemplatesFolder } from "../core-templates";
import { noteTexts } from "../question/vault-context";

/**
 * "Update 'Appears in' lines": the core's plan (the same as `sync-appears-in`)
 * shown line by line (note, before, after); "Apply" rewrites each note's one
 * line with the core's writer inside `Vault.process`, so every other byte
 * stays as it was and a line edited since the preview is left alone.
 */
export async function updateAppearsIn(app: App, settings: MuseumSettings, t: Translate, index: VaultIndex): Promise<void> {
	const textOf = await noteTexts(app, [...index.resources(), ...index.videos()].map((note) => note.path));
	const filters = appearsInFilters(index, settings, app.vault.configDir, await readCoreTemplatesFolder(app));
	const { changed } = planAppearsIn(index, textOf, { addMissing: settings.addMissingAppearsIn, ...filters });
	if (!changed.length) return void new Notice(t("appears.none"));
	const modal = new Modal(app).setTitle(t("command.update-appears-in"));
	const { contentEl } = modal;
	for (const change of changed) {
		const row = contentEl.createDiv({ cls: "museum-appears-change" });
		row.createEl("b", { text: `${change.path}:${change.line + 1}` });
		if (change.before) row.createDiv({ cls: "museum-appears-before", text: `- ${change.before}` });
		row.createDiv({ cls: "museum-appears-after", text: `+ ${change.after}` });
	}
	new Setting(contentEl)
		.addButton((button) => button.setButtonText(t("modal.cancel")).onClick(() => modal.close()))
		.addButton((button) =>
			button.setButtonText(t("appears.apply")).setCta().onClick(async () => {
				modal.close();
				let count = 0;
				for (const change of changed) {
					const file = app.vault.getFileByPath(change.path);
					if (!file) continue;
					await app.vault.process(file, (text) => {
						const next = applyAppearsIn(text, change);
						if (next !== null) count++;
						return next ?? text;
					});
				}
				new Notice(t("appears.done", { count }));
			}),
		);
	modal.open();
}
