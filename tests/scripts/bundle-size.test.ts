// The size gate of main.js (scripts/bundle-size.cjs, called by esbuild.config.mjs).
interface Row {
	part: string;
	bytes: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { partOf, sizeBreakdown, budgetReport } = require("../../scripts/bundle-size.cjs") as {
	partOf(input: string): string;
	sizeBreakdown(metafile: unknown, outfile: string): Row[];
	budgetReport(name: string, size: number, budget: number, breakdown: Row[]): { ok: boolean; text: string };
};

describe("the part a bundled file counts under", () => {
	test.each([
		["src/i18n/strings-publish.ts", "src/i18n"],
		["src/core/publish/plan.ts", "src/core/publish"],
		["src/main.ts", "src"],
		["node_modules/diff/libesm/diff/line.js", "diff"],
		["node_modules/@scope/pkg/dist/index.js", "@scope/pkg"],
		["../node_modules/entities/lib/decode.js", "entities"],
	])("%s → %s", (input, part) => expect(partOf(input)).toBe(part));
});

const metafile = {
	inputs: {},
	outputs: {
		"main.js": {
			bytes: 1000,
			inputs: {
				"src/i18n/strings-fr.ts": { bytesInOutput: 300 },
				"src/i18n/strings-en.ts": { bytesInOutput: 200 },
				"node_modules/diff/lib/index.js": { bytesInOutput: 420 },
				"src/core/types.ts": { bytesInOutput: 0 },
			},
		},
	},
};

test("the breakdown sums each part, largest first, and names the bytes no file accounts for", () => {
	expect(sizeBreakdown(metafile, "main.js")).toEqual([
		{ part: "src/i18n", bytes: 500 },
		{ part: "diff", bytes: 420 },
		{ part: "(banner, esbuild runtime)", bytes: 80 },
	]);
});

test("a breakdown of an output the build did not write is an error, not an empty list", () => {
	expect(() => sizeBreakdown(metafile, "other.js")).toThrow("other.js is not an output");
});

describe("the verdict", () => {
	const breakdown = sizeBreakdown(metafile, "main.js");
	test.each([
		[999, 1000, true],
		[1000, 1000, true],
		[1001, 1000, false],
	])("%d bytes against a budget of %d: passes %s", (size, budget, ok) => {
		expect(budgetReport("main.js", size, budget, breakdown).ok).toBe(ok);
	});

	test("within budget: the size and the headroom", () => {
		expect(budgetReport("main.js", 153 * 1024, 160 * 1024, breakdown).text).toBe("main.js: 153.0 KB minified, 7.0 KB under the 160.0 KB budget");
	});

	test("over budget: by how much, then every part, largest first", () => {
		expect(budgetReport("main.js", 1000, 900, breakdown).text.split("\n")).toEqual([
			"main.js: 1.0 KB minified, 0.1 KB OVER the 0.9 KB budget. Its parts, largest first:",
			"  src/i18n                      0.5 KB   50.0 %",
			"  diff                          0.4 KB   42.0 %",
			"  (banner, esbuild runtime)     0.1 KB    8.0 %",
		]);
	});
});
