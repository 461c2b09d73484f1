import { nodeYaml } from "../../../src/cli/disk-vault";
import { VaultIndex, vaultProblems } from "../../../src/core/index";
import { FM, museumVault } from "./museum-vault";

const Q = "Notes/Qu'est-ce qu'un jumeau numérique.md";

/** `path:line code severity`, 1-based lines like `check` prints them; infos left out. */
function lines(vault: Map<string, string>, include?: (path: string) => boolean): string[] {
	return vaultProblems(VaultIndex.build(vault, nodeYaml), { include })
		.filter((p) => p.severity !== "info")
		.map((p) => `${p.path}:${p.line === null ? "-" : p.line + 1} ${p.code} ${p.severity}`);
}

describe("vaultProblems", () => {
	test.each<[string, Map<string, string>, string[], ((path: string) => boolean) | null]>([
		[
			"unresolved links, the app:// link, a missing summary, a numbering gap",
			museumVault(),
			[
				"Brouillon/Stratégie numérique.md:- question-without-resources warning",
				"Brouillon/Stratégie numérique.md:4 tags-commented-out warning",
				`${Q}:16 missing-summary warning`,
				`${Q}:19 numbering-gap warning`,
				`${Q}:19 unresolved-link error`,
				`${Q}:23 obsidian-url warning`,
			],
			null,
		],
		[
			"empty tags, duplicate keys, a parent that does not exist, a question without resources",
			new Map([
				["A.md", `${FM(["tags:", "eleventyNavigation:", "  key: k", "  parent: nulle-part"])}Texte.\n`],
				["B.md", `${FM(["tags: question", "eleventyNavigation:", "  key: k", "  title: B?"])}# B?\nRéponse.\n`],
			]),
			["A.md:4 tags-empty warning", "A.md:6 duplicate-navigation-key error", "A.md:7 missing-parent error", "B.md:- question-without-resources warning", "B.md:6 duplicate-navigation-key error"],
			null,
		],
		[
			"excluded folders are not checked, and do not make duplicates",
			new Map([
				["Notes/B.md", `${FM(["tags: question", "eleventyNavigation:", "  key: k"])}1. [[Notes/B]]\n   Soi-même.\n`],
				["Brouillon/B.md", `${FM(["tags: question", "eleventyNavigation:", "  key: k"])}1. [[Absente]]\n`],
			]),
			[],
			(path) => !path.startsWith("Brouillon/"),
		],
	])("%s", (_name, vault, expected, include) => {
		expect(lines(vault, include ?? undefined)).toEqual(expected);
	});
});
