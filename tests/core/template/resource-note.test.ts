import { parseNote } from "../../../src/core/note/parse";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { planNewResource, NewResourceContext } from "../../../src/core/template/resource-note";
import { testYaml } from "../../helpers/yaml";

const context = (overrides: Partial<NewResourceContext> = {}): NewResourceContext => ({
	settings: { ...DEFAULT_SETTINGS, resourcesFolder: "Ressources" },
	notePaths: ["Ressources/Existe.md"],
	template: null,
	yaml: testYaml,
	today: "2026-11-26",
	...overrides,
});
const input = { linkpath: "Le jumeau numérique du château", sourcePath: "Notes/Qu'est-ce qu'un jumeau.md", question: "Qu'est-ce qu'un jumeau ?" };

describe("planning a resource note for an unresolved link", () => {
	it("writes a museum resource card in the resources folder that the note model reads back", () => {
		const plan = planNewResource(input, context());
		if (plan.status !== "create") throw new Error(plan.status);
		expect(plan.path).toBe("Ressources/Le jumeau numérique du château.md");
		const record = parseNote(plan.path, plan.content, testYaml);
		expect(record).toMatchObject({ kind: "resource", heading: "Le jumeau numérique du château", keyPoints: [] });
		expect(record.links.map((l) => l.linkpath)).toContain("Qu'est-ce qu'un jumeau");
		expect(plan.content.split("\n")[plan.cursor.line]).toBe("Résumé de la ressource en quelques phrases.");
	});

	it("a link naming a folder creates the note there, so the link resolves to it", () => {
		expect(planNewResource({ ...input, linkpath: "Fiches/Outil" }, context())).toMatchObject({ status: "create", path: "Fiches/Outil.md" });
	});

	it("never overwrites, and refuses names a file cannot hold", () => {
		expect(planNewResource({ ...input, linkpath: "existe" }, context())).toEqual({ status: "exists", path: "Ressources/Existe.md" });
		expect(planNewResource({ ...input, linkpath: "Quoi ?" }, context())).toMatchObject({ status: "invalid", code: "forbidden-characters" });
	});

	it("uses the resource template note, keeping the ressource tag", () => {
		const template = { path: "T.md", text: "---\ntags: [outil]\n---\n# {{name}}\nCité par {{question}} le {{date}}.\n" };
		const plan = planNewResource(input, context({ template }));
		if (plan.status !== "create") throw new Error(plan.status);
		expect(parseNote(plan.path, plan.content, testYaml).tags).toEqual(["ressource", "outil"]);
		expect(plan.content).toContain("# Le jumeau numérique du château\nCité par Qu'est-ce qu'un jumeau ? le 2026-11-26.");
	});
});
