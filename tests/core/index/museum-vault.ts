/** A small made-up museum vault, the shared fixture of the index and sidebar tests. */
export const FM = (lines: string[]) => ["---", "title: MuseumXTD", "layout: layouts/post.njk", ...lines, "---", ""].join("\n");

export const JUMEAU = `${FM([
	"tags: question",
	"alias: [Qu'est-ce qu'un jumeau numérique?]",
	"eleventyNavigation:",
	"  key: jumeau",
	"  title: Qu'est-ce qu'un jumeau numérique?",
	"  parent: comprendre",
])}# **Qu'est-ce qu'un jumeau numérique?**
Une copie numérique d'un lieu ou d'un objet, tenue à jour.

1. [[Le jumeau numérique du château]]
   Le château numérisé et ses usages.
2. [[Rapport sur la numérisation 3D|Numérisation 3D: le rapport]]
3. [Un guide en ligne](https://example.org/guide)
   Un guide pas à pas.
5. [[Qu'est-ce qu'un jumeau numérique?]]
   Un lien écrit avec l'alias: il ne mène nulle part.
6. [[Un temps pour la rematérialisation]]
   La conférence du forum.
7. [Le château](app://obsidian.md/Le%20jumeau%20num%C3%A9rique%20du%20ch%C3%A2teau)
   Le même, par l'URL d'Obsidian.

Ressources similaires: [[Comment numériser ses collections|Comment numériser ses collections?]]

Video J1

Véronique Langlais: Présentation Numeriq Quebec
- [[Un temps pour la rematérialisation]]
`;

export const NUMERISER = `${FM([
	"tags: [question]",
	"eleventyNavigation:",
	"  key: numeriser",
	"  title: Comment numériser ses collections?",
	"  parent: comprendre",
])}# Comment numériser ses collections?
Par étapes.

1. [[Rapport sur la numérisation 3D]]
   Le rapport de référence.
2. [[Note#Une section]]
   Une note de même nom dans deux dossiers.
`;

export const CHATEAU = `${FM(["tags: ressource "])}### [Le jumeau numérique du château](https://example.org/article)
Un château entièrement numérisé.

## À retenir
- le modèle sert aux travaux
- et à la médiation
`;

export const RAPPORT = `${FM(["tags: ressource", "aliases:", "  - Le rapport 3D"])}### [Rapport](https://example.org/rapport)
Un rapport.

## A retenir
- numériser coûte moins cher qu'avant
`;

export const TALK = `${FM(["tags: ressource forum francais"])}## Un temps pour la rematérialisation
[Prénom Nom](https://example.org/profile), cheffe de projet, Musée (CH)

<iframe width="560" height="315" src="https://www.youtube.com/embed/VIDEO_ID"></iframe>
`;

export const COMPRENDRE = `${FM(["eleventyNavigation:", "  key: comprendre", "  title: Comprendre le numérique"])}# Comprendre
`;

export const DRAFT = `---
title: MuseumXTD
date: 2022-05-13
tags: #question
---

# Qu'est-ce qu'une stratégie numérique pour un musée ?
`;

/** path → text. Note.md exists in two folders; the draft has commented-out tags. */
export function museumVault(): Map<string, string> {
	return new Map([
		["Notes/Qu'est-ce qu'un jumeau numérique.md", JUMEAU],
		["Notes/Comment numériser ses collections.md", NUMERISER],
		["Notes/Le jumeau numérique du château.md", CHATEAU],
		["Notes/Rapport sur la numérisation 3D.md", RAPPORT],
		["Notes/Vidéos/Un temps pour la rematérialisation.md", TALK],
		["Notes/Note.md", `${FM(["tags: ressource"])}Une note.\n\n# Une section\n`],
		["Brouillon/Note.md", `${FM(["tags: ressource"])}Le brouillon.\n`],
		["Navigation/Comprendre.md", COMPRENDRE],
		["Brouillon/Stratégie numérique.md", DRAFT],
	]);
}
