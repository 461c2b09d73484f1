/**
 * Properties that hold for any input, checked with fast-check on generated
 * text: any text parses to a record; any question gives a file name every
 * system accepts; any compiled vault has no broken internal link.
 */
import fc from "fast-check";
import { parseNote } from "../../src/core/note/parse";
import { fileNameForQuestion } from "../../src/core/template/file-name";
import { testYaml } from "../helpers/yaml";
import { plan } from "./publish/helpers";

/** Text with what notes really hold: Markdown and YAML marks, accents, emoji (with joiners and skin tones), controls. */
const MARKS = ["---", "\n", "\r\n", "\t", " ", ":", "- ", "[[", "]]", "|", "#", "^", "!", "[", "](", ")", "<", ">", '"', "'", "{", "}", "%%", "```", "> [!note]", "1. ", "tags:", "é", "e\u0301", "’", "«", "»", "😀", "👩🏽‍🔬", "🇫🇷", "\u0000", "\u001f", "\ufeff", "CON", "nul", "."];
const noteText = fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("any text parses to a record", () => {
	test("never an exception, always the note's own path", () => {
		fc.assert(
			fc.property(noteText, (text) => {
				const record = parseNote("Notes/Note.md", text, testYaml);
				expect(record.path).toBe("Notes/Note.md");
				expect(Array.isArray(record.warnings)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const graphemes = (text: string) => [...new Intl.Segmenter("fr", { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

describe("any question gives a file name valid on Windows, macOS and Linux", () => {
	test("no forbidden or control character, no leading dot, no trailing dot or space, not reserved (before the first dot either), at most 255 bytes with .md, no character split", () => {
		fc.assert(
			fc.property(fc.oneof(noteText, fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("CON.txt", "con", "Nul .md", "LPT1.dossier", "aux.", "😀".repeat(120), "👩🏽‍🔬 ".repeat(60), "é".repeat(200)), fc.string({ unit: "binary", maxLength: 200 })), (question) => {
				const name = fileNameForQuestion(question);
				if (name === "") return;
				expect(name).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001f\u007f]/);
				expect(name).not.toMatch(/^[.\s]|[.\s]$/);
				expect(RESERVED.test(name.split(".")[0].trim())).toBe(false);
				expect(Buffer.byteLength(`${name}.md`)).toBeLessThanOrEqual(255);
				// No lone surrogate: a character never cut in half.
				expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
				const whole = new Set([...graphemes(question.normalize("NFC")), ...graphemes(" (question)")]);
				for (const g of graphemes(name)) if (g.trim()) expect(whole).toContain(g);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("any compiled vault has no broken internal link", () => {
	const NAMES = ["Accueil", "Notes/Question", "Notes/Ressource", "Notes/Été", "Brouillon/Question", "Autre/Ressource", "Notes/Privée"];
	const linkTo = fc.tuple(fc.constantFrom(...NAMES, "Absente", "Notes/plan.png"), fc.constantFrom("", "#Titre", "#Absent", "#^bloc", "|libellé"), fc.boolean()).map(([name, sub, embed]) => `${embed ? "!" : ""}[[${name.replace(/^.*\//, "")}${sub}]]`);
	const body = fc.array(fc.oneof(linkTo, noteText, fc.constant("# Titre"), fc.constant("Un paragraphe ^bloc")), { maxLength: 12 }).map((lines) => lines.join("\n"));
	const vault = fc.record(Object.fromEntries(NAMES.map((name) => [name, body]))).map((bodies) => {
		const files: Record<string, string | Uint8Array> = { "Notes/plan.png": new Uint8Array([1, 2, 3]) };
		for (const [name, text] of Object.entries(bodies)) files[`${name}.md`] = name.endsWith("Privée") ? `---\npublish: false\n---\n${text}` : text;
		return files;
	});

	test("every link the site gets goes to a page or a file of the site", () => {
		fc.assert(
			fc.property(vault, (files) => {
				const p = plan(files);
				const pages = new Map(p.manifest.notes.map((n) => [encodeURI(n.url), n.path]));
				const assets = new Set(p.manifest.attachments.map((a) => `/${a.path.split("/").map(encodeURIComponent).join("/")}`));
				for (const [path, text] of p.compiled) {
					for (const href of [...text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2])) {
						const [target] = href.split("#");
						if (target === "") continue;
						expect([path, href, pages.has(target) || assets.has(target)]).toEqual([path, href, true]);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});
});
