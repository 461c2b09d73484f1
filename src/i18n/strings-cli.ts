import { StringTable } from "./translate";

/** Strings of the command line's human output (JSON output and option errors stay English, for scripts). */
export const CLI_STRINGS: StringTable = {
	en: {
		"cli.summary": "{errors} error(s), {warnings} warning(s)",
		"cli.no-problems": "No problems found.",
		"cli.line": "line {line}: ",
		"cli.similar.none": "No similar question.",
		"cli.appears.done": "{changed} line(s) changed, {unchanged} note(s) unchanged.",
		"cli.appears.dry": "{changed} line(s) to change, {unchanged} note(s) unchanged.",
		"cli.video.no-details": "no details from {host} ({reason}): the note is made from the address alone.",
	},
	fr: {
		"cli.summary": "{errors} erreur(s), {warnings} avertissement(s)",
		"cli.no-problems": "Aucun problème.",
		"cli.line": "ligne {line} : ",
		"warning.appears-in-stale": "La ligne « Apparaît dans » ne correspond pas aux questions qui citent cette note ; sync-appears-in écrit : {after}",
		"warning.appears-in-uncited": "Plus aucune question ne cite cette note ; sa ligne « Apparaît dans » est gardée telle quelle.",
		"cli.similar.none": "Aucune question proche.",
		"cli.appears.done": "{changed} ligne(s) modifiée(s), {unchanged} note(s) inchangée(s).",
		"cli.appears.dry": "{changed} ligne(s) à modifier, {unchanged} note(s) inchangée(s).",
		"cli.video.no-details": "pas de détails de {host} ({reason}) : la note est faite à partir de l’adresse seule.",
	},
};
