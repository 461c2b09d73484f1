// Packed text (deflate, then base 93) reads back as it was written, whatever it holds.
import fc from "fast-check";
import { fromBase93, unpackText } from "../../src/core/packed-text";
import { unpackTextWithNode } from "../helpers/packed";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packText, toBase93 } = require("../../scripts/minify-text.cjs") as {
	packText(text: string, options?: { smallest?: boolean }): string;
	toBase93(bytes: Uint8Array): string;
};

describe("packed text", () => {
	test.each([
		["empty", ""],
		["one byte", "a"],
		["French with narrow no-break spaces", "Qu'est-ce qu'une stratégie numérique\u202f? « Musée »"],
		["emoji and astral characters", "🎨 𝄞 \u{1F3DB}"],
		["quotes, backslashes, newlines", '"\\\n\r\t`${x}`'],
	])("%s comes back byte for byte", (_, text) => {
		const packed = packText(text);
		// Printable ASCII without a quote or a backslash: it stands in a JavaScript string as it is.
		expect(packed).toMatch(/^[ !#-[\]-~]*$/);
		expect(unpackText(packed)).toBe(text);
	});

	it("any text comes back, the same through the plugin's reading and Node's", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (text) => {
				const packed = packText(text);
				expect(unpackText(packed)).toBe(text);
				expect(unpackTextWithNode(packed)).toBe(text);
			}),
			{ numRuns: 200 },
		);
	});

	it("zopfli's deflate, which main.js ships, reads back too", () => {
		const text = "Qu'est-ce qu'une stratégie numérique\u202f? « Musée » ".repeat(40) + "🎨 𝄞";
		const packed = packText(text, { smallest: true });
		expect(packed.length).toBeLessThan(packText(text).length);
		expect(unpackText(packed)).toBe(text);
		expect(unpackTextWithNode(packed)).toBe(text);
	});

	it("base 93: any bytes come back, in about 1.23 characters a byte", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				const text = toBase93(bytes);
				expect(text).toMatch(/^[ !#-[\]-~]*$/);
				expect(fromBase93(text)).toEqual(bytes);
				expect(text.length).toBeLessThanOrEqual(Math.ceil(bytes.length * 1.231) + 1);
			}),
			{ numRuns: 500 },
		);
	});

	test.each([
		["a quote", 'ab"cd'],
		["a backslash", "ab\\cd"],
		["a character outside ASCII", "abcdé"],
		["a control character", "ab\ncd"],
	])("refuses a packed text with %s", (_, packed) => expect(() => unpackText(packed)).toThrow("not base 93"));
});
