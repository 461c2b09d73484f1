import { collapseWhitespace, errorMessage, nameKey, nfc, noteName, withoutAccents } from "../../src/core/text";

describe("nfc: names compared composed, as Obsidian does", () => {
	test.each<[string, string, string]>([
		["ASCII is kept", "Question 12", "Question 12"],
		["composed French accents are kept", "Vidéo à l’œuvre", "Vidéo à l’œuvre"],
		["a decomposed accent (macOS) is composed", "Vide\u0301o", "Vidéo"],
		["a combining mark after a Latin letter is composed", "Mus\u0065\u0301e", "Musée"],
		["Latin Extended-B letters are kept", "Ǆ ǅ ȶ", "Ǆ ǅ ȶ"],
		["Hangul jamo are composed", "\u1100\u1161", "\uac00"],
	])("%s", (_name, text, expected) => {
		expect(nfc(text)).toBe(expected);
		expect(nfc(text)).toBe(text.normalize("NFC"));
	});

	test("nameKey: NFC then lower case", () => {
		expect(nameKey("VIDE\u0301O")).toBe("vidéo");
	});
});

describe("collapseWhitespace: runs of white space become one space, ends trimmed", () => {
	test.each<[string, string, string]>([
		["single spaces are kept", "Ce que la ressource apporte", "Ce que la ressource apporte"],
		["ends are trimmed", "  deux phrases. ", "deux phrases."],
		["runs of spaces become one", "deux   phrases", "deux phrases"],
		["a tab or a line break becomes a space", "deux\tphrases\nici", "deux phrases ici"],
		["a no-break space becomes a plain space", "deux\u00a0phrases", "deux phrases"],
		["only white space is empty", " \t\n ", ""],
	])("%s", (_name, text, expected) => {
		expect(collapseWhitespace(text)).toBe(expected);
	});
});

describe("noteName: a note's name from its path", () => {
	test.each<[string, string, string]>([
		["the folders and .md go", "Notes/Questions/Qui ?.md", "Qui ?"],
		["at the root", "A.md", "A"],
		[".md in any case", "Notes/B.MD", "B"],
		["another extension stays", "Notes/plan.png", "plan.png"],
		["a link path without extension", "Notes/Ressource A", "Ressource A"],
	])("%s", (_name, path, expected) => {
		expect(noteName(path)).toBe(expected);
	});
});

test("withoutAccents: decomposed marks go, case and other letters stay", () => {
	expect(withoutAccents("Musée à l’œuvre, Ÿ")).toBe("Musee a l’œuvre, Y");
});

test("errorMessage: an Error's message, or the thrown value as text", () => {
	expect(errorMessage(new TypeError("no such file"))).toBe("no such file");
	expect(errorMessage("plain")).toBe("plain");
	expect(errorMessage(42)).toBe("42");
});
