import { Strings, StringTable, Translate } from "./translate";

/**
 * The note problems the core reports (by code, with their params), in the
 * interface's language. The core's own English message is the English text,
 * and the fallback for a code missing in French.
 */
// English is the core's own message (`warningText` falls back to it), except where the
// interface says "properties", as Obsidian does, and the core "frontmatter".
const en: Strings = {
	"warning.frontmatter-unclosed": "The properties start with --- but are never closed by a --- line.",
	"warning.frontmatter-not-a-map": "The properties are not a list of key: value lines.",
	"warning.yaml-invalid": "The properties are not valid YAML: {detail}",
};

const fr: Strings = {
	"warning.numbering-gap": "La ressource {position} porte le numéro {number} : la liste garde l'ordre écrit.",
	"warning.resource-empty": "La ressource {number} est vide.",
	"warning.resource-without-link": "La ressource {number} ne commence pas par un lien.",
	"warning.missing-summary": "La ressource {number} n'a pas de résumé en dessous.",
	"warning.empty-note": "La note est vide.",
	"warning.question-without-resources": "La question ne liste aucune ressource (une liste numérotée de liens).",
	"warning.question-text-from-filename": "Ni titre de navigation, ni alias, ni titre ne donne la question exacte : le nom du fichier est utilisé.",
	"warning.navigation-missing": "Pas d'eleventyNavigation : la question n'apparaît pas dans la navigation du site.",
	"warning.frontmatter-unclosed": "Les propriétés commencent par --- mais ne sont jamais fermées par une ligne ---.",
	"warning.frontmatter-not-a-map": "Les propriétés ne sont pas une liste de lignes clé: valeur.",
	"warning.yaml-invalid": "Les propriétés ne sont pas du YAML valide : {detail}",
	"warning.tags-commented-out": "« {key}: #{value} » est un commentaire YAML (# en commence un) : Obsidian le lit comme vide. Écrivez « {key}: {value} ».",
	"warning.value-commented-out": "« {key}: #{value} » est un commentaire YAML (# en commence un) : Obsidian le lit comme vide. Écrivez « {key}: {value} ».",
	"warning.tags-empty": "La propriété tags est vide : la note n'est ni une question ni une ressource.",
	"warning.obsidian-url": "« {link} » est un lien interne d'Obsidian vers « {target} » : il ne marche jamais sur le site. Écrivez plutôt [[{target}]].",
	"warning.unresolved-link": "La note « {target} » n'existe pas.",
	"warning.duplicate-navigation-key": "La clé de navigation « {key} » est aussi utilisée par {others}.",
	"warning.missing-parent": "Le parent de navigation « {parent} » n'est la clé d'aucune note.",
};

export const WARNING_STRINGS: StringTable = { en, fr };

/** A problem in the interface's language; the core's English message when the code or a param is unknown. */
export function warningText(t: Translate, problem: { code: string; message: string; params?: Record<string, string | number> }): string {
	const key = `warning.${problem.code}`;
	const text = t(key, problem.params);
	return text === key || /\{\w+\}/.test(text) ? problem.message : text;
}
