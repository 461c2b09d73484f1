import { StringTable } from "./translate";

/** Writing help: similar questions, "Apparaît dans" lines, video notes from a link. */
export const WRITING_STRINGS: StringTable = {
	en: {
		"similar.title": "Similar questions already in the vault",
		"similar.add": "Add to “Ressources similaires”",
		"similar.open": "Open this question instead",
	},
	fr: {
		"similar.title": "Questions proches déjà dans le coffre",
		"similar.add": "Ajouter aux « Ressources similaires »",
		"similar.open": "Ouvrir cette question plutôt",
	},
};
