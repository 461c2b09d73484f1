import { inflate } from "./inflate";

/** Every printable ASCII character but `"` and `\`: the alphabet of `packText` (scripts/minify-text.cjs). */
const BASE93 = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
	.filter((char) => char !== '"' && char !== "\\")
	.join("");

/**
 * Text packed at build time (deflated, in base 93: `packText` in scripts/minify-text.cjs), read back.
 * Synchronous and in plain JavaScript, so it works on every Obsidian, mobile included.
 */
export function unpackText(packed: string): string {
	return new TextDecoder().decode(inflate(fromBase93(packed)));
}

/**
 * The bytes of a base 93 text (`toBase93` in scripts/minify-text.cjs): each pair of characters holds
 * 13 bits, or 14 when the 13 low ones are under 457 (after basE91).
 */
export function fromBase93(packed: string): Uint8Array {
	const bytes: number[] = [];
	let value = -1;
	let buffer = 0;
	let held = 0;
	for (const char of packed) {
		const digit = BASE93.indexOf(char);
		if (digit < 0) throw new Error("packed text: not base 93");
		if (value < 0) {
			value = digit;
			continue;
		}
		value += digit * 93;
		buffer |= value << held;
		held += (value & 8191) < 457 ? 14 : 13;
		for (; held > 7; held -= 8, buffer >>= 8) bytes.push(buffer & 255);
		value = -1;
	}
	if (value >= 0) bytes.push((buffer | (value << held)) & 255);
	return Uint8Array.from(bytes);
}
