/**
 * Link resolution cases, as Obsidian 1.13 resolves them. The same table runs
 * through `VaultPathResolver` directly and through the vault index (where a
 * question's resource item reports its `target`).
 */
export const RESOLUTION_PATHS = [
	"Note.md",
	"Notes/Note.md",
	"Brouillon/Note.md",
	"Notes/Le jumeau numérique du château.md",
	"Notes/Sous-dossier/Rapport 3D.md",
	"Archives/Rapport 3D.md",
	"Brouillon/Rapport 3D.md",
	"Notes/Ressource NFD e\u0301te\u0301.md",
	".trash/Supprimée.md",
	"Images/plan.png",
];

export interface ResolutionCase {
	name: string;
	link: string;
	source: string;
	expected: string | null;
}

export const RESOLUTION_CASES: ResolutionCase[] = [
	{ name: "an exact vault path wins, even from a folder holding another Note.md", link: "Note", source: "Notes/Q.md", expected: "Note.md" },
	{ name: "a folder path names its file", link: "Brouillon/Note", source: "Notes/Q.md", expected: "Brouillon/Note.md" },
	{ name: "the linking note's own folder wins over the shortest path", link: "Rapport 3D", source: "Brouillon/Q.md", expected: "Brouillon/Rapport 3D.md" },
	{ name: "otherwise the shortest path", link: "Rapport 3D", source: "Autre/Q.md", expected: "Archives/Rapport 3D.md" },
	{ name: "case-insensitive", link: "le JUMEAU numérique du château", source: "Notes/Q.md", expected: "Notes/Le jumeau numérique du château.md" },
	{ name: "a link typed in NFD finds the NFC file", link: "Le jumeau nume\u0301rique du cha\u0302teau", source: "Notes/Q.md", expected: "Notes/Le jumeau numérique du château.md" },
	{ name: "an NFC link finds a file named in NFD", link: "Ressource NFD été", source: "Notes/Q.md", expected: "Notes/Ressource NFD e\u0301te\u0301.md" },
	{ name: "`.md` is optional", link: "Notes/Note.md", source: "Q.md", expected: "Notes/Note.md" },
	{ name: "a partial path", link: "Sous-dossier/Rapport 3D", source: "Q.md", expected: "Notes/Sous-dossier/Rapport 3D.md" },
	{ name: "an alias never resolves", link: "Qu'est-ce qu'un jumeau numérique?", source: "Notes/Q.md", expected: null },
	{ name: "dot-folders are invisible", link: "Supprimée", source: "Notes/Q.md", expected: null },
	{ name: "other files keep their extension", link: "plan.png", source: "Notes/Q.md", expected: "Images/plan.png" },
	{ name: "relative links", link: "../Archives/Rapport 3D", source: "Notes/Q.md", expected: "Archives/Rapport 3D.md" },
];
