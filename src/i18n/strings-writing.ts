import { StringTable } from "./translate";

/** Writing help: the similar questions of the new question dialog. */
export const WRITING_STRINGS: StringTable = {
	en: {
		"similar.title": "Similar questions",
		"similar.add": "Add to Ressources similaires",
		"similar.open": "Open instead",
	},
	fr: {
		"similar.title": "Questions proches",
		"similar.add": "Ajouter aux Ressources similaires",
		"similar.open": "Ouvrir plutôt",
	},
};
