/**
 * The starter Eleventy site written beside the published notes, once.
 * Node only (it uses `fs`): the CLI imports it, and the plugin behind `Platform.isDesktopApp`.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { ELEVENTY_CONFIG_NAMES, starterSiteFiles, type StarterFile, type StarterLanguage } from "./starter/index";

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

/**
 * The starter site's files that `outDir` lacks: none when it holds an Eleventy
 * project already, never a file that exists (a note named README.md, a layout
 * the team wrote), nor one of `taken` (the published files written with it win).
 */
export function missingStarterFiles(outDir: string, options: StarterSiteOptions, taken: ReadonlySet<string> = new Set()): StarterFile[] {
	const has = (file: string) => existsSync(path.join(outDir, ...file.split("/")));
	if (ELEVENTY_CONFIG_NAMES.some(has)) return [];
	return starterSiteFiles(options).filter((file) => !taken.has(file.path) && !has(file.path));
}

/** Writes the starter site into `outDir` unless it already holds an Eleventy project (outside a publish: the folder destination stages it with the notes). */
export async function writeStarterSiteIfMissing(outDir: string, options: StarterSiteOptions): Promise<StarterSiteResult> {
	if (ELEVENTY_CONFIG_NAMES.some((name) => existsSync(path.join(outDir, name)))) return { written: [], existingSite: true };
	const files = missingStarterFiles(outDir, options);
	for (const file of files) {
		const target = path.join(outDir, ...file.path.split("/"));
		await fs.mkdir(path.dirname(target), { recursive: true });
		await fs.writeFile(target, file.content, { encoding: "utf8", flag: "wx" });
	}
	return { written: files.map((file) => file.path), existingSite: false };
}
