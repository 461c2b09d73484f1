/**
 * Huge and pathological notes: every rule of the parser and the publisher
 * must stay linear. A pattern that backtracks quadratically turns these
 * 200 KB lines into minutes of work, and the test never ends in time.
 */
import { parseNote } from "../../src/core/note/parse";
import { plan } from "./publish/helpers";
import { testYaml } from "../helpers/yaml";

const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

const LINES: [string, string][] = [
	["a line of [", repeat("[")],
	["[a]( without a closing parenthesis", repeat("[a](")],
	["![[ without a closing", repeat("![[")],
	["nested brackets", "[".repeat(SIZE / 4) + "]".repeat(SIZE / 4) + "(x)"],
	["backslashes in a label", "[" + "\\".repeat(SIZE) + "](x)"],
	["opening parentheses", "[a](" + repeat("(")],
	["emphasis markers", repeat("**x")],
	["underscores", repeat("_a ")],
	["backticks", repeat("`")],
	["comment markers", repeat("%%")],
	["unclosed iframes", repeat('<iframe src="https://www.youtube.com/embed/a">')],
	["unclosed tags", repeat("<a href=")],
	["callout markers", repeat("> [!note] ")],
	["block ids", repeat(" ^a")],
];

describe("pathological notes are read in linear time, and read right", () => {
	it.each(LINES)("%s, as a paragraph, a question item, a heading", (_name, line) => {
		for (const text of [line, `---\ntags: question\n---\n1. ${line}`, `---\ntags: ressource\n---\n### ${line}\n${line}`]) {
			const record = parseNote("Notes/Énorme.md", text, testYaml);
			expect(record.path).toBe("Notes/Énorme.md");
		}
	});

	it("a 20,000-item question keeps every item", () => {
		const items = Array.from({ length: 20_000 }, (_, i) => `${i + 1}. [[Note ${i}]]\n   Résumé ${i}.`).join("\n");
		const record = parseNote("Notes/Q.md", `---\ntags: question\n---\n# Q ?\n${items}\n`, testYaml);
		expect(record.resources).toHaveLength(20_000);
		expect(record.resources[19_999]).toMatchObject({ number: 20_000, summary: "Résumé 19999." });
	});

	it.each(LINES)("%s, published", (_name, line) => {
		const published = plan({ "Notes/Énorme.md": `---\ntags: ressource\n---\n${line}\n` });
		expect(published.writes.map((w) => w.path)).toContain("Notes/Énorme.md");
	});
});
