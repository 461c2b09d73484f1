import { bilingual } from "./translate";

/** Writing help: the similar questions of the new question dialog. */
export const WRITING_STRINGS = bilingual({
	"similar.title": ["Similar questions", "Questions proches"],
	"similar.add": ["Add to Ressources similaires", "Ajouter aux Ressources similaires"],
	"similar.open": ["Open instead", "Ouvrir plutôt"],
});
