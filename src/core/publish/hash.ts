import { MuseumSettings } from "../settings";

/**
 * FNV-1a 64 over UTF-8 bytes, in pure JavaScript: the core runs inside
 * Obsidian on mobile too, where Node's `crypto` does not exist. Content
 * hashes only detect change (not an adversary), so FNV is enough and fast.
 * The 64-bit state is kept in four 16-bit limbs so every product stays
 * exact in a double, without BigInt (slow) in the loop.
 */
export function contentHash(content: string | Uint8Array): string {
	const bytes = typeof content === "string" ? utf8.encode(content) : content;
	let h0 = 0x2325;
	let h1 = 0x8422;
	let h2 = 0x9ce4;
	let h3 = 0xcbf2;
	for (let i = 0; i < bytes.length; i++) {
		// h ^= byte; h *= 0x100000001b3, that is h * 0x1b3 + (h << 40), modulo 2^64.
		const x0 = h0 ^ bytes[i];
		const t0 = x0 * 0x1b3;
		const t1 = h1 * 0x1b3 + (t0 >>> 16);
		const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((x0 << 8) & 0xffffff);
		const t3 = h3 * 0x1b3 + (t2 >>> 16) + ((h1 << 8) & 0xffffff);
		h0 = t0 & 0xffff;
		h1 = t1 & 0xffff;
		h2 = t2 & 0xffff;
		h3 = t3 & 0xffff;
	}
	return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

// TextEncoder exists in Node and in every Obsidian runtime (desktop and mobile webviews).
const utf8 = new TextEncoder();

function hex4(limb: number): string {
	return limb.toString(16).padStart(4, "0");
}

/** Only the settings that change what the compiler writes. */
export function publishSettingsHash(settings: MuseumSettings): string {
	const relevant = [settings.privateKeys, settings.slugUrls, settings.inlineEmbeds, settings.peertubeHosts, settings.pathPrefix];
	return contentHash(JSON.stringify(relevant));
}
