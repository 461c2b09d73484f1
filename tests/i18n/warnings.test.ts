import { parseNote } from "../../src/core/note/parse";
import { countText, translator } from "../../src/i18n/translate";
import { SIDEBAR_STRINGS } from "../../src/i18n/strings-sidebar";
import { WARNING_STRINGS, warningText } from "../../src/i18n/strings-warnings";
import { testYaml } from "../helpers/yaml";

const NOTE = "---\ntags: #question\nalias: [unclosed\n---\n";

describe("problems in the interface's language", () => {
	it("every problem of a note reads in French, and in English exactly as the core says it", () => {
		const record = parseNote("Notes/Q.md", "---\ntags: question\n---\n# Q ?\n2. [[A]]\n4. [[B]]\n   Résumé.\n", testYaml);
		const fr = translator("fr", WARNING_STRINGS);
		const en = translator("en", WARNING_STRINGS);
		expect(record.warnings.map((w) => warningText(fr, w))).toEqual([
			"La ressource 1 porte le numéro 2 : la liste garde l'ordre écrit.",
			"La ressource 2 n'a pas de résumé en dessous.",
			"Pas d'eleventyNavigation : la question n'apparaît pas dans la navigation du site.",
		]);
		expect(record.warnings.map((w) => warningText(en, w))).toEqual(record.warnings.map((w) => w.message));
	});

	it("falls back to the core's message for a code it does not know or a missing param", () => {
		const fr = translator("fr", WARNING_STRINGS);
		expect(warningText(fr, { code: "brand-new", message: "As the core says." })).toBe("As the core says.");
		expect(warningText(fr, { code: "missing-summary", message: "Resource 3 has no summary under it." })).toBe("Resource 3 has no summary under it.");
		expect(parseNote("N.md", NOTE, testYaml).warnings.map((w) => warningText(fr, w))[0]).toMatch(/^Les propriétés ne sont pas du YAML valide : /);
	});

	it("counts agree with their noun: French 0 and 1 are singular, English only 1", () => {
		const fr = translator("fr", SIDEBAR_STRINGS);
		const en = translator("en", SIDEBAR_STRINGS);
		expect([0, 1, 2].map((n) => countText(fr, "sidebar.count.resources", n))).toEqual(["0 ressource", "1 ressource", "2 ressources"]);
		expect([0, 1, 2].map((n) => countText(en, "sidebar.count.videos", n))).toEqual(["0 videos", "1 video", "2 videos"]);
	});
});
