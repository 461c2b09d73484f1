/**
 * A made-up museum vault of any size, the same on every run: navigation
 * pages, questions under them, resources, video notes, drafts, and a few
 * broken links. The benchmark (`scripts/bench.mjs`) and tests build on it.
 * Pure: no file system, no randomness beyond a seeded generator.
 */

export interface GeneratedVaultOptions {
	/** Seed of the generator: same seed, same vault. */
	seed?: number;
	/** Share of resource links that point at no note (0..1). */
	brokenLinkRate?: number;
	/** Resources listed by one question, at most. */
	maxResources?: number;
}

/** `notes` notes as vault path → text, in creation order. */
export function generateVault(notes: number, options: GeneratedVaultOptions = {}): Map<string, string> {
	const random = seededRandom(options.seed ?? 42);
	const brokenRate = options.brokenLinkRate ?? 0.02;
	const maxResources = options.maxResources ?? 12;
	const vault = new Map<string, string>();
	const count = Math.max(notes, 8);
	const parents = Math.max(1, Math.round(count * 0.02));
	const videos = Math.max(1, Math.round(count * 0.1));
	const drafts = Math.max(1, Math.round(count * 0.03));
	const questions = Math.max(1, Math.round(count * 0.3));
	const resources = Math.max(1, count - parents - videos - drafts - questions);

	const resourceName = (i: number) => `Ressource ${i} sur la médiation numérique`;
	const videoName = (i: number) => `Vidéo ${i} - Un temps pour la rematérialisation`;
	for (let i = 0; i < parents; i++) vault.set(`Navigation/Thème ${i}.md`, parentNote(i));
	for (let i = 0; i < resources; i++) vault.set(`Notes/${resourceName(i)}.md`, resourceNote(resourceName(i), i));
	for (let i = 0; i < videos; i++) vault.set(`Notes/Vidéos/${videoName(i)}.md`, videoNote(videoName(i), i));
	for (let i = 0; i < questions; i++) {
		const items: string[] = [];
		const listed = 1 + Math.floor(random() * maxResources);
		for (let n = 1; n <= listed; n++) {
			const roll = random();
			const summary = random() < 0.9 ? `\n   Ce que la ressource ${n} apporte à la question ${i}, en deux phrases.` : "";
			if (roll < brokenRate) items.push(`${n}. [[Ressource disparue ${i}-${n}]]${summary}`);
			else if (roll < 0.1) items.push(`${n}. [Un guide en ligne ${n}](https://example.org/guide/${i}/${n})${summary}`);
			else if (roll < 0.2) items.push(`${n}. [[${videoName(Math.floor(random() * videos))}]]${summary}`);
			else {
				const r = Math.floor(random() * resources);
				items.push(`${n}. [[${resourceName(r)}|Ressource ${r}]]${summary}`);
			}
		}
		const related = `[[Question ${Math.floor(random() * questions)}]]`;
		vault.set(`Notes/Question ${i}.md`, questionNote(i, Math.floor(random() * parents), items, related));
	}
	for (let i = 0; i < drafts; i++) vault.set(`Brouillon/Question ${i}.md`, `---\ntags: #question\n---\n\n# Brouillon ${i}\n\n1. [[${resourceName(i % resources)}]]\n`);
	return vault;
}

/** A question with exactly `resources` items, for render benchmarks (50-resource question). */
export function generateQuestion(resources: number, linkTo: (n: number) => string): string {
	const items = Array.from({ length: resources }, (_, i) => `${i + 1}. [[${linkTo(i)}]]\n   Résumé de la ressource ${i + 1}.`);
	return questionNote(0, 0, items, "");
}

function questionNote(i: number, parent: number, items: string[], related: string): string {
	return [
		"---",
		"title: MuseumXTD",
		"layout: layouts/post.njk",
		"tags: question",
		`alias: [Comment réussir le projet ${i}?]`,
		"eleventyNavigation:",
		`  key: question-${i}`,
		`  title: Comment réussir le projet ${i}?`,
		`  parent: theme-${parent}`,
		"---",
		"",
		`# **Comment réussir le projet ${i}?**`,
		"Une réponse courte en deux phrases.",
		"",
		...items,
		"",
		`Ressources similaires: ${related}`,
		"",
		"Video J1",
		"",
		`Marie Dupont: Présentation du projet ${i}`,
		"",
	].join("\n");
}

function parentNote(i: number): string {
	return ["---", "title: MuseumXTD", "eleventyNavigation:", `  key: theme-${i}`, `  title: Thème ${i}`, "---", "", `# Thème ${i}`, ""].join("\n");
}

function resourceNote(name: string, i: number): string {
	return [
		"---",
		"title: MuseumXTD",
		"tags: ressource",
		"---",
		"",
		`### [${name}](https://example.org/article/${i})`,
		`Un résumé de la ressource ${i} en quelques phrases.`,
		"",
		"## À retenir",
		`- premier point de la ressource ${i}`,
		"- second point",
		"",
	].join("\n");
}

function videoNote(name: string, i: number): string {
	return [
		"---",
		"tags: ressource forum",
		"---",
		"",
		`## ${name}`,
		`[Prénom${i} Nom](https://example.org/profil/${i}), chargée de projet, Musée (CH)`,
		"",
		`<iframe width="560" height="315" src="https://www.youtube.com/embed/VIDEO${i}"></iframe>`,
		"",
	].join("\n");
}

/** mulberry32: small, fast, deterministic. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Subjects of made-up questions: singular and plural wording, so that word endings vary between questions. */
const SUBJECTS: [string, string][] = [
	["la collection en ligne", "les collections en ligne"],
	["le jumeau numérique", "les jumeaux numériques"],
	["la médiation numérique", "les médiations numériques"],
	["la visite virtuelle", "les visites virtuelles"],
	["l'image libre de droits", "les images libres de droits"],
	["la donnée ouverte", "les données ouvertes"],
	["le réseau social", "les réseaux sociaux"],
	["la billetterie en ligne", "les billetteries en ligne"],
	["la formation des équipes", "les formations des équipes"],
	["l'accessibilité du site web", "l'accessibilité des sites web"],
	["le podcast", "les podcasts"],
	["l'application mobile", "les applications mobiles"],
	["l'archive sonore", "les archives sonores"],
	["la photographie des œuvres", "les photographies des œuvres"],
	["le modèle 3D", "les modèles 3D"],
	["l'inventaire informatisé", "les inventaires informatisés"],
	["la lettre d'information", "les lettres d'information"],
	["le budget numérique", "les budgets numériques"],
	["la réalité augmentée", "les dispositifs de réalité augmentée"],
	["le cartel interactif", "les cartels interactifs"],
	["la vidéo en ligne", "les vidéos en ligne"],
	["la borne tactile", "les bornes tactiles"],
	["le jeu sérieux", "les jeux sérieux"],
	["la conservation préventive", "les outils de conservation préventive"],
	["le catalogue raisonné", "les catalogues raisonnés"],
];
const AUDIENCES = ["pour les enfants", "pour les chercheurs", "en zone rurale", "à petit budget", "pour les seniors", "pour les enseignants", "avec des bénévoles", "pour les touristes", "en réseau de musées", "pendant les travaux"];
const FRAMES: ((singular: string, plural: string, audience: string) => string)[] = [
	(s, _p, a) => `Comment réussir ${s} d'un musée ${a} ?`,
	(_s, p, a) => `Pourquoi proposer ${p} ${a} ?`,
	(s, _p, a) => `Quels outils numériques pour ${s} ${a} ?`,
	(_s, p, a) => `Combien coûtent ${p} au musée ${a} ?`,
];

/**
 * Questions in families (one subject, one audience, four wordings) that link
 * each other under "Ressources similaires", as editors do: the vault on
 * which the similarity ranking is judged. `questions` is rounded to whole families.
 */
export function generateLinkedQuestions(questions: number, seed = 7): Map<string, string> {
	const random = seededRandom(seed);
	const vault = new Map<string, string>();
	const families = Math.max(1, Math.round(questions / FRAMES.length));
	for (let f = 0; f < families; f++) {
		const [singular, plural] = SUBJECTS[f % SUBJECTS.length];
		const audience = AUDIENCES[Math.floor(f / SUBJECTS.length) % AUDIENCES.length];
		const round = Math.floor(f / (SUBJECTS.length * AUDIENCES.length));
		const names = FRAMES.map((_, i) => `Question ${f}-${i}${round ? ` (${round})` : ""}`);
		FRAMES.forEach((frame, i) => {
			const question = frame(singular, plural, audience);
			// One to three of the family's other questions, in random order.
			const others = names.filter((_, j) => j !== i).sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3));
			const answer = `Le musée numérique travaille ${random() < 0.5 ? singular : plural} ${audience} avec ses publics.`;
			vault.set(`Notes/${names[i]}.md`, linkedQuestionNote(question, `q-${f}-${i}`, answer, others));
		});
	}
	return vault;
}

function linkedQuestionNote(question: string, key: string, answer: string, related: string[]): string {
	return ["---", "tags: question", `alias: [${question}]`, "eleventyNavigation:", `  key: ${key}`, `  title: ${question}`, "---", `# **${question}**`, answer, "", "1. [[Une ressource]]", "", `Ressources similaires: ${related.map((r) => `[[${r}]]`).join(", ")}`, ""].join("\n");
}
