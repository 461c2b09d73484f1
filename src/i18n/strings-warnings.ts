import { Strings, StringTable, Translate } from "./translate";

/**
 * The note problems the core reports (by code, with their params), in the
 * interface's language. The core's own English message is the fallback for a
 * code missing here.
 */
const en: Strings = {
	"warning.numbering-gap": "Resource {position} is numbered {number}: the list is kept in its written order.",
	"warning.resource-empty": "Resource {number} is empty.",
	"warning.resource-without-link": "Resource {number} does not start with a link.",
	"warning.missing-summary": "Resource {number} has no summary under it.",
	"warning.empty-note": "The note is empty.",
	"warning.question-without-resources": "The question lists no resources (a numbered list of links).",
	"warning.question-text-from-filename": "No navigation title, alias or heading gives the exact question: the file name is used.",
	"warning.navigation-missing": "No eleventyNavigation: the question is not in the site's navigation.",
	"warning.frontmatter-unclosed": "The properties start with --- but are never closed by a --- line.",
	"warning.frontmatter-not-a-map": "The properties are not a list of key: value lines.",
	"warning.yaml-invalid": "The properties are not valid YAML: {detail}",
	"warning.tags-commented-out": "\"{key}: #{value}\" is read as empty: in YAML a # starts a comment. Write \"{key}: {value}\".",
	"warning.value-commented-out": "\"{key}: #{value}\" is read as empty: in YAML a # starts a comment. Write \"{key}: {value}\".",
	"warning.tags-empty": "The tags property is empty: the note is neither a question nor a resource.",
	"warning.obsidian-url": "\"{link}\" is Obsidian's own link to \"{target}\": it never works on the site. Write [[{target}]] instead.",
	"warning.unresolved-link": "\"{label}\" links to a note that does not exist: {link}",
	"warning.duplicate-navigation-key": "The navigation key \"{key}\" is also used by {others}.",
	"warning.missing-parent": "The navigation parent \"{parent}\" is not the key of any note.",
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
	"warning.tags-commented-out": "« {key}: #{value} » est lu comme vide : en YAML, # commence un commentaire. Écrivez « {key}: {value} ».",
	"warning.value-commented-out": "« {key}: #{value} » est lu comme vide : en YAML, # commence un commentaire. Écrivez « {key}: {value} ».",
	"warning.tags-empty": "La propriété tags est vide : la note n'est ni une question ni une ressource.",
	"warning.obsidian-url": "« {link} » est un lien interne d'Obsidian vers « {target} » : il ne marche jamais sur le site. Écrivez plutôt [[{target}]].",
	"warning.unresolved-link": "« {label} » pointe vers une note qui n'existe pas : {link}",
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
