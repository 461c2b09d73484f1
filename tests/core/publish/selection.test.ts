import { VaultPathResolver } from "../../../src/core/links/resolver";
import { exclusionRules, templatesFolderFromConfig } from "../../../src/core/publish/exclusions";
import { selectNotes } from "../../../src/core/publish/selection";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { records, Vault } from "./helpers";

const vault: Vault = {
	"Notes/Q.md": "---\ntags: question\n---\n1. [[R]]\n   x\n2. [[Brouillon/D]]\n   y\n",
	"Notes/R.md": "---\ntags: ressource\n---\nR",
	"Notes/Autre.md": "x",
	"Notes/Non.md": "---\npublish: false\n---\nx",
	"Notes/No.md": "---\npublish: \"no\"\n---\nx",
	"Notes/False.md": "---\npublish: \"false\"\n---\nx",
	"Brouillon/D.md": "x",
	"Drafts/E.md": "x",
	"Template/T.md": "x",
	"Modèles/M.md": "x",
	"Outils/Modèle question.md": "x",
	".trash/Old.md": "x",
	".obsidian/plugins/x/README.md": "x",
	"_includes/layout.md": "x",
	"index.md": "x",
};
const settings = { ...DEFAULT_SETTINGS, questionTemplatePath: "Outils/Modèle question.md" };
const rules = exclusionRules(settings, ".obsidian", templatesFolderFromConfig('{"folder":"Modèles"}'));

describe("selection and exclusions", () => {
	test("every publishable note: drafts, templates, publish false/'no'/'false', trash, config, site folders excluded", () => {
		expect(selectNotes(null, records(vault), settings, rules).notes).toEqual(["Notes/Autre.md", "Notes/Q.md", "Notes/R.md", "index.md"]);
	});

	test("notes and folders, case-insensitive, .md optional; explicit excluded choices are reported", () => {
		const s = selectNotes(["notes/q", "Brouillon", "Nulle/Part"], records(vault), settings, rules);
		expect(s.notes).toEqual(["Notes/Q.md"]);
		expect(s.excluded).toEqual([{ path: "Brouillon/D.md", reason: "excluded-folder" }]);
		expect(s.unknown).toEqual(["Nulle/Part"]);
	});

	test("with linked notes: the question's resources, never excluded ones", () => {
		const s = selectNotes(["Notes/Q.md"], records(vault), settings, rules, { withLinked: true, resolver: new VaultPathResolver(Object.keys(vault)) });
		expect(s.notes).toEqual(["Notes/Q.md", "Notes/R.md"]);
	});

	test("always-published folders join any selection", () => {
		const s = selectNotes(["index.md"], records(vault), { ...settings, publishFolders: ["Notes"] }, rules);
		expect(s.notes).toEqual(["Notes/Autre.md", "Notes/Q.md", "Notes/R.md", "index.md"]);
	});

	test("templates.json: missing or broken gives no folder", () => {
		expect(templatesFolderFromConfig(null)).toBeNull();
		expect(templatesFolderFromConfig("{oops")).toBeNull();
		expect(templatesFolderFromConfig('{"folder":"/Gabarits/"}')).toBe("Gabarits");
	});
});
