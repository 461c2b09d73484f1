import { App } from "obsidian";
import type { FolderDestination } from "../../destinations/folder";
import type { StarterSiteOptions } from "../../destinations/starter-site";

/**
 * The site folder destination, with the starter site for a first publish.
 * Only ever called when `Platform.isDesktopApp`: its modules use Node's `fs`,
 * so they are imported here, lazily (esbuild turns `await import` into a
 * module initialised on first call), and never load on mobile.
 */
export async function openSiteFolder(folder: string, starter?: StarterSiteOptions): Promise<FolderDestination> {
	const { FolderDestination } = await import("../../destinations/folder");
	return new FolderDestination(folder, { starter });
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
