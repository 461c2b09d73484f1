import { frontmatterLinesOf } from "../../../src/core/index/frontmatter-lines";

describe("frontmatterLinesOf: the lines check points at, read from the frontmatter only", () => {
	test.each<[string, string, ReturnType<typeof frontmatterLinesOf>]>([
		["tags and the navigation's key and parent", "---\ntags: question\neleventyNavigation:\n  key: q\n  parent: p\n---\n# Q\n", { tags: 1, key: 3, parent: 4 }],
		["a `----` or `--- x` line does not close it", "---\na: 1\n----\n--- x\ntags: q\neleventyNavigation:\n  key: k\n---\n", { tags: 4, key: 6, parent: null }],
		["a closing fence with trailing spaces, CRLF line ends", "---\r\ntitle: t\r\ntags: q\r\n---  \r\nbody\r\n", { tags: 2, key: null, parent: null }],
		["properties after the closing fence are body text", "---\ntitle: t\n---\ntags: q\neleventyNavigation:\n  key: k\n", { tags: null, key: null, parent: null }],
		["an unclosed frontmatter has no properties", "---\ntags: q\n", { tags: null, key: null, parent: null }],
		["a `key:` outside eleventyNavigation is not its key", "---\nother:\n  key: k\n---\n", { tags: null, key: null, parent: null }],
		["no frontmatter", "tags: q\n", { tags: null, key: null, parent: null }],
	])("%s", (_name, text, expected) => {
		expect(frontmatterLinesOf(text)).toEqual(expected);
	});
});
