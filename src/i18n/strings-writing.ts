import { bilingual } from "./translate";

/** Writing help: similar questions, the "Apparaît dans" lines. */
export const WRITING_STRINGS = bilingual({
	"similar.title": ["Similar questions", "Questions proches"],
	"similar.add": ["Add to Ressources similaires", "Ajouter aux Ressources similaires"],
	"similar.open": ["Open instead", "Ouvrir plutôt"],
	"command.update-appears-in": ["Update 'Appears in' lines", "Mettre à jour les lignes « Apparaît dans »"],
	"appears.none": ["Every 'Appears in' line is up to date.", "Toutes les lignes « Apparaît dans » sont à jour."],
	"appears.apply": ["Apply", "Appliquer"],
	"appears.done": ["Lines updated: {count}", "Lignes mises à jour : {count}"],
});
