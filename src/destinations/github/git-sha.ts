/**
 * Git's blob id of a file, SHA-1 of "blob <length>\0" + bytes, computed
 * here: unchanged files are recognised in the remote tree without uploading
 * them. Plain JavaScript, synchronous: Obsidian mobile has no Node `crypto`.
 */
export function gitBlobSha(bytes: Uint8Array): string {
	const header = new TextEncoder().encode(`blob ${bytes.length}\0`);
	const data = new Uint8Array(header.length + bytes.length);
	data.set(header);
	data.set(bytes, header.length);
	return sha1(data);
}

export function sha1(data: Uint8Array): string {
	const length = data.length;
	const words = new Uint32Array((((length + 8) >> 6) + 1) * 16);
	for (let i = 0; i < length; i++) words[i >> 2] |= data[i] << (24 - (i % 4) * 8);
	words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
	words[words.length - 1] = length * 8;
	words[words.length - 2] = Math.floor(length / 0x20000000);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Uint32Array(80);
	for (let block = 0; block < words.length; block += 16) {
		for (let t = 0; t < 80; t++) w[t] = t < 16 ? words[block + t] : rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
		let [a, b, c, d, e] = h;
		for (let t = 0; t < 80; t++) {
			const f = t < 20 ? (b & c) | (~b & d) : t < 40 || t >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
			const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
			const next = (rotl(a, 5) + f + e + k + w[t]) >>> 0;
			e = d;
			d = c;
			c = rotl(b, 30);
			b = a;
			a = next;
		}
		h[0] = (h[0] + a) >>> 0;
		h[1] = (h[1] + b) >>> 0;
		h[2] = (h[2] + c) >>> 0;
		h[3] = (h[3] + d) >>> 0;
		h[4] = (h[4] + e) >>> 0;
	}
	return h.map((x) => x.toString(16).padStart(8, "0")).join("");
}

function rotl(x: number, n: number): number {
	return ((x << n) | (x >>> (32 - n))) >>> 0;
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
