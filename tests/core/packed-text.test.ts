// Packed text (deflate, then Z85) reads back as it was written, whatever it holds.
import fc from "fast-check";
import { unpackText } from "../../src/core/packed-text";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packText, unpackTextWithNode } = require("../../scripts/minify-text.cjs") as { packText(text: string): string; unpackTextWithNode(packed: string): string };

describe("packed text", () => {
	test.each([
		["empty", ""],
		["one byte", "a"],
		["French with narrow no-break spaces", "Qu'est-ce qu'une stratégie numérique\u202f? « Musée »"],
		["emoji and astral characters", "🎨 𝄞 \u{1F3DB}"],
		["quotes, backslashes, newlines", '"\\\n\r\t`${x}`'],
	])("%s comes back byte for byte", (_, text) => {
		const packed = packText(text);
		expect(packed).toMatch(/^[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]*$/);
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

	test.each([
		["a length that is not a multiple of 5", "abcd"],
		["a character outside Z85", "ab\"cd"],
	])("refuses %s", (_, packed) => expect(() => unpackText(packed)).toThrow("not Z85"));
});
