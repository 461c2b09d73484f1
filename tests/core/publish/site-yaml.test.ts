import { parse } from "yaml";
import { siteYaml } from "../../../src/core/publish/site-yaml";

// Eleventy reads frontmatter with gray-matter's js-yaml (installed with Eleventy); Obsidian with a YAML 1.2 parser: both must read back the data.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { load } = require("js-yaml") as { load(text: string): unknown };
const samples: Record<string, unknown>[] = [
	{ title: "MuseumXTD", layout: "layouts/post.njk", tags: ["question", "comprendre"], alias: ["Qu'est-ce qu'un jumeau numérique ?"] },
	{ eleventyNavigation: { key: "jumeau", title: "Musée : le guide « pratique »", parent: "comprendre", order: 2 } },
	{ yes: "yes", no: "no", n: "12", t: "true", nul: "null", empty: "", spaced: " a ", multi: "a\nb", hash: "a #b", colon: "a: b", dash: "- x", quote: '"q"', back: "a\\b" },
	{ museum: { kind: "question", resources: [{ number: 1, title: "Le château", url: "/Notes/Le%20ch%C3%A2teau/", summary: null, kind: "note" }, { number: 4, title: "Guide", url: null, summary: "Un guide: en ligne.", kind: "external" }], videos: [] } },
	{ permalink: "/Notes/été/", layout: false, eleventyExcludeFromCollections: true, count: 3, ratio: 1.5, nested: [["a", "b"], []], emptyMap: {} },
	{ "key with space": 1, unicode: "博物馆 Музей متحف", apostrophe: "l’été" },
];

describe("site frontmatter writer", () => {
	it.each(samples.map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s reads back the same in YAML 1.2 and in js-yaml", (_name, data) => {
		const text = siteYaml(data as Record<string, unknown>);
		expect(parse(text)).toEqual(data);
		expect(load(text)).toEqual(data);
	});

	it("dates stay plain, as written in the notes", () => {
		expect(siteYaml({ date: "2024-03-01" })).toBe("date: 2024-03-01");
	});
});
