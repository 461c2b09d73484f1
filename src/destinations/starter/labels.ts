/** The words the starter site shows to visitors, in the site's language. */
export type StarterLanguage = "fr" | "en";

export interface StarterLabels {
	home: string;
	allQuestions: string;
	questionsPageTitle: string;
	homeIntro: string;
	otherQuestions: string;
	noQuestions: string;
	breadcrumb: string;
	skipToContent: string;
	resources: string;
	videos: string;
	source: string;
	speakers: string;
	citedBy: string;
	notPublished: string;
	resourceCount: string;
	kindNote: string;
	kindVideo: string;
	kindExternal: string;
	kindUnresolved: string;
	kindResource: string;
	kindQuestion: string;
	footer: string;
}

const fr: StarterLabels = {
	home: "Accueil",
	allQuestions: "Toutes les questions",
	questionsPageTitle: "Les questions",
	homeIntro: "Des questions concrètes sur la stratégie numérique des musées, et les ressources qui y répondent.",
	otherQuestions: "Autres questions",
	noQuestions: "Aucune question publiée pour l’instant.",
	breadcrumb: "Fil d’Ariane",
	skipToContent: "Aller au contenu",
	resources: "Ressources",
	videos: "Vidéos",
	source: "Voir la source",
	speakers: "Intervenants",
	citedBy: "Cette ressource répond à",
	notPublished: "pas encore publiée",
	resourceCount: "ressources",
	kindNote: "Fiche",
	kindVideo: "Vidéo",
	kindExternal: "Lien externe",
	kindUnresolved: "Non publiée",
	kindResource: "Ressource",
	kindQuestion: "Question",
	footer: "Site publié depuis un coffre Obsidian avec Eleventy.",
};

const en: StarterLabels = {
	home: "Home",
	allQuestions: "All questions",
	questionsPageTitle: "The questions",
	homeIntro: "Practical questions about museums’ digital strategy, and the resources that answer them.",
	otherQuestions: "Other questions",
	noQuestions: "No question published yet.",
	breadcrumb: "Breadcrumb",
	skipToContent: "Skip to content",
	resources: "Resources",
	videos: "Videos",
	source: "View the source",
	speakers: "Speakers",
	citedBy: "This resource answers",
	notPublished: "not published yet",
	resourceCount: "resources",
	kindNote: "Note",
	kindVideo: "Video",
	kindExternal: "External link",
	kindUnresolved: "Not published",
	kindResource: "Resource",
	kindQuestion: "Question",
	footer: "Published from an Obsidian vault with Eleventy.",
};

export function starterLabels(language: StarterLanguage): StarterLabels {
	return language === "en" ? en : fr;
}
