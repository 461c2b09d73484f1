/**
 * The starter Eleventy site written beside the published notes, once.
 * Node only (it uses `fs`): the CLI imports it, and the plugin behind `Platform.isDesktopApp`.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { ELEVENTY_CONFIG_NAMES, starterSiteFiles, type StarterLanguage } from "./starter/index";

export { normalizePathPrefix, starterSiteFiles, ELEVENTY_CONFIG_NAMES } from "./starter/index";
export type { StarterFile, StarterLanguage } from "./starter/index";

export interface StarterSiteOptions {
	siteTitle: string;
	/** "/" for a site at the root of its domain, "/repo/" for https://user.github.io/repo/. */
	pathPrefix: string;
	language?: StarterLanguage;
}

export interface StarterSiteResult {
	/** Paths written, relative to `outDir`, "/" separated. */
	written: string[];
	/** True when `outDir` already had its own Eleventy configuration: nothing was written. */
	existingSite: boolean;
}

async function exists(file: string): Promise<boolean> {
	try {
		await fs.access(file);
		return true;
	} catch {
		return false;
	}
}

/**
 * Writes the starter site into `outDir` unless it already holds an Eleventy project.
 * Never overwrites a file: one that exists (a note named README.md, a layout the team wrote) is kept.
 */
export async function writeStarterSiteIfMissing(outDir: string, options: StarterSiteOptions): Promise<StarterSiteResult> {
	for (const name of ELEVENTY_CONFIG_NAMES) {
		if (await exists(path.join(outDir, name))) return { written: [], existingSite: true };
	}
	const written: string[] = [];
	for (const file of starterSiteFiles(options)) {
		const target = path.join(outDir, ...file.path.split("/"));
		await fs.mkdir(path.dirname(target), { recursive: true });
		try {
			await fs.writeFile(target, file.content, { encoding: "utf8", flag: "wx" });
			written.push(file.path);
		} catch (error) {
			if ((error as { code?: string }).code !== "EEXIST") throw error;
		}
	}
	return { written, existingSite: false };
}
