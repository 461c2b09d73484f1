import { App, SecretComponent, Setting } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import type { GitHubClient } from "../../destinations/github/client";
import { setUpPages, testConnection, webUrl } from "../../destinations/github/repository";
import { Translate } from "../../i18n/translate";
import { SettingRow, textRow } from "../settings-tab";
import { gitHubProblem, openRepository } from "./github";

type GitHubKey = "githubRepo" | "githubBranch" | "githubFolder" | "githubApiUrl";

/** Where GitHub creates a fine-grained token (the settings link to it). */
const NEW_TOKEN_URL = "https://github.com/settings/personal-access-tokens/new";

/**
 * The GitHub destination's settings: repository, branch, folder, API, the
 * token picked with `SecretComponent` (data.json keeps only its name), and a
 * row whose buttons test the connection, initialise an empty repository and
 * turn on GitHub Pages, saying in its description what they found.
 */
export function gitHubRows(app: App, settings: MuseumSettings, t: Translate, save: () => Promise<void>): SettingRow[] {
	const text = (key: GitHubKey, label: string) =>
		textRow(t(label), t(`${label}.desc`), settings[key], async (value) => {
			settings[key] = value.trim();
			await save();
		});
	const say = (setting: Setting, message: string, link?: string) => {
		setting.setDesc(message);
		if (link) setting.descEl.createEl("a", { text: link, href: link });
	};
	let initialise: HTMLElement | null = null;
	const run = async (setting: Setting, action?: "init" | "pages") => {
		let client: GitHubClient;
		try {
			const { destination } = openRepository(app, settings);
			client = destination.client;
			if (action === "init") await destination.initialise();
			const { branch, empty } = await testConnection(client, settings.githubBranch);
			if (empty) {
				say(setting, t("github.error.empty"));
				if (!initialise) setting.addButton((button) => (initialise = button.setButtonText(t("github.init")).onClick(() => run(setting, "init")).buttonEl));
				return;
			}
			initialise?.remove();
			initialise = null;
			if (action !== "pages") return say(setting, t("github.ok", { branch }));
		} catch (error) {
			return say(setting, gitHubProblem(t, error));
		}
		const pages = webUrl(client, "/settings/pages");
		try {
			say(setting, t("github.pages.on"), (await setUpPages(client)) ?? pages);
		} catch {
			say(setting, t("github.pages.manual"), pages);
		}
	};
	return [
		text("githubRepo", "github.repo"),
		text("githubBranch", "github.branch"),
		text("githubFolder", "github.folder"),
		text("githubApiUrl", "github.api"),
		{
			name: t("github.token"),
			desc: t("github.token.desc"),
			render: (setting) => {
				setting.descEl.createEl("a", { text: t("github.token.new"), href: NEW_TOKEN_URL });
				setting.addComponent((el) =>
					new SecretComponent(app, el).setValue(settings.githubSecret).onChange(async (name) => {
						settings.githubSecret = name;
						await save();
					}),
				);
			},
		},
		{
			name: "GitHub",
			render: (setting) =>
				void setting
					.addButton((button) => button.setButtonText(t("github.test")).onClick(() => run(setting)))
					.addButton((button) => button.setButtonText(t("github.pages")).onClick(() => run(setting, "pages"))),
		},
	];
}
