import { App, SecretComponent } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { setUpPages, testConnection, webUrl } from "../../destinations/github/repository";
import { Translate } from "../../i18n/translate";
import { SettingRow, textRow } from "../settings-tab";
import { githubProblem, openGitHubSite } from "./github-site";

/** The GitHub destination's settings (the token through Obsidian's secret storage), "Test connection" and "Set up GitHub Pages". */
export function githubRows(app: App, settings: MuseumSettings, save: () => Promise<void>, t: Translate): SettingRow[] {
	const rows = (["Repo", "Branch", "Path", "ApiUrl"] as const).map((key) =>
		textRow(t(`github.${key === "ApiUrl" ? "api" : key.toLowerCase()}`), "", settings[`github${key}`], async (value) => {
			settings[`github${key}`] = value.trim();
			await save();
		}),
	);
	rows.push({
		name: t("github.token"),
		desc: t("github.token.desc"),
		render: (setting) =>
			void setting
				.setDesc(
					createFragment((f) => {
						f.appendText(t("github.token.desc") + " ");
						f.createEl("a", { text: "github.com/settings/personal-access-tokens", href: "https://github.com/settings/personal-access-tokens/new" });
					}),
				)
				.addComponent((parent) =>
					new SecretComponent(app, parent).setValue(settings.githubTokenSecret).onChange(async (value) => {
						settings.githubTokenSecret = value;
						await save();
					}),
				),
	});
	rows.push({
		name: "GitHub",
		render: (check) => {
			const say = (text: string, link?: string) => {
				check.descEl.setText(text + " ");
				if (link) check.descEl.createEl("a", { text: link, href: link });
			};
			// Each button reads the settings as they are now: the user may have just typed them.
			const run = (label: string, action: (site: NonNullable<ReturnType<typeof openGitHubSite>>) => Promise<void>) =>
				check.addButton((button) =>
					button.setButtonText(t(label)).onClick(async () => {
						const site = openGitHubSite(app, settings);
						if (!site) return say(t("github.missing"));
						await action(site).catch((error: unknown) => say(githubProblem(t, error)));
					}),
				);
			run("github.test", async ({ destination }) => {
				const found = await testConnection(destination.client, settings.githubBranch);
				say(found.empty ? "" : t("github.ok"));
				if (found.empty) check.descEl.createEl("button", { text: t("github.init") }).addEventListener("click", () => void destination.initialise().then((r) => say(r.commitUrl ?? ""), (error: unknown) => say(githubProblem(t, error))));
			});
			run("github.pages", async ({ destination: { client } }) => {
				const url = await setUpPages(client).catch(() => null);
				if (url) say(url);
				else say(t("github.pages.manual"), webUrl(client, "/settings/pages"));
			});
		},
	});
	return rows;
}
