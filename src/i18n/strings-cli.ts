import { StringTable } from "./translate";

/** Strings of the command line's human output (JSON output and option errors stay English, for scripts). */
export const CLI_STRINGS: StringTable = {
	en: {
		"cli.summary": "{errors} error(s), {warnings} warning(s)",
		"cli.no-problems": "No problems found.",
		"cli.line": "line {line}: ",
	},
	fr: {
		"cli.summary": "{errors} erreur(s), {warnings} avertissement(s)",
		"cli.no-problems": "Aucun problème.",
		"cli.line": "ligne {line} : ",
	},
};
