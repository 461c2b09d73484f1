import { inflateSync } from "fflate";

/**
 * Text packed at build time (deflated, base64: scripts/pack-strings.cjs and scripts/minify-text.cjs),
 * read back. Synchronous and in plain JavaScript, so it works on every Obsidian, mobile included.
 */
export function unpackText(packed: string): string {
	return new TextDecoder().decode(inflateSync(Uint8Array.from(atob(packed), (c) => c.charCodeAt(0))));
}
