import { parseFrontMatterAliases, parseFrontMatterTags, getAllTags, parseLinktext, parseYaml, stringifyYaml } from "../obsidian";
import { createApp } from "../obsidian/harness";

/** Link resolution rules observed in Obsidian 1.13 (no whole-vault capture with texts is available). */
const files = {
	"Note.md": "root note",
	"Folder/Note.md": "folder note",
	"Folder/Source.md": "",
	"Other/Deep/Unique.md": "",
	"Other/Unique Two.md": "",
	"A/Shared.md": "",
	"A/B/Shared.md": "",
	"Aliased.md": "---\naliases: [Nickname]\n---\n",
	"Café.md": "",
	"img/x.png": new Uint8Array([0]),
	".hidden/Secret.md": "",
	"My Note.md": "",
};

describe("getFirstLinkpathDest", () => {
	const cases: Array<[string, string, string | null]> = [
		["Note", "Folder/Source.md", "Note.md"], // exact vault path wins over same-folder note
		["note", "Other/Unique Two.md", "Note.md"], // case-insensitive
		["Note.md", "Folder/Source.md", "Note.md"], // .md optional
		["Folder/Note", "Source.md", "Folder/Note.md"], // path
		["Unique", "Note.md", "Other/Deep/Unique.md"], // by base name
		["Shared", "Folder/Source.md", "A/Shared.md"], // shortest path
		["Shared", "A/B/Shared.md", "A/B/Shared.md"], // own folder
		["Note#Heading", "Folder/Source.md", "Note.md"], // subpath stripped
		["Nickname", "Note.md", null], // aliases do not resolve
		["Cafe\u0301", "Note.md", "Café.md"], // NFC
		["x.png", "Note.md", "img/x.png"], // attachment by full name
		["x", "Note.md", null], // attachments need their extension
		["Secret", "Note.md", null], // dot-folders are invisible
		["", "Folder/Source.md", "Folder/Source.md"], // [[#Heading]] links the note itself
		["Missing", "Note.md", null],
	];
	it.each(cases)("%s from %s → %s", async (linkpath, source, expected) => {
		const app = await createApp(files);
		expect(app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null).toBe(expected);
	});

	it("fills resolvedLinks / unresolvedLinks, percent-decoding markdown links", async () => {
		const app = await createApp({ ...files, "Src.md": "[[Note]] [[Note|x]] [[#H]] [[Nickname]] [m](My%20Note.md) ![[x.png]] [ext](https://example.com)" });
		expect(app.metadataCache.resolvedLinks["Src.md"]).toEqual({ "Note.md": 2, "Src.md": 1, "My Note.md": 1, "img/x.png": 1 });
		expect(app.metadataCache.unresolvedLinks["Src.md"]).toEqual({ Nickname: 1 });
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("Folder/Note.md")!, "Src.md")).toBe("Folder/Note");
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("Other/Deep/Unique.md")!, "Src.md")).toBe("Unique");
	});
});

describe("frontmatter helpers", () => {
	it("parses YAML 1.2 and extracts aliases and tags like Obsidian", () => {
		expect(parseYaml("alias: [Qu'est-ce qu'un jumeau?]")).toEqual({ alias: ["Qu'est-ce qu'un jumeau?"] });
		expect(parseYaml("on: yes\nn: 012")).toEqual({ on: "yes", n: 12 });
		expect(stringifyYaml({ a: 1, b: ["x"] })).toBe("a: 1\nb:\n  - x\n");
		expect(parseFrontMatterAliases({ aliases: "one, two" })).toEqual(["one", "two"]);
		expect(parseFrontMatterAliases({ alias: ["A"] })).toEqual(["A"]);
		expect(parseFrontMatterTags({ tags: ["multiple1", "#multiple2"] })).toEqual(["#multiple1", "#multiple2"]);
		expect(parseFrontMatterTags({})).toBeNull();
		expect(getAllTags({ frontmatter: { tags: "a b" }, tags: [{ tag: "#task", position: {} as any }] })).toEqual(["#a", "#b", "#task"]);
		expect(parseLinktext("Note#H#Sub")).toEqual({ path: "Note", subpath: "#H#Sub" });
	});
});
