import { extensionOf } from "./attachment-extensions";
import { escapeHtml } from "./escape-html";

export type MediaKind = "image" | "audio" | "video" | "other";

/** Each kind's extensions, space-separated (a table of words is shorter in main.js than a map). */
const KINDS = { image: "png jpg jpeg gif svg webp avif bmp", audio: "mp3 wav m4a ogg flac", video: "mp4 webm ogv mov" };

export function mediaKind(path: string): MediaKind {
	const extension = extensionOf(path);
	return (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((kind) => KINDS[kind].split(" ").includes(extension)) ?? "other";
}

/** `|300` or `|300x200` (Obsidian's image size), possibly after an alt text: `alt|300`. */
export function splitSize(display: string | null): { alt: string | null; width: string | null; height: string | null } {
	if (!display) return { alt: null, width: null, height: null };
	const parts = display.split("|");
	const size = /^\s*(\d+)(?:x(\d+))?\s*$/.exec(parts[parts.length - 1]);
	if (!size) return { alt: display, width: null, height: null };
	const alt = parts.slice(0, -1).join("|").trim() || null;
	return { alt, width: size[1], height: size[2] ?? null };
}

/**
 * An embedded file on the site. Images stay Markdown images unless sized (the
 * size needs HTML); audio and video get players; anything else (PDF...) a link.
 * URLs are root-absolute: the site's base plugin adds the path prefix.
 */
export function embedFile(url: string, path: string, display: string | null): string {
	const name = path.split("/").pop() ?? path;
	const { alt, width, height } = splitSize(display);
	const text = alt ?? name.replace(/\.[^.]+$/, "");
	switch (mediaKind(path)) {
		case "image":
			if (!width) return `![${escapeLabel(text)}](${url})`;
			return `<img src="${url}" alt="${escapeHtml(text)}" width="${width}"${height ? ` height="${height}"` : ""}>`;
		case "audio":
			return `<audio controls src="${url}"></audio>`;
		case "video":
			return `<video controls src="${url}"${width ? ` width="${width}"` : ""}></video>`;
		default:
			return `[${escapeLabel(alt ?? name)}](${url})`;
	}
}

/** A Markdown link's (or image's) text, its brackets escaped so that it cannot end the link. */
export function escapeLabel(label: string): string {
	return label.replace(/[[\]]/g, "\\$&");
}
