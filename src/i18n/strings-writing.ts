import { StringTable } from "./translate";

/** Writing help: similar questions and "Apparaît dans" lines (Cancel is the question dialog's). */
export const WRITING_STRINGS: StringTable = {
	en: {
		"similar.title": "Similar questions",
		"similar.add": "Add to Ressources similaires",
		"similar.open": "Open instead",
		"appears.command": "Update 'Appears in' lines",
		"appears.none": "The “Apparaît dans” lines are up to date.",
		"appears.apply": "Update {count} notes",
		"appears.done": "Notes updated: {count}.",
		"appears.missing": "Add missing lines",
		"appears.missing.desc": "Also give the line to cited notes without one.",
	},
	fr: {
		"similar.title": "Questions proches",
		"similar.add": "Ajouter aux Ressources similaires",
		"similar.open": "Ouvrir plutôt",
		"appears.command": "Mettre à jour les lignes « Apparaît dans »",
		"appears.none": "Les lignes « Apparaît dans » sont à jour.",
		"appears.apply": "Mettre à jour {count} notes",
		"appears.done": "Notes mises à jour : {count}.",
		"appears.missing": "Ajouter les lignes manquantes",
		"appears.missing.desc": "Donner aussi la ligne aux notes citées qui n’en ont pas.",
	},
};
