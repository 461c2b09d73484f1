import { getLanguage, Plugin, WorkspaceLeaf } from "obsidian";
import { isTemplateNote } from "../../core/publish/exclusions";
import { readCoreTemplatesFolder } from "../core-templates";
import { MuseumSettings } from "../../core/settings";
import { SIDEBAR_STRINGS } from "../../i18n/strings-sidebar";
import { START_STRINGS } from "../../i18n/strings-start";
import { WARNING_STRINGS } from "../../i18n/strings-warnings";
import { languageOf, Translate, translator } from "../../i18n/translate";
import { resourceDecorations } from "../editor/resource-decorations";
import { PluginIndex } from "./plugin-index";
import { SidebarView } from "./sidebar-view";
import { RESOURCE_SIDEBAR_VIEW } from "./view-type";

export type SidebarPlugin = Plugin & { settings: MuseumSettings; t: Translate };

/**
 * Everything the resource sidebar needs, registered on the plugin (so
 * unloading cleans up): the vault index, the view, its command and ribbon
 * icon, the page-preview source, the editor marks. Returns the index service.
 */
export function installSidebar(plugin: SidebarPlugin, onCreateResource: (linkpath: string, sourcePath: string) => unknown): PluginIndex {
	const own = translator(languageOf(getLanguage()), START_STRINGS, SIDEBAR_STRINGS, WARNING_STRINGS);
	// The sidebar's strings first, then the plugin's (shared keys, if any, stay the plugin's to define).
	const t: Translate = (key, params) => {
		const text = own(key, params);
		return text === key ? plugin.t(key, params) : text;
	};
	const index = new PluginIndex(plugin);
	index.start();
	// The core Templates plugin's folder, read once the vault is ready: its notes are templates, not questions.
	let coreTemplatesFolder: string | null = null;
	plugin.app.workspace.onLayoutReady(() => void readCoreTemplatesFolder(plugin.app).then((folder) => (coreTemplatesFolder = folder)));
	const host: { settings: MuseumSettings } = plugin;
	const isTemplate = (path: string) => isTemplateNote(path, host.settings, coreTemplatesFolder);

	plugin.registerView(RESOURCE_SIDEBAR_VIEW, (leaf) => new SidebarView(leaf, { index, t, onCreateResource, isTemplate }));
	plugin.registerHoverLinkSource(RESOURCE_SIDEBAR_VIEW, { display: t("sidebar.hover"), defaultMod: true });
	plugin.registerEditorExtension(resourceDecorations(index, t));
	plugin.addCommand({ id: "open-resource-sidebar", name: t("sidebar.command.open"), callback: () => void openSidebar(plugin) });
	plugin.addRibbonIcon("library", t("sidebar.command.open"), () => void openSidebar(plugin));
	return index;
}

/** Reveals the existing panel, or opens one in the right sidebar; views are looked up, never kept. */
export async function openSidebar(plugin: Plugin): Promise<WorkspaceLeaf | null> {
	const { workspace } = plugin.app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(RESOURCE_SIDEBAR_VIEW)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type: RESOURCE_SIDEBAR_VIEW, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
