/**
 * "/musee" and "musee/" → "/musee/"; "" → "/". On its own so that the settings tab, loaded with the plugin,
 * does not load the starter site's texts, which load with the site folder (the starter site, the packed texts
 * and their inflater stay out of the plugin's start-up).
 */
export function normalizePathPrefix(prefix: string): string {
	const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? "/" : `/${trimmed}/`;
}
