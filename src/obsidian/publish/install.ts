import { getLanguage, MarkdownView, Menu, Notice, Platform, Plugin, TAbstractFile, TFile, TFolder } from "obsidian";
import { recordRename } from "../../core/publish/renames";
import { openSiteFolder, siteFolderProblem } from "./desktop-destination";
import { PUBLISH_STRINGS } from "../../i18n/strings-publish";
import { START_STRINGS } from "../../i18n/strings-start";
import { languageOf, Translate, translator } from "../../i18n/translate";
import { PublishHost, PublishModal } from "./publish-modal";

export { publishSettingsSection } from "./settings-section";

export type PublishPlugin = Plugin & PublishHost;

/**
 * Publishing, registered on the plugin: the two commands, "Publish" in the
 * file menu of a note or folder, "Publish N notes" for a multi-selection in
 * the file explorer. Each opens the publish dialog with that choice checked.
 */
export function installPublishing(plugin: PublishPlugin): void {
	const { workspace } = plugin.app;
	const t: Translate = translator(languageOf(getLanguage()), START_STRINGS, PUBLISH_STRINGS);
	const host: PublishHost = plugin;
	const open = (selectors: string[]) => new PublishModal(plugin, t, selectors).open();
	const publishItem = (menu: Menu, title: string, selectors: string[]) =>
		menu.addItem((item) => item.setTitle(title).setIcon("upload").setSection("action").onClick(() => open(selectors)));

	// A publish that Obsidian did not live to complete is finished or rolled back, once the vault is open.
	workspace.onLayoutReady(() => {
		const folder = host.settings.siteFolder;
		if (!Platform.isDesktopApp || siteFolderProblem(plugin.app, folder)) return;
		void openSiteFolder(folder).then(
			// A finished one is the site the user asked for: nothing to say.
			(site) => site.recover() === "rolled-back" && new Notice(t("publish.recovered")),
			// Another publish runs there: the dialog says so when opened.
			() => undefined,
		);
	});
	// Renames Obsidian reports are certain: recorded, so the published note's old address redirects to the new one.
	plugin.registerEvent(
		plugin.app.vault.on("rename", (file, oldPath) => {
			if (!(file instanceof TFile)) return;
			host.settings.renames = recordRename(host.settings.renames, oldPath, file.path);
			void host.saveSettings();
		}),
	);
	plugin.addCommand({ id: "publish-selected", name: t("publish.command.selected"), callback: () => open([]) });
	plugin.addCommand({
		id: "publish-current",
		name: t("publish.command.current"),
		checkCallback: (checking) => {
			const file = workspace.getActiveViewOfType(MarkdownView)?.file ?? workspace.getActiveFile();
			if (file?.extension !== "md") return false;
			if (!checking) open([file.path]);
			return true;
		},
	});
	plugin.registerEvent(
		workspace.on("file-menu", (menu, file) => {
			if (notesIn([file]) === 0) return;
			publishItem(menu, t("publish.menu"), [file.path]);
		}),
	);
	plugin.registerEvent(
		workspace.on("files-menu", (menu, files) => {
			const count = notesIn(files);
			if (count === 0) return;
			const title = count === 1 ? t("publish.menu.one") : t("publish.menu.many", { count });
			publishItem(menu, title, files.map((f) => f.path));
		}),
	);
}

/** How many notes the chosen files and folders hold. */
function notesIn(files: TAbstractFile[]): number {
	let count = 0;
	const visit = (file: TAbstractFile) => {
		if (file instanceof TFile) count += file.extension === "md" ? 1 : 0;
		else if (file instanceof TFolder) file.children.forEach(visit);
	};
	files.forEach(visit);
	return count;
}
