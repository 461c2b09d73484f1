/**
 * The starter site's texts are packed at build time (scripts/minify-text.cjs, packFolder) and unpacked on
 * first use (src/destinations/starter/text.ts): every file of files/ comes back as its minified text, byte
 * for byte, and nothing is inflated before a starter site is written.
 */
import * as fs from "fs";
import * as path from "path";
import * as inflater from "../../../src/core/inflate";
import PACKED from "../../../src/destinations/starter/files.pack";
import { starterText } from "../../../src/destinations/starter/text";
import { starterLabels } from "../../../src/destinations/starter/labels";
import { unpackTextWithNode } from "../../helpers/packed";

jest.mock("../../../src/core/inflate", () => {
	const actual = jest.requireActual<typeof import("../../../src/core/inflate")>("../../../src/core/inflate");
	return { inflate: jest.fn(actual.inflate) };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { minifyText } = require("../../../scripts/minify-text.cjs") as { minifyText(text: string, fileName: string): string };

const FILES = path.join(__dirname, "../../../src/destinations/starter/files");
const names = fs.readdirSync(FILES).sort();
const source = (name: string) => fs.readFileSync(path.join(FILES, name), "utf8");
/** Each `__NAME__` placeholder of a text filled with itself: the text comes back as it is. */
const itself = (text: string) => Object.fromEntries([...text.matchAll(/__([A-Z]+(?:_[A-Z]+)*)__/g)].map(([placeholder, key]) => [key, placeholder]));

test("nothing is inflated until a starter text is read, then once", () => {
	expect(inflater.inflate).not.toHaveBeenCalled();
	starterText("site.css");
	starterText("base.njk");
	expect(inflater.inflate).toHaveBeenCalledTimes(1);
});

test("the pack holds every file of files/, no other, each its minified text (checked with Node's own inflate)", () => {
	const packed = JSON.parse(unpackTextWithNode(PACKED)) as Record<string, string>;
	expect(Object.keys(packed).sort()).toEqual(names);
	for (const name of names) expect([name, packed[name]]).toEqual([name, minifyText(source(name), name)]);
});

test.each(names)("starterText(%p) is the file's minified text, byte for byte", (name) => {
	const text = minifyText(source(name), name);
	expect(starterText(name, itself(text))).toBe(text);
});

describe("placeholders", () => {
	test("are filled from the values, once: a value that looks like a placeholder stays as it is", () => {
		const readme = starterText("README.en.md", { TITLE: "A __PREFIX__ $& title", PREFIX: "/musee/" });
		expect(readme).toMatch(/^# A __PREFIX__ \$& title: the site\n/);
		expect(readme).toContain("http://localhost:8080/musee/");
	});
	test("one without a value is an error, not a site with __TITLE__ in it", () => {
		expect(() => starterText("README.fr.md", { TITLE: "x" })).toThrow("README.fr.md needs a value for __PREFIX__");
	});
	test("a file that is not in files/ is an error", () => {
		expect(() => starterText("missing.njk")).toThrow("no file missing.njk");
	});
});

test("labels.json: both languages name the same labels, and every label a file reads exists", () => {
	const fr = starterLabels("fr");
	const en = starterLabels("en");
	expect(Object.keys(en)).toEqual(Object.keys(fr));
	const used = new Set(names.flatMap((name) => [...source(name).matchAll(/\blabels\.(\w+)/g)].map((match) => match[1])));
	expect(used.size).toBeGreaterThan(10);
	for (const label of used) expect([label, shapeOf(fr[label]), shapeOf(en[label])]).toEqual([label, shapeOf(fr[label]), shapeOf(fr[label])]);
	for (const label of used) expect(["words", "counts", "kinds"]).toContain(shapeOf(fr[label]));
	// Counts say "{n}" in both forms; kinds name the same kinds in both languages.
	for (const [name, value] of Object.entries(fr)) {
		if (shapeOf(value) === "counts") expect([name, ...(value as string[]), ...(en[name] as string[])].filter((form) => !form.includes("{n}"))).toEqual([name]);
		if (shapeOf(value) === "kinds") expect(Object.keys(en[name] as object)).toEqual(Object.keys(value as object));
	}
});

/** A label is words, a count ([singular, plural]) or a table of words by kind. */
function shapeOf(value: unknown): string {
	if (typeof value === "string") return "words";
	if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return "counts";
	if (value && typeof value === "object" && Object.values(value).every((v) => typeof v === "string")) return "kinds";
	return typeof value;
}
