// Our inflate reads what zlib's deflate writes, whatever the text, the level and the kind of block.
import fc from "fast-check";
import { constants, deflateRawSync } from "zlib";
import { inflate } from "../../src/core/inflate";

const deflated = (bytes: Uint8Array, options: Parameters<typeof deflateRawSync>[1]) => new Uint8Array(deflateRawSync(bytes, options));

describe("inflate", () => {
	test.each([
		["stored blocks (level 0)", { level: 0 }],
		["fixed Huffman codes", { level: 9, strategy: constants.Z_FIXED }],
		["dynamic Huffman codes (level 9)", { level: 9 }],
		["run-length only", { level: 9, strategy: constants.Z_RLE }],
		["level 1", { level: 1 }],
	])("%s: the bytes come back", (_, options) => {
		const text = new TextEncoder().encode("Qu'est-ce qu'une stratégie numérique\u202f? ".repeat(500) + "🎨".repeat(70000));
		expect(inflate(deflated(text, options))).toEqual(text);
		expect(inflate(deflated(new Uint8Array(0), options))).toEqual(new Uint8Array(0));
	});

	it("any bytes, at any level", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (bytes, level, fixed) => {
				expect(inflate(deflated(bytes, { level, strategy: fixed ? constants.Z_FIXED : constants.Z_DEFAULT_STRATEGY }))).toEqual(bytes);
			}),
			{ numRuns: 300 },
		);
	});

	it("repetitive text, where the long matches and distances are", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("musée", " ", "numérique", "\n", "a", "?"), { maxLength: 20000 }), (words) => {
				const bytes = new TextEncoder().encode(words.join(""));
				expect(inflate(deflated(bytes, { level: 9 }))).toEqual(bytes);
			}),
			{ numRuns: 50 },
		);
	});

	test.each([
		["cut short", deflated(new TextEncoder().encode("x".repeat(1000) + "yz".repeat(300)), { level: 9 }).slice(0, 10)],
		["a reserved block type", new Uint8Array([0b111])],
	])("refuses data %s", (_, data) => expect(() => inflate(data)).toThrow(/^inflate: /));
});
