import { bilingual } from "./translate";

/** Strings of the command line's human output (JSON output and option errors stay English, for scripts). */
export const CLI_STRINGS = bilingual({
	"cli.summary": ["{errors} error(s), {warnings} warning(s)", "{errors} erreur(s), {warnings} avertissement(s)"],
	"cli.no-problems": ["No problems found.", "Aucun problème."],
	"cli.line": ["line {line}: ", "ligne {line} : "],
	"cli.similar.none": ["No similar question.", "Aucune question proche."],
	"cli.appears.done": ["{changed} line(s) changed, {unchanged} note(s) unchanged.", "{changed} ligne(s) modifiée(s), {unchanged} note(s) inchangée(s)."],
	"cli.appears.dry": ["{changed} line(s) to change, {unchanged} note(s) unchanged.", "{changed} ligne(s) à modifier, {unchanged} note(s) inchangée(s)."],
	"cli.video.no-details": ["no details from {host} ({reason}): the note is made from the address alone.", "pas de détails de {host} ({reason}) : la note est faite à partir de l’adresse seule."],
	"warning.appears-in-stale": [null, "La ligne « Apparaît dans » ne correspond pas aux questions qui citent cette note ; sync-appears-in écrit : {after}"],
	"warning.appears-in-uncited": [null, "Plus aucune question ne cite cette note ; sa ligne « Apparaît dans » est gardée telle quelle."],
});
