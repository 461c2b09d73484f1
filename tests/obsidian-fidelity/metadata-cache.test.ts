import * as fs from "fs";
import * as path from "path";
import { computeMetadata } from "../obsidian/markdown-metadata";

/**
 * Ground truth: CachedMetadata captured from real Obsidian by the Tasks plugin project
 * (see tests/fixtures/obsidian-ground-truth/LICENSE-NOTE.md).
 *
 * Excluded from comparison:
 * - `v`: an internal cache-format version number some Obsidian versions add; not API.
 * - `frontmatterLinks`: compared only when the capture has it (older captures predate the field).
 */
const dir = path.join(__dirname, "..", "fixtures", "obsidian-ground-truth");
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

describe("metadata cache matches real Obsidian captures", () => {
	it("has every capture of the Tasks repository (89)", () => {
		expect(fixtures.length).toBe(89);
	});
	it.each(fixtures)("%s", (file) => {
		const fx = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
		const expected = { ...fx.cachedMetadata };
		delete expected.v;
		const actual: Record<string, unknown> = { ...computeMetadata(fx.fileContents) };
		if (!("frontmatterLinks" in expected)) delete actual.frontmatterLinks;
		expect(actual).toEqual(expected);
	});
});
