import { getLanguage, Notice, Plugin } from "obsidian";
import { MuseumSettings, withDefaults } from "./core/settings";
import { QUESTION_STRINGS } from "./i18n/strings-question";
import { SETTINGS_STRINGS } from "./i18n/strings-settings";
import { START_STRINGS } from "./i18n/strings-start";
import { languageOf, Translate, translator } from "./i18n/translate";
import { activeNote, addQuestionProperties } from "./obsidian/question/add-question-properties";
import { createResourceNote } from "./obsidian/question/create-resource";
import { NewQuestionModal } from "./obsidian/question/new-question-modal";
import { installPublishing, publishSettingsSection } from "./obsidian/publish/install";
import { installSidebar } from "./obsidian/sidebar/install";
import { MuseumSettingTab } from "./obsidian/settings-tab";
import { installWriting } from "./obsidian/writing/install";

/** Wires commands, views, settings and events; the work itself lives in `core/` and `obsidian/`. */
export default class MuseumStrategyPlugin extends Plugin {
	override settings!: MuseumSettings;
	t!: Translate;

	override async onload(): Promise<void> {
		this.t = translator(languageOf(getLanguage()), START_STRINGS, QUESTION_STRINGS, SETTINGS_STRINGS);
		this.settings = withDefaults(await this.loadData());

		this.addCommand({
			id: "create-question",
			name: this.t("command.create-question"),
			callback: () => new NewQuestionModal(this.app, this.settings, this.t, similar).open(),
		});
		this.addCommand({
			id: "add-question-properties",
			name: this.t("command.add-question-properties"),
			checkCallback: (checking) => {
				const file = activeNote(this.app);
				if (checking) return file !== null;
				if (file) void addQuestionProperties(this.app, this.settings, this.t, file);
				else new Notice(this.t("notice.no-active-note"));
				return true;
			},
		});
		const index = installSidebar(this, (linkpath, sourcePath) => createResourceNote(this.app, this.settings, this.t, linkpath, sourcePath));
		const similar = installWriting(this, index);
		installPublishing(this);
		this.addSettingTab(new MuseumSettingTab(this, [publishSettingsSection]));
		// The command line speaks the vault's language: Obsidian keeps it outside the vault, so note it in data.json.
		this.app.workspace.onLayoutReady(() => {
			const language = getLanguage();
			if (this.settings.language === language) return;
			this.settings.language = language;
			void this.saveSettings();
		});
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
