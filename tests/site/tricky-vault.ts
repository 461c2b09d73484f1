/**
 * A made-up museum vault whose names and links break naive publishers: accents (some file names
 * in NFD on disk, as macOS writes them), both apostrophes (’ and '), spaces, «», non-Latin scripts,
 * the same file name in two folders, every kind of link and embed, a callout, a YouTube iframe,
 * a `<script>`, and the notes that must never reach the site (a draft, a template, a
 * `publish: false` note, a `.trash` note), each holding a sentinel sentence.
 *
 * `trickyVault()` gives vault path → content; paths in `NFD_PATHS` are written in NFD.
 */

/** Planted in every excluded note: no built page may contain it. */
export const SENTINEL = "SENTINEL-coffre-7731 cette phrase privée ne doit jamais quitter le coffre du musée";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const nfd = (path: string) => path.normalize("NFD");

/** Vault paths, NFC (as Obsidian reports them). */
export const TRICKY = {
	comprendre: "Thèmes/Comprendre.md",
	agir: "Thèmes/Agir.md",
	jumeau: "Questions/Qu’est-ce qu’un jumeau numérique.md",
	numeriser: "Questions/Comment numériser ses collections.md",
	application: "Questions/Faut-il une application.md",
	chateau: "Notes/Le jumeau numérique du château.md",
	rapport: "Notes/Rapport sur la numérisation 3D.md",
	cafe: "Notes/Café des publics.md",
	accueil: "Notes/L’accueil «numérique» du musée.md",
	scolaires: "Notes/L'accueil des scolaires.md",
	chinese: "Notes/博物馆.md",
	russian: "Notes/Музей.md",
	arabic: "Notes/متحف.md",
	synthese: "Notes/Synthèse des échanges.md",
	video: "Vidéos/Un temps pour la rematérialisation.md",
	programme2024: "Forum 2024/Programme.md",
	programme2025: "Forum 2025/Programme.md",
	// Never published.
	draftJumeau: "Brouillon/Qu’est-ce qu’un jumeau numérique.md",
	draftIdea: "Brouillon/Idée en cours.md",
	template: "Template/Question.md",
	private: "Notes/Note privée.md",
	trash: ".trash/Vieille note.md",
	// Attachments.
	plan: "attachments/plan du château.png",
	facade: "attachments/Façade «est».png",
	rapportPdf: "attachments/rapport d’activité.pdf",
} as const;

/** Written in NFD on disk (the compiler must publish them at their NFC path). */
export const NFD_PATHS: string[] = [TRICKY.cafe, TRICKY.synthese, TRICKY.facade];

/** Notes that get a page. */
export const PUBLISHED_NOTES: string[] = [
	TRICKY.comprendre, TRICKY.agir, TRICKY.jumeau, TRICKY.numeriser, TRICKY.application, TRICKY.chateau, TRICKY.rapport,
	TRICKY.cafe, TRICKY.accueil, TRICKY.scolaires, TRICKY.chinese, TRICKY.russian, TRICKY.arabic, TRICKY.synthese,
	TRICKY.video, TRICKY.programme2024, TRICKY.programme2025,
];

/** Notes that must not get a page. */
export const EXCLUDED_NOTES: string[] = [TRICKY.draftJumeau, TRICKY.draftIdea, TRICKY.template, TRICKY.private, TRICKY.trash];

/** Attachments some published page uses. */
export const PUBLISHED_FILES: string[] = [TRICKY.plan, TRICKY.facade, TRICKY.rapportPdf];

/** What the questions page shows: navigation parent title → question titles, in order. */
export const QUESTION_GROUPS: Array<[string, string[]]> = [
	["Agir au musée", ["Comment numériser ses collections?"]],
	["Comprendre le numérique", ["Qu’est-ce qu’un jumeau numérique?"]],
	["Autres questions", ["Faut-il une application?"]],
];

const YOUTUBE = `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" allowfullscreen></iframe>`;

function fm(lines: string): string {
	return `---\ntitle: MuseumXTD\nlayout: layouts/post.njk\n${lines.trim()}\n---\n`;
}

/** Percent-encodes a vault path the way Obsidian's "copy URL" and Markdown links do. */
function pct(path: string): string {
	return path.split("/").map(encodeURIComponent).join("/");
}

/** Every file of the vault: vault path (NFC) → content. */
export function trickyVault(): Record<string, string | Buffer> {
	return {
		[TRICKY.comprendre]: fm(`
eleventyNavigation:
  key: comprendre
  title: Comprendre le numérique
  order: 2
`) + `# Comprendre le numérique\n\nLes notions : [[Qu’est-ce qu’un jumeau numérique|le jumeau numérique]].\n`,

		[TRICKY.agir]: fm(`
eleventyNavigation:
  key: agir
  title: Agir au musée
  order: 1
`) + `# Agir au musée\n\nPasser à l'action : [[Comment numériser ses collections]].\n`,

		[TRICKY.jumeau]: fm(`
tags: question
alias: [Qu’est-ce qu’un jumeau numérique?]
eleventyNavigation:
  key: jumeau
  title: Qu’est-ce qu’un jumeau numérique?
  parent: comprendre
`) + `# **Qu’est-ce qu’un jumeau numérique?**
Un jumeau numérique est une copie numérique d'un lieu, tenue à jour. Voir la [[#Réponse détaillée]] et [[#^definition|la définition]].

1. [[Le jumeau numérique du château]]
   Un château entier modélisé en 3D, salle par salle.
2. [[Rapport sur la numérisation 3D|Numérisation 3D : le rapport]]
   Le rapport compare les techniques.
3. [Le château, vu d'Obsidian](app://obsidian.md/${pct("Le jumeau numérique du château")})
   Le même, copié depuis l'adresse d'Obsidian.
4. [[Café des publics#Éléments clés]]
   Les éléments clés du café.
5. [Un guide en ligne](https://example.org/guide)
   Un guide externe.

## Réponse détaillée
Une copie numérique suit l'objet réel. ^definition

> [!tip] À savoir
> Voir [[Le jumeau numérique du château#À retenir|ce qu'il faut retenir]] et [[Le jumeau numérique du château#^bloc-cle|le passage clé]].

Brouillons, note privée et corbeille : [[Idée en cours]], [[Note privée]], [[Vieille note]], [[Brouillon/Qu’est-ce qu’un jumeau numérique|le brouillon]].

Ressources similaires: [[Comment numériser ses collections|Comment numériser ses collections?]]
`,

		[TRICKY.numeriser]: fm(`
tags: [question]
alias: [Comment numériser ses collections?]
eleventyNavigation:
  key: numeriser
  title: Comment numériser ses collections?
  parent: agir
`) + `# **Comment numériser ses collections?**
Commencer petit, avec des noms de toutes les écritures.

1. [[博物馆]]
   Un nom en chinois.
2. [[Музей]]
   Un nom en russe.
3. [[متحف]]
   Un nom en arabe.
4. [L’accueil](${pct(TRICKY.accueil)})
   Des apostrophes et des guillemets, en lien Markdown.
5. [[L'accueil des scolaires]]
   Une apostrophe droite.

Les deux programmes : [[Forum 2024/Programme]] et [[Forum 2025/Programme#J1 — Matinée|celui de 2025]].
Une vidéo : [[Un temps pour la rematérialisation]].
`,

		[TRICKY.application]: fm(`
tags: question
eleventyNavigation:
  key: application
  title: Faut-il une application?
`) + `# **Faut-il une application?**\nPas forcément : un site suffit souvent. Les accolades {{ restent }} du texte, {% comme ceci %}.\n`,

		[TRICKY.chateau]: fm(`
tags: ressource
eleventyNavigation:
  key: chateau
  title: Le jumeau numérique du château
  parent: jumeau
`) + `### [Le jumeau numérique du château](https://example.org/article)
Un château entier modélisé en 3D, salle par salle.

![[plan du château.png|300]]

## À retenir
- Un modèle mis à jour chaque année ^bloc-cle
- Utile aux architectes

Le [[rapport d’activité.pdf|rapport d’activité]] détaille le projet.

Apparaît dans: [[Qu’est-ce qu’un jumeau numérique]]
`,

		[TRICKY.rapport]: fm(`
tags: ressource
eleventyNavigation:
  key: rapport
  title: Rapport sur la numérisation 3D
  parent: numeriser
`) + `### [Rapport sur la numérisation 3D](https://example.org/rapport)
Le rapport compare la photogrammétrie et la lasergrammétrie.

## Coûts
Très variables. Voir la [[Rapport sur la numérisation 3D#Section disparue|section disparue]] (un titre qui n'existe plus).
`,

		[TRICKY.cafe]: fm(`
tags: ressource
`) + `### Café des publics
Un nom de fichier en NFD sur le disque.

## Éléments clés
- Écouter les publics

![[Façade «est».png]]
`,

		[TRICKY.accueil]: fm(`
tags: [ressource]
`) + `### L’accueil «numérique» du musée
Retour à la [[Comment numériser ses collections|question]] ; voir [[#^passage]].

Un passage important. ^passage
`,

		[TRICKY.scolaires]: fm(`
tags: ressource
`) + `### L'accueil des scolaires
Une apostrophe droite dans le nom ; voir aussi [[L’accueil «numérique» du musée]].
`,

		[TRICKY.chinese]: fm(`tags: ressource`) + `### 博物馆\n一个非拉丁文件名。[[Музей]]\n`,
		[TRICKY.russian]: fm(`tags: ressource`) + `### Музей\nНелатинское имя. [[متحف]]\n`,
		[TRICKY.arabic]: fm(`tags: ressource`) + `### متحف\nاسم غير لاتيني. [[博物馆]]\n`,

		[TRICKY.synthese]: fm(`
tags: []
`) + `# Synthèse des échanges

![[Le jumeau numérique du château]]

![[Le jumeau numérique du château#À retenir]]

![[Idée en cours]]

![[plan du château.png|300]]

Le passage : [[Le jumeau numérique du château#^bloc-cle]]. En lien Markdown relatif : [le château](${pct("Le jumeau numérique du château.md")}).
`,

		[TRICKY.video]: fm(`
tags: ressource forum francais
eleventyNavigation:
  key: rematerialisation
  title: Un temps pour la rematérialisation
  parent: jumeau
`) + `## Un temps pour la rematérialisation
[Prénom Nom](https://example.org/profile), conservatrice, Musée d'ici (CH)

${YOUTUBE}

<script>document.title = "piraté";</script>
`,

		[TRICKY.programme2024]: fm(`tags: []`) + `# Programme du forum 2024\n\n## J1\n### [[Un temps pour la rematérialisation]]\nPrénom Nom\n`,
		[TRICKY.programme2025]: fm(`tags: []`) + `# Programme du forum 2025\n\n## J1 — Matinée\nÀ venir ; voir [[Forum 2024/Programme|le programme de 2024]].\n`,

		[TRICKY.draftJumeau]: fm(`
tags: question
alias: [Qu’est-ce qu’un jumeau numérique? (brouillon)]
`) + `# Brouillon\n${SENTINEL}\n`,
		[TRICKY.draftIdea]: `# Idée en cours\n${SENTINEL}\n`,
		[TRICKY.template]: `---\ntitle: {{title}}\ntags: question\nalias: [{{question}}]\n---\n# **{{question}}**\n${SENTINEL}\n`,
		[TRICKY.private]: fm(`
tags: ressource
publish: false
`) + `### Note privée\n${SENTINEL}\n`,
		[TRICKY.trash]: `# Vieille note\n${SENTINEL}\n`,

		[TRICKY.plan]: PNG,
		[TRICKY.facade]: PNG,
		[TRICKY.rapportPdf]: "%PDF-1.4\n%%EOF\n",
	};
}

/** The files as they go on disk: `NFD_PATHS` in NFD. */
export function trickyVaultOnDisk(): Record<string, string | Buffer> {
	return Object.fromEntries(Object.entries(trickyVault()).map(([path, content]) => [NFD_PATHS.includes(path) ? nfd(path) : path, content]));
}
