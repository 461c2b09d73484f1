/**
 * Text without its accents, as decomposed combining marks: `Musée` → `Musee`.
 * In a module of its own, importing nothing: the starter site (loaded lazily with the folder destination)
 * uses it, and esbuild wraps every module such a module reaches in a lazy initialiser each importer must call.
 */
export function withoutAccents(text: string): string {
	return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
