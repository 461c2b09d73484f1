import { App } from "obsidian";
import { Destination } from "../../destinations/destination";
import type { StarterSiteOptions, StarterSiteResult } from "../../destinations/starter-site";

export interface SiteFolder {
	destination: Destination;
	/** The starter Eleventy site, unless the folder holds an Eleventy project already. */
	writeStarter(options: StarterSiteOptions): Promise<StarterSiteResult>;
}

/**
 * The site folder destination. Only ever called when `Platform.isDesktopApp`:
 * its modules use Node's `fs`, so they are imported here, lazily (esbuild
 * turns `await import` into a module initialised on first call), and never
 * load on mobile.
 */
export async function openSiteFolder(folder: string): Promise<SiteFolder> {
	const [{ FolderDestination }, { writeStarterSiteIfMissing }] = await Promise.all([import("../../destinations/folder"), import("../../destinations/starter-site")]);
	return { destination: new FolderDestination(folder), writeStarter: (options) => writeStarterSiteIfMissing(folder, options) };
}

/** Why `folder` cannot be the site folder (a translation key), or null: absolute, and outside the vault (publishing never writes into it). */
export function siteFolderProblem(app: App, folder: string): string | null {
	if (!folder) return "publish.folder.missing";
	if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder)) return "publish.folder.relative";
	const adapter = app.vault.adapter as { getBasePath?: () => string };
	const vault = comparable(adapter.getBasePath?.() ?? "");
	const site = comparable(folder);
	if (vault && (site === vault || site.startsWith(vault + "/") || vault.startsWith(site + "/"))) return "publish.folder.in-vault";
	return null;
}

function comparable(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+$/, "").toLowerCase();
}
