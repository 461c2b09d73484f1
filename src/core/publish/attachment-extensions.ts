/**
 * Files copied to the site: media and documents. Never code or configuration (`.js`, `.json`, `.njk`, `.html`...).
 * In a module of its own, importing nothing: the starter site (loaded lazily with the folder destination) reads
 * it, and esbuild wraps everything such a module imports in lazy initialisers that each importer must call.
 */
export const ATTACHMENT_EXTENSIONS = [
	"png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp", "ico",
	"pdf", "mp3", "m4a", "ogg", "wav", "flac", "mp4", "webm", "ogv", "mov",
	"csv", "xlsx", "docx", "pptx", "odt", "ods", "odp", "zip", "txt", "glb", "gltf",
];

/** A file's extension, lower case (`Plan.PNG` → `png`; none: the whole name). */
export function extensionOf(path: string): string {
	return (path.split(".").pop() ?? "").toLowerCase();
}
