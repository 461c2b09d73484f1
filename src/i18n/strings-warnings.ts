import { bilingual, Translate } from "./translate";

/**
 * The note problems the core reports (by code, with their params), in the
 * interface's language. The core's own English message is the English text,
 * and the fallback for a code missing in French.
 */
// English is the core's own message (`warningText` falls back to it, `null` below), except where the
// interface says "properties", as Obsidian does, and the core "frontmatter".
export const WARNING_STRINGS = bilingual({
	"warning.numbering-gap": [null, "La ressource {position} porte le numéro {number} : la liste garde l'ordre écrit."],
	"warning.resource-empty": [null, "La ressource {number} est vide."],
	"warning.resource-without-link": [null, "La ressource {number} ne commence pas par un lien."],
	"warning.missing-summary": [null, "La ressource {number} n'a pas de résumé en dessous."],
	"warning.empty-note": [null, "La note est vide."],
	"warning.question-without-resources": [null, "La question ne liste aucune ressource (une liste numérotée de liens)."],
	"warning.question-text-from-filename": [null, "Ni titre de navigation, ni alias, ni titre ne donne la question exacte : le nom du fichier est utilisé."],
	"warning.navigation-missing": [null, "Pas d'eleventyNavigation : la question n'apparaît pas dans la navigation du site."],
	"warning.frontmatter-unclosed": ["The properties start with --- but are never closed by a --- line.", "Les propriétés commencent par --- mais ne sont jamais fermées par une ligne ---."],
	"warning.frontmatter-not-a-map": ["The properties are not a list of key: value lines.", "Les propriétés ne sont pas une liste de lignes clé: valeur."],
	"warning.yaml-invalid": ["The properties are not valid YAML: {detail}", "Les propriétés ne sont pas du YAML valide : {detail}"],
	"warning.tags-commented-out": [null, "« {key}: #{value} » est un commentaire YAML (# en commence un) : Obsidian le lit comme vide. Écrivez « {key}: {value} »."],
	"warning.value-commented-out": [null, "« {key}: #{value} » est un commentaire YAML (# en commence un) : Obsidian le lit comme vide. Écrivez « {key}: {value} »."],
	"warning.tags-empty": [null, "La propriété tags est vide : la note n'est ni une question ni une ressource."],
	"warning.obsidian-url": [null, "« {link} » est un lien interne d'Obsidian vers « {target} » : il ne marche jamais sur le site. Écrivez plutôt [[{target}]]."],
	"warning.unresolved-link": [null, "La note « {target} » n'existe pas."],
	"warning.duplicate-navigation-key": [null, "La clé de navigation « {key} » est aussi utilisée par {others}."],
	"warning.missing-parent": [null, "Le parent de navigation « {parent} » n'est la clé d'aucune note."],
});

/** A problem in the interface's language; the core's English message when the code or a param is unknown. */
export function warningText(t: Translate, problem: { code: string; message: string; params?: Record<string, string | number> }): string {
	const key = `warning.${problem.code}`;
	const text = t(key, problem.params);
	return text === key || /\{\w+\}/.test(text) ? problem.message : text;
}
