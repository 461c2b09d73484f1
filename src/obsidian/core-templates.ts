import { App, normalizePath } from "obsidian";
import { templatesFolderFromConfig } from "../core/publish/exclusions";

/** The folder of Obsidian's core Templates plugin (`<configDir>/templates.json`), or null when it has none. */
export async function readCoreTemplatesFolder(app: App): Promise<string | null> {
	const { vault } = app;
	try {
		return templatesFolderFromConfig(await vault.adapter.read(normalizePath(`${vault.configDir}/templates.json`)));
	} catch {
		// No core Templates configuration.
		return null;
	}
}
