/**
 * Git's blob id of a file, SHA-1 of "blob <length>\0" + bytes, computed
 * here: unchanged files are recognised in the remote tree without uploading
 * them. Web Crypto, which Obsidian's desktop and mobile apps and Node 20 all
 * have (Obsidian mobile has no Node `crypto`).
 */
export async function gitBlobSha(bytes: Uint8Array): Promise<string> {
	const header = new TextEncoder().encode(`blob ${bytes.length}\0`);
	const data = new Uint8Array(header.length + bytes.length);
	data.set(header);
	data.set(bytes, header.length);
	const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", data));
	return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Base64 of bytes without Node's Buffer (`btoa` exists in browsers and Node). */
export function toBase64(bytes: Uint8Array): string {
	let binary = "";
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
	const binary = atob(text.replace(/\s/g, ""));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
