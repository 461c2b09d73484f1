/**
 * The layouts a site folder has, as notes name them (paths under `_includes`).
 * Node only (it uses `fs`). A folder without an Eleventy project gets the starter site: its layouts.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { STARTER_LAYOUTS } from "../core/publish/publish-frontmatter";
import { ELEVENTY_CONFIG_NAMES } from "./starter/index";

export async function siteLayouts(siteDir: string): Promise<string[]> {
	const configs = await Promise.all(ELEVENTY_CONFIG_NAMES.map((name) => fs.access(path.join(siteDir, name)).then(() => true, () => false)));
	if (!configs.some(Boolean)) return [...STARTER_LAYOUTS];
	const found: string[] = [];
	const walk = async (folder: string): Promise<void> => {
		const entries = await fs.readdir(path.join(siteDir, "_includes", folder), { withFileTypes: true }).catch(() => []);
		for (const entry of entries) {
			const relative = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) await walk(relative);
			else found.push(relative);
		}
	};
	await walk("");
	return found.sort();
}
