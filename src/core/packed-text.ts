import { inflateSync } from "fflate";

const Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

/**
 * Text packed at build time (deflated, in Z85: `packText` in scripts/minify-text.cjs), read back.
 * Synchronous and in plain JavaScript, so it works on every Obsidian, mobile included.
 */
export function unpackText(packed: string): string {
	if (packed.length % 5 !== 0) throw new Error("packed text: not Z85");
	const bytes = new Uint8Array((packed.length / 5) * 4);
	for (let i = 0; i < packed.length; i += 5) {
		let value = 0;
		for (let j = 0; j < 5; j++) {
			const digit = Z85.indexOf(packed[i + j]);
			if (digit < 0) throw new Error("packed text: not Z85");
			value = value * 85 + digit;
		}
		for (let k = 3; k >= 0; k--, value = Math.floor(value / 256)) bytes[(i / 5) * 4 + k] = value % 256;
	}
	return new TextDecoder().decode(inflateSync(bytes));
}
