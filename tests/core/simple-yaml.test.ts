import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readSimpleYaml } from "../../src/core/simple-yaml";
import { generateVault } from "../../src/core/bench/generate-vault";
import { findFrontmatter } from "../../src/core/note/frontmatter";

const yaml12 = (text: string) => parse(text, { logLevel: "error" }) as unknown;

/** Whatever the fast reader answers must be exactly what the YAML parser answers. */
function expectSameAsYaml(text: string) {
	const fast = readSimpleYaml(text);
	if (fast !== undefined) expect(fast).toEqual(yaml12(text) ?? {});
	return fast;
}

describe("the fast frontmatter reader agrees with the YAML parser", () => {
	it.each([
		"title: MuseumXTD\nlayout: layouts/post.njk\ntags: question",
		"tags: ressource forum francais   ",
		"tags: [question]",
		"tags: [question, comprendre ]",
		"tags:\n  - question\n  - comprendre",
		"tags:\n- question\n- comprendre",
		"alias: [Qu'est-ce qu'un jumeau numérique?]",
		"alias:\n  - Qu'est-ce qu'un jumeau numérique ?",
		"eleventyNavigation:\n  key: jumeau\n  title: Qu'est-ce qu'un jumeau numérique?\n  parent: comprendre\n  order: 2",
		"date: 2024-03-01",
		"tags: #question",
		"tags: question # a comment",
		"publish: false\ncount: 12\nratio: 1.5\nempty:\nnothing: ~\nhex: 0x1F\noctal: 0o17\nbig: 1e3\ninf: -.inf",
		"title: 'L''été au musée'",
		'title: "Le musée"',
		"title: Musée: le guide",
		"title: a #b",
		"cssclasses: []",
		"key: value\n\nother: value",
		"aliases:\n  -\n  - x",
		"publish: yes",
		"time: 12:30",
		"version: 1.0.0",
	])("%j", (text) => {
		expectSameAsYaml(text);
	});

	it.each([
		"anchor: &a value\nref: *a",
		"text: |\n  block",
		"map: {a: 1}",
		'escaped: "a\\nb"',
		"nested:\n  deeper:\n    key: v",
		"list:\n  - [a, b]",
		"tags: [question",
		"dup: 1\ndup: 2",
		"title: 'it''s # not a comment'",
		"tab:\tvalue",
		"list: [a: b]",
		"key: ? x",
	])("hands %j to the YAML parser", (text) => {
		expect(readSimpleYaml(text)).toBeUndefined();
	});

	it("reads every frontmatter of the generated museum vault as the YAML parser does", () => {
		let fast = 0;
		for (const text of generateVault(400).values()) {
			const block = findFrontmatter(text.split("\n"));
			if (block.yaml !== null && expectSameAsYaml(block.yaml) !== undefined) fast++;
		}
		expect(fast).toBeGreaterThan(300);
	});

	it("reads the frontmatter of the demo vault and of real Obsidian captures as the YAML parser does", () => {
		const texts: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(join(dir, entry.name));
				else if (entry.name.endsWith(".md")) texts.push(readFileSync(join(dir, entry.name), "utf8"));
			}
		};
		walk(join(__dirname, "../../demo-vault"));
		const captures = join(__dirname, "../fixtures/obsidian-ground-truth");
		for (const name of readdirSync(captures).filter((n) => n.endsWith(".json"))) {
			texts.push((JSON.parse(readFileSync(join(captures, name), "utf8")) as { fileContents: string }).fileContents);
		}
		for (const text of texts) {
			const block = findFrontmatter(text.split("\n"));
			if (block.yaml !== null) expectSameAsYaml(block.yaml);
		}
	});
});
