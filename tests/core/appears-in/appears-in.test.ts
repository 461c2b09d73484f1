import { applyAppearsIn, appearsInLine, planAppearsIn } from "../../../src/core/appears-in/appears-in";
import { VaultIndex } from "../../../src/core/index";
import { testYaml } from "../../helpers/yaml";

const question = (title: string, key: string, links: string[], order?: number) =>
	`---\ntags: question\neleventyNavigation:\n  key: ${key}\n  title: ${title}\n  parent: comprendre\n${order === undefined ? "" : `  order: ${order}\n`}---\n# ${title}\n\n${links.map((l, i) => `${i + 1}. ${l}\n   Résumé.`).join("\n")}\n`;

const QUESTIONS = {
	"Comprendre.md": "---\neleventyNavigation:\n  key: comprendre\n  title: Comprendre\n---\n",
	// Navigation order: "Zoo" (order 1) comes before "Archives" (order 2), whatever the alphabet says.
	"Notes/Zoo numérique.md": question("Zoo numérique ?", "zoo", ["[[Guide]]", "[[Talk]]"], 1),
	"Notes/Archives ouvertes.md": question("Archives ouvertes ?", "archives", ["[[Guide]]", "[[Rapport]]"], 2),
	// Not in the navigation: after the others, alphabetically.
	"Notes/Budget.md": "---\ntags: question\n---\n# Budget ?\n\n1. [[Guide]]\n   Résumé.\n",
	"Notes/Autre budget.md": "---\ntags: question\n---\n# Autre budget ?\n\n1. [[Guide]]\n   Résumé.\n",
	// Drafts do not count.
	"Brouillon/Brouillon.md": "---\ntags: question\n---\n# Brouillon ?\n\n1. [[Guide]]\n   Résumé.\n",
};

function plan(resources: Record<string, string>, addMissing = false) {
	const files: Record<string, string> = { ...QUESTIONS, ...resources };
	const index = VaultIndex.build(Object.entries(files), testYaml);
	return planAppearsIn(index, (path) => files[path], { addMissing, include: () => true, cites: (path) => !path.startsWith("Brouillon/") });
}

const resource = (lastLines: string) => `---\ntags: ressource\n---\n### [Guide](https://example.org)\nRésumé.\n\n${lastLines}`;
const ALL = "[[Zoo numérique]], [[Archives ouvertes]], [[Autre budget]], [[Budget]]";

describe('"Apparaît dans" rewrite: only that line changes, byte for byte (before → after)', () => {
	it.each([
		["a stale line", "Apparaît dans: [[Zoo numérique]]\n", `Apparaît dans: ${ALL}\n`],
		["no colon, kept so", "Apparaît dans [[Budget]]\n", `Apparaît dans ${ALL}\n`],
		["a question's own link text is kept", "Apparaît dans: [[Budget|Quel budget ?]], [[Disparue]]\n", `Apparaît dans: [[Zoo numérique]], [[Archives ouvertes]], [[Autre budget]], [[Budget|Quel budget ?]]\n`],
		["trailing spaces and CRLF stay", "Apparaît dans:   [[Budget]]  \r\nFin\r\n", `Apparaît dans:   ${ALL}  \r\nFin\r\n`],
		["bold label", "**Apparaît dans**: [[Budget]]", `**Apparaît dans**: ${ALL}`],
		["an empty line is filled", "Apparaît dans:\n", `Apparaît dans: ${ALL}\n`],
	])("%s", (_, before, after) => {
		const text = resource(before);
		const { changed } = plan({ "Notes/Guide.md": text });
		expect(changed).toHaveLength(1);
		expect(applyAppearsIn(text, changed[0])).toBe(resource(after));
	});

	it("a BOM, trailing spaces, tabs and CRLF on every other line are untouched", () => {
		const text = "\uFEFF## Talk  \r\n<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>\t\r\n\r\nApparaît dans: [[Budget]]\r\n\r\n";
		const { changed } = plan({ "Notes/Talk.md": text });
		expect(applyAppearsIn(text, changed[0])).toBe(text.replace("Apparaît dans: [[Budget]]", "Apparaît dans: [[Zoo numérique]]"));
	});

	it("a line already true is left alone: a second run changes nothing", () => {
		const text = resource(`Apparaît dans: ${ALL}\n`);
		expect(plan({ "Notes/Guide.md": text })).toEqual({ changed: [], unchanged: 1, uncited: [] });
		const stale = resource("Apparaît dans: [[Budget]]\n");
		const first = plan({ "Notes/Guide.md": stale });
		const once = applyAppearsIn(stale, first.changed[0])!;
		expect(plan({ "Notes/Guide.md": once }).changed).toEqual([]);
	});

	it("prose that starts with the words, and lines in code, are not the line", () => {
		expect(appearsInLine(resource("Apparaît dans le rapport de 2020.\n"))).toBeNull();
		expect(appearsInLine(resource("```\nApparaît dans: [[Budget]]\n```\n"))).toBeNull();
		expect(appearsInLine(resource("Apparaît dans: [[A]] et [[B]]\n"))?.links.map((l) => l.linkpath)).toEqual(["A", "B"]);
	});

	it("a note cited by no question keeps its line, and is reported", () => {
		const text = resource("Apparaît dans: [[Budget]]\n");
		expect(plan({ "Notes/Seule.md": text })).toEqual({ changed: [], unchanged: 1, uncited: [{ path: "Notes/Seule.md", line: 6 }] });
	});

	it('a cited note without a line gets one only with "Add missing lines", at the end after a blank line', () => {
		const text = "---\ntags: ressource\n---\n### Rapport\nRésumé.";
		expect(plan({ "Notes/Rapport.md": text }).changed).toEqual([]);
		const { changed } = plan({ "Notes/Rapport.md": text }, true);
		expect(changed).toEqual([{ path: "Notes/Rapport.md", line: 6, before: "", after: "Apparaît dans: [[Archives ouvertes]]" }]);
		const after = applyAppearsIn(text, changed[0])!;
		expect(after).toBe(text + "\n\nApparaît dans: [[Archives ouvertes]]\n");
		expect(after.split("\n")[6]).toBe(changed[0].after);
		expect(applyAppearsIn(after, changed[0])).toBeNull();
	});

	it("video notes count, cited from a video section; a note changed since the preview is not written", () => {
		const talk = "---\ntags: ressource forum\n---\n## Talk\n\nApparaît dans: \n";
		const { changed } = plan({ "Notes/Talk.md": talk });
		expect(changed[0].after).toBe("Apparaît dans: [[Zoo numérique]]");
		expect(applyAppearsIn(talk.replace("dans: ", "dans: [[X]]"), changed[0])).toBeNull();
	});
});
