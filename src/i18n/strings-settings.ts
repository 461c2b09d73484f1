import { bilingual } from "./translate";

export const SETTINGS_STRINGS = bilingual({
	"settings.notes": ["New notes", "Nouvelles notes"],
	"settings.questionsFolder": ["Questions folder", "Dossier des questions"],
	"settings.questionsFolder.desc": ["Where new questions are created. Created if missing.", "Où les nouvelles questions sont créées. Créé s’il n’existe pas."],
	"settings.resourcesFolder": ["Resources folder", "Dossier des ressources"],
	"settings.resourcesFolder.desc": ["Where resource notes created from the sidebar go.", "Où vont les notes de ressource créées depuis le panneau."],
	"settings.questionTemplate": ["Question template note", "Note modèle de question"],
	"settings.questionTemplate.desc": ["A note whose text new questions start from; it may use {{question}}, {{answer}}, {{key}}, {{parent}}, {{date}}, {{title}}, {{filename}}. Empty: the built-in template.", "Une note dont le texte sert de départ aux nouvelles questions ; elle peut utiliser {{question}}, {{answer}}, {{key}}, {{parent}}, {{date}}, {{title}}, {{filename}}. Vide : le modèle intégré."],
	"settings.resourceTemplate": ["Resource template note", "Note modèle de ressource"],
	"settings.resourceTemplate.desc": ["A note whose text new resource notes start from. Empty: the built-in template.", "Une note dont le texte sert de départ aux nouvelles ressources. Vide : le modèle intégré."],
	"settings.siteTitle": ["Site title", "Titre du site"],
	"settings.siteTitle.desc": ["The title property of every new note.", "La propriété title de chaque nouvelle note."],
	"settings.layout": ["Layout", "Gabarit"],
	"settings.layout.desc": ["The Eleventy layout of new notes.", "Le gabarit Eleventy des nouvelles notes."],
	"settings.openIn": ["Open new notes in", "Ouvrir les nouvelles notes dans"],
	"settings.openIn.tab": ["A new tab", "Un nouvel onglet"],
	"settings.openIn.split": ["A split pane", "Un panneau divisé"],
	"settings.openIn.current": ["The current tab", "L’onglet actuel"],
	"settings.addMissingAppearsIn": ["Add missing 'Appears in' lines", "Ajouter les lignes « Apparaît dans » manquantes"],
	"settings.placeholder.none": ["None (built-in)", "Aucune (modèle intégré)"],
});
