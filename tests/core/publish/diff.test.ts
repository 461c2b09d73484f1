import { changedNoteDiff, changedNoteHunks, editScript } from "../../../src/core/publish/diff";

// The dialog's "Show changes": the page on the site (before) against the compiled note (after).
describe("a changed page, hunk by hunk", () => {
	test.each([
		["the same text", "a\nb\n", "a\nb\n", []],
		["one line changed", "a\nb\nc\n", "a\nB\nc\n", [{ oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, lines: [" a", "-b", "+B", " c"] }]],
		["a line added at the end", "a\n", "a\nb\n", [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 2, lines: [" a", "+b"] }]],
		["a block rewritten: the removals, then the additions", "a\nb\n", "c\nd\n", [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: ["-a", "-b", "+c", "+d"] }]],
		["a new page", "", "a\nb\n", [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 2, lines: ["+a", "+b"] }]],
		["a page emptied", "a\n", "", [{ oldStart: 1, oldLines: 1, newStart: 0, newLines: 0, lines: ["-a"] }]],
		[
			"only the newline at the end added",
			"a\nb",
			"a\nb\n",
			[{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [" a", "-b", "\\ No newline at end of file", "+b"] }],
		],
	])("%s", (_, before, after, hunks) => expect(changedNoteHunks(before, after)).toEqual(hunks));

	const page = (changed: Record<number, string>) =>
		Array.from({ length: 20 }, (_, i) => changed[i + 1] ?? `line ${i + 1}`).join("\n") + "\n";

	test("three lines of context around a change, from the right line numbers", () => {
		expect(changedNoteHunks(page({}), page({ 10: "ten" }))).toEqual([
			{ oldStart: 7, oldLines: 7, newStart: 7, newLines: 7, lines: [" line 7", " line 8", " line 9", "-line 10", "+ten", " line 11", " line 12", " line 13"] },
		]);
	});

	test("changes six kept lines apart share one hunk; seven apart, two hunks", () => {
		expect(changedNoteHunks(page({}), page({ 3: "three", 10: "ten" }))).toHaveLength(1);
		const two = changedNoteHunks(page({}), page({ 3: "three", 11: "eleven" }));
		expect(two.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines])).toEqual([
			[1, 6, 1, 6],
			[8, 7, 8, 7],
		]);
	});

	test("no context when asked for none", () => {
		expect(changedNoteHunks(page({}), page({ 5: "five" }), 0)).toEqual([{ oldStart: 5, oldLines: 1, newStart: 5, newLines: 1, lines: ["-line 5", "+five"] }]);
	});
});

test("the unified text, as diff -u writes it", () => {
	expect(changedNoteDiff("Notes/A.md", "titre\nancien\n", "titre\nnouveau\n")).toBe(
		["--- Notes/A.md\tsite", "+++ Notes/A.md\tpublish", "@@ -1,2 +1,2 @@", " titre", "-ancien", "+nouveau", ""].join("\n"),
	);
	expect(changedNoteDiff("Notes/A.md", "", "x\n")).toContain("@@ -0,0 +1 @@\n+x\n");
});

describe("the edit script, on random line lists", () => {
	// A small deterministic generator: the same cases at every run.
	let seed = 13;
	const random = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed % n;
	};
	const lines = () => Array.from({ length: random(12) }, () => "abcd"[random(4)]);
	const lcs = (a: string[], b: string[]) => {
		const row = new Array<number>(b.length + 1).fill(0);
		for (const x of a) {
			let diagonal = 0;
			for (let j = 1; j <= b.length; j++) {
				const above = row[j];
				row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
				diagonal = above;
			}
		}
		return row[b.length];
	};

	test("takes `before` to `after` with the fewest changes (500 pairs)", () => {
		for (let i = 0; i < 500; i++) {
			const a = lines();
			const b = lines();
			const script = editScript(a, b);
			expect(script.filter((l) => l[0] !== "+").map((l) => l.slice(1))).toEqual(a);
			expect(script.filter((l) => l[0] !== "-").map((l) => l.slice(1))).toEqual(b);
			expect(script.filter((l) => l[0] === " ")).toHaveLength(lcs(a, b));
		}
	});
});
