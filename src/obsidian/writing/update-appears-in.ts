import { App, Notice } from "obsidian";
import { applyAppearsIn, appearsInFilters, planAppearsIn } from "../../core/appears-in/appears-in";
import { VaultIndex } from "../../core/index";
import { MuseumSettings } from "../../core/settings";
import { Translate } from "../../i18n/translate";
import { readCoreTemplatesFolder } from "../core-templates";
import { noteTexts } from "../question/vault-context";
import { commandDialog } from "./dialog";

/**
 * "Update 'Appears in' lines": the core's plan (the same as `sync-appears-in`)
 * shown line by line (note, before, after); "Apply" rewrites each note's one
 * line with the core's writer inside `Vault.process`, so every other byte
 * stays as it was and a line edited since the preview is left alone.
 */
export async function updateAppearsIn(app: App, settings: MuseumSettings, t: Translate, index: VaultIndex): Promise<void> {
	const textOf = await noteTexts(app, [...index.resources(), ...index.videos()]);
	const filters = appearsInFilters(index, settings, app.vault.configDir, await readCoreTemplatesFolder(app));
	const { changed } = planAppearsIn(index, textOf, { addMissing: settings.addMissingAppearsIn, ...filters });
	if (!changed.length) return void new Notice(t("appears.none"));
	const { modal, el, open } = commandDialog(app, t, "update-appears-in");
	for (const { path, line, before, after } of changed) {
		const row = el.createDiv({ cls: "museum-appears-change" });
		row.createEl("b", { text: `${path}:${line + 1}` });
		// The line before in the error colour, the line after in the success colour (styles.css).
		if (before) row.createDiv({ text: `- ${before}` });
		row.createDiv({ text: `+ ${after}` });
	}
	open("appears.apply", async () => {
		modal.close();
		let count = 0;
		for (const change of changed) {
			const file = app.vault.getFileByPath(change.path);
			if (file)
				await app.vault.process(file, (text) => {
					const next = applyAppearsIn(text, change);
					if (next !== null) count++;
					return next ?? text;
				});
		}
		new Notice(t("appears.done", { count }));
	});
}
