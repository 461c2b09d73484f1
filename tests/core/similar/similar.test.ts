import { generateLinkedQuestions } from "../../../src/core/bench/generate-vault";
import { relatedRecall } from "../../../src/core/bench/similar-recall";
import { VaultIndex } from "../../../src/core/index";
import { similarRanking, SimilarSource } from "../../../src/core/similar/rank";
import { terms } from "../../../src/core/similar/words";
import { relatedLink, withRelatedLinks } from "../../../src/core/similar/related-line";
import { loadVault } from "../../../src/cli/disk-vault";
import { indexDiskVault } from "../../../src/cli/vault-index";
import { testYaml } from "../../helpers/yaml";

describe("words as the ranking compares them", () => {
	it.each([
		["Qu'est-ce qu'une stratégie numérique ?", ["strategi", "numer"]],
		["QU’EST-CE QU’UNE STRATEGIE NUMERIQUE?", ["strategi", "numer"]],
		["Les musées et le musée", ["muse", "muse"]],
		["numériques, numérique, numériser, numérisation", ["numer", "numer", "numer", "numer"]],
		["collections / collection", ["collect", "collect"]],
		["Œuvres d'art", ["oeuvr", "art"]],
		["How do museums open their data?", ["museum", "open", "their", "data"]],
		["Jumeaux numériques 3D", ["jumeau", "numer", "3d"]],
	])("%s → %j", (text, expected) => {
		expect(terms(text)).toEqual(expected);
	});
});

const QUESTIONS: SimilarSource[] = [
	{ path: "Stratégie.md", question: "Qu'est-ce qu'une stratégie numérique?", names: ["Qu'est-ce qu'une stratégie numérique?"], answer: "Elle formalise la transformation numérique du musée." },
	{ path: "Élaborer.md", question: "Comment élaborer une stratégie numérique ?", names: ["Comment élaborer une stratégie numérique ?", "Écrire sa stratégie"], answer: null },
	{ path: "Numériser.md", question: "Comment numériser ses collections?", names: ["Comment numériser ses collections?"], answer: "Photographier les œuvres, puis publier les images." },
	{ path: "Jumeau.md", question: "Qu'est-ce qu'un jumeau numérique?", names: ["Qu'est-ce qu'un jumeau numérique?", "Jumeaux numériques"], answer: "Une copie numérique vivante d'un bâtiment de musée." },
	{ path: "Former.md", question: "Comment former les équipes du musée?", names: ["Comment former les équipes du musée?", "Formation des équipes"], answer: null },
	{ path: "Public.md", question: "Comment toucher de nouveaux publics au musée?", names: ["Comment toucher de nouveaux publics au musée?"], answer: "Par la médiation numérique." },
];

describe("similar questions, best first (before: what is typed; after: the ranking)", () => {
	const index = similarRanking(QUESTIONS);
	it.each([
		// Near-duplicates despite other words around them.
		["Comment élaborer une stratégie numérique ?", ["Élaborer.md", "Stratégie.md"]],
		["STRATEGIES NUMERIQUES DES MUSEES", ["Stratégie.md", "Élaborer.md"]],
		// Plural and singular, accents or not.
		["Les jumeaux numériques", ["Jumeau.md"]],
		// An alias counts: "Écrire sa stratégie" is only an alias.
		["écrire", ["Élaborer.md"]],
		// The navigation title or alias "Formation des équipes" matches "formations".
		["Quelles formations pour les équipes ?", ["Former.md"]],
		// The short answer counts, less than the wording.
		["photographier les œuvres", ["Numériser.md"]],
		// Stop words and "musée" alone find nothing worth showing first.
		["Qu'est-ce que le", []],
	])("%s → %j", (typed, expected) => {
		const ranked = index(typed).map((q) => q.path);
		expect(ranked.slice(0, expected.length)).toEqual(expected);
	});

	it("a word that nearly every question shares weighs less than a rare one", () => {
		const [first] = index("musée formation");
		expect(first.path).toBe("Former.md");
	});

	it("while typing, an unfinished last word matches the words it begins", () => {
		expect(index("jum", 5, { typing: true }).map((q) => q.path)).toEqual(["Jumeau.md"]);
		expect(index("jum", 5)).toEqual([]);
		expect(index("jum ", 5, { typing: true })).toEqual([]);
	});

	it("scores are between 0 and 1, rounded to three decimals; limit and exclude apply", () => {
		const all = index("stratégie numérique du musée", 10);
		for (const q of all) expect(q.score).toBeGreaterThan(0), expect(q.score).toBeLessThanOrEqual(1), expect(Number(q.score.toFixed(3))).toBe(q.score);
		expect(index("stratégie numérique", 1)).toHaveLength(1);
		expect(index("stratégie numérique", 5, { exclude: "Stratégie.md" }).map((q) => q.path)).not.toContain("Stratégie.md");
		expect(similarRanking([])("stratégie")).toEqual([]);
	});
});

/**
 * The judge of the ranking: in a vault whose questions link each other under
 * "Ressources similaires", typing a question's text brings the questions it
 * links into the top 5. The figures are reported in the README.
 */
describe("linked questions come in the top 5", () => {
	it("on the demo vault: 2 of 2 links", () => {
		const vault = loadVault("demo-vault");
		const index = indexDiskVault(vault);
		expect(relatedRecall(index, 5, (path) => !path.startsWith("Template/"))).toEqual({ questions: 2, links: 2, found: 2, recall: 1 });
	});

	it.each([
		[100, { questions: 100, links: 214, found: 214, recall: 1 }],
		[1000, { questions: 1000, links: 1966, found: 1871, recall: 0.952 }],
	])("on a generated vault of %i questions", (size, expected) => {
		const vault = generateLinkedQuestions(size);
		expect(relatedRecall(VaultIndex.build(vault, testYaml))).toEqual(expected);
	});
});

describe("the new note's Ressources similaires line (before → after)", () => {
	const link = "[[Qu'est-ce qu'une stratégie numérique|Qu'est-ce qu'une stratégie numérique?]]";
	it.each([
		["# Q\n\nRessources similaires: \n\n## Vidéos\n", `# Q\n\nRessources similaires: ${link}\n\n## Vidéos\n`],
		["Ressources similaires: [[A]]\r\n", `Ressources similaires: [[A]], ${link}\r\n`],
		["**Ressource similaire**: \n", `**Ressource similaire**: ${link}\n`],
		["# Q\n\n1. [[R]]\n\n", `# Q\n\n1. [[R]]\n\nRessources similaires: ${link}\n`],
	])("%j", (before, after) => {
		expect(withRelatedLinks(before, [link])).toBe(after);
		expect(withRelatedLinks(before, [])).toBe(before);
	});

	it.each([
		["Notes/Comment numériser ses collections.md", "Comment numériser ses collections?", "[[Comment numériser ses collections|Comment numériser ses collections?]]"],
		["Agir.md", "Agir", "[[Agir]]"],
	])("links %s as %s", (path, question, expected) => expect(relatedLink(path, question)).toBe(expected));
});
