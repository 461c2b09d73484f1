/**
 * Hand-written notes shaped like the publish compiler's output (links already rewritten to
 * root-absolute, segment-encoded URLs; `museum` data in the frontmatter), with the names that break sites.
 */

/** The URL the compiler writes for a vault note: `/Notes/Le%20jumeau/`, `#fragment` already encoded. */
export function noteHref(vaultPath: string, fragment = ""): string {
	const withoutExt = vaultPath.replace(/\.md$/, "");
	const url = withoutExt === "index" ? "/" : "/" + withoutExt.split("/").map(encodeURIComponent).join("/") + "/";
	return fragment ? `${url}#${fragment}` : url;
}

/** The URL of an attachment, at its vault path. */
export function fileHref(vaultPath: string): string {
	return "/" + vaultPath.split("/").map(encodeURIComponent).join("/");
}

/** markdown-it-anchor's default slug. */
export function headingSlug(text: string): string {
	return encodeURIComponent(String(text).trim().toLowerCase().replace(/\s+/g, "-"));
}

export const PATHS = {
	comprendre: "Comprendre.md",
	publics: "Publics.md",
	jumeau: "Questions/Qu'est-ce qu'un jumeau numérique.md",
	numeriser: "Questions/Comment numériser ses collections.md",
	orphan: "Questions/Faut-il une application.md",
	chateau: "Notes/Le jumeau numérique du château.md",
	rapport: "Notes/Rapport sur la numérisation 3D.md",
	nfd: "Notes/Café numérique des publics.md".normalize("NFD"),
	apostrophe: "Notes/L’accueil «numérique» du musée.md",
	chinese: "Notes/博物馆.md",
	video: "Vidéos/Un temps pour la rematérialisation.md",
	programmeNotes: "Notes/Programme.md",
	programmeForum: "Forum/Programme.md",
	image: "Fichiers/plan du musée.png",
	pdf: "Fichiers/rapport d’activité.pdf",
};

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

function frontmatter(lines: string): string {
	return `---\ntitle: MuseumXTD\nlayout: layouts/post.njk\n${lines.trim()}\n---\n`;
}

const YOUTUBE = `<iframe width="560" height="315" src="https://www.youtube.com/embed/VIDEO_ID" title="YouTube video player" frameborder="0" allowfullscreen></iframe>`;

/** The published notes: vault path → content. */
export function sampleNotes(): Record<string, string | Buffer> {
	const retenir = headingSlug("À retenir");
	return {
		".museum-publish.json": JSON.stringify({ version: 1, files: [] }),
		[PATHS.comprendre]: frontmatter(`
tags: [navigation]
eleventyNavigation: {key: comprendre, title: Comprendre le numérique, order: 1}
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Comprendre le numérique\n\n- [Qu'est-ce qu'un jumeau numérique?](${noteHref(PATHS.jumeau)})\n`,
		[PATHS.publics]: frontmatter(`
tags: [navigation]
eleventyNavigation: {key: publics, title: Les publics, order: 2}
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Les publics\n`,
		[PATHS.jumeau]: frontmatter(`
tags: [question]
alias: ["Qu'est-ce qu'un jumeau numérique?"]
date: 2024-03-01
eleventyNavigation: {key: jumeau, title: "Qu'est-ce qu'un jumeau numérique?", parent: comprendre}
museum:
  kind: question
  question: "Qu'est-ce qu'un jumeau numérique?"
  resources:
    - {number: 1, title: Le jumeau numérique du château, url: "${noteHref(PATHS.chateau)}", summary: "Un château entier modélisé en 3D, salle par salle.", kind: note}
    - {number: 2, title: "Un temps pour la rematérialisation", url: "${noteHref(PATHS.video)}", summary: "Une intervention filmée sur le retour à l'objet.", kind: video}
    - {number: 4, title: Un guide en ligne, url: "https://example.org/guide", summary: "Un guide pratique, pas à pas.", kind: external}
    - {number: 6, title: Un brouillon, url: null, summary: "Une ressource pas encore publiée.", kind: unresolved}
  videos:
    - {title: "Un temps pour la rematérialisation", url: "${noteHref(PATHS.video)}", speakers: [Prénom Nom]}
    - {title: "Table ronde du J2", url: null, speakers: [Ana Pérez, Li Wei]}
`) + `# **Qu'est-ce qu'un jumeau numérique?**
Un jumeau numérique est une copie numérique d'un lieu ou d'un objet, tenue à jour.

1. [Le jumeau numérique du château](${noteHref(PATHS.chateau)})
   Un château entier modélisé en 3D, salle par salle.
2. [Un temps pour la rematérialisation](${noteHref(PATHS.video)})
   Une intervention filmée sur le retour à l'objet.
4. [Un guide en ligne](https://example.org/guide)
   Un guide pratique, pas à pas.
6. Un brouillon
   Une ressource pas encore publiée.

<div class="callout" data-callout="tip"><div class="callout-title">À savoir</div><div class="callout-content">

Voir aussi [ce qu'il faut retenir](${noteHref(PATHS.chateau, retenir)}) et [le passage clé](${noteHref(PATHS.chateau, "block-abc123")}).

</div></div>

Ressources similaires: [Comment numériser ses collections?](${noteHref(PATHS.numeriser)})
`,
		[PATHS.numeriser]: frontmatter(`
tags: [question]
eleventyNavigation: {key: numeriser, title: "Comment numériser ses collections?", parent: comprendre}
museum:
  kind: question
  question: "Comment numériser ses collections?"
  resources:
    - {number: 1, title: Rapport sur la numérisation 3D, url: "${noteHref(PATHS.rapport)}", summary: Le rapport., kind: note}
    - {number: 2, title: Café numérique des publics, url: "${noteHref(PATHS.nfd)}", summary: Un nom en NFD., kind: note}
    - {number: 3, title: "L’accueil «numérique» du musée", url: "${noteHref(PATHS.apostrophe)}", summary: Des apostrophes., kind: note}
    - {number: 4, title: 博物馆, url: "${noteHref(PATHS.chinese)}", summary: Un nom non latin., kind: note}
  videos: []
`) + `# **Comment numériser ses collections?**
Commencer petit.

1. [Rapport sur la numérisation 3D](${noteHref(PATHS.rapport)})
   Le rapport.
2. [Café numérique des publics](${noteHref(PATHS.nfd)})
   Un nom en NFD.
3. [L’accueil «numérique» du musée](${noteHref(PATHS.apostrophe)})
   Des apostrophes.
4. [博物馆](${noteHref(PATHS.chinese)})
   Un nom non latin.

Programmes: [celui des notes](${noteHref(PATHS.programmeNotes)}) et [celui du forum](${noteHref(PATHS.programmeForum)}).
`,
		[PATHS.orphan]: frontmatter(`
tags: [question]
eleventyNavigation: {key: application, title: "Faut-il une application?"}
museum: {kind: question, question: "Faut-il une application?", resources: [], videos: []}
`) + `# **Faut-il une application?**\nPas forcément.\n`,
		[PATHS.chateau]: frontmatter(`
tags: [ressource]
eleventyNavigation: {key: chateau, title: Le jumeau numérique du château, parent: jumeau}
museum: {kind: resource, sourceUrl: "https://example.org/article", speakers: []}
`) + `### [Le jumeau numérique du château](https://example.org/article)
Un château entier modélisé en 3D, salle par salle. Les accolades {{ restent }} du texte.

![Plan du musée](${fileHref(PATHS.image)})

## À retenir
- premier point <span id="block-abc123"></span>
- second point

Le [rapport d’activité](${fileHref(PATHS.pdf)}) détaille le projet.

Apparaît dans: [Qu'est-ce qu'un jumeau numérique?](${noteHref(PATHS.jumeau)})
`,
		[PATHS.rapport]: frontmatter(`
tags: [ressource]
eleventyNavigation: {key: rapport, title: Rapport sur la numérisation 3D, parent: numeriser}
museum: {kind: resource, sourceUrl: "https://example.org/rapport", speakers: []}
`) + `### [Rapport sur la numérisation 3D](https://example.org/rapport)\nUn rapport.\n`,
		[PATHS.nfd]: frontmatter(`
tags: [ressource]
museum: {kind: resource, sourceUrl: null, speakers: []}
`) + `### Café numérique des publics\nUn nom de fichier en NFD.\n`,
		[PATHS.apostrophe]: frontmatter(`
tags: [ressource]
museum: {kind: resource, sourceUrl: null, speakers: []}
`) + `### L’accueil «numérique» du musée\nRetour à la [question](${noteHref(PATHS.numeriser)}).\n`,
		[PATHS.chinese]: frontmatter(`
tags: [ressource]
museum: {kind: resource, sourceUrl: null, speakers: []}
`) + `### 博物馆\n一个非拉丁文件名。\n`,
		[PATHS.video]: frontmatter(`
tags: [ressource, forum, video]
eleventyNavigation: {key: rematerialisation, title: Un temps pour la rematérialisation, parent: jumeau}
museum: {kind: video, sourceUrl: "https://www.youtube.com/watch?v=VIDEO_ID", speakers: [Prénom Nom]}
`) + `## Un temps pour la rematérialisation
[Prénom Nom](https://example.org/profile), conservatrice, Musée d'ici (CH)

${YOUTUBE}
`,
		[PATHS.programmeNotes]: frontmatter(`
tags: []
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Programme (notes)\nLe brouillon du programme.\n`,
		[PATHS.programmeForum]: frontmatter(`
tags: []
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Programme du forum\n## J1\n[Un temps pour la rematérialisation](${noteHref(PATHS.video)})\n`,
		[PATHS.image]: PNG,
		[PATHS.pdf]: "%PDF-1.4\n%%EOF\n",
	};
}

/** The vault's own home page and a README note, for the build where the vault has them. */
export function vaultHomeNotes(): Record<string, string> {
	return {
		"index.md": frontmatter(`
tags: []
eleventyNavigation: {key: accueil, title: Accueil}
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Bienvenue\n\n[Les questions](/toutes-les-questions/) · [Comprendre](${noteHref(PATHS.comprendre)})\n`,
		"README.md": frontmatter(`
tags: []
museum: {kind: other, sourceUrl: null, speakers: []}
`) + `# Une note nommée README\nElle est publiée.\n`,
	};
}
