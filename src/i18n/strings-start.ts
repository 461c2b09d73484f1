import { bilingual } from "./translate";

/**
 * What Obsidian asks of the plugin as it starts: command names, the ribbon and the hover source. This table
 * stays plain in main.js (scripts/pack-strings.cjs leaves it), so that start-up unpacks no strings: every
 * other table is packed and unpacked on its first lookup. A string needed at start-up belongs here.
 */
export const START_STRINGS = bilingual({
	"publish.command.selected": ["Publish selected notes…", "Publier des notes choisies…"],
	"publish.command.current": ["Publish current note", "Publier la note active"],
	"sidebar.command.open": ["Open resource sidebar", "Ouvrir le panneau des ressources"],
	"sidebar.hover": ["Museum resources", "Ressources du musée"],
	"command.create-question": ["Create museum strategy question", "Créer une question de stratégie muséale"],
	"command.update-appears-in": ["Update 'Appears in' lines", "Mettre à jour les lignes « Apparaît dans »"],
	"command.video-from-link": ["Create video note from a link", "Créer une note vidéo depuis un lien"],
	"command.add-question-properties": ["Add question properties to current note", "Ajouter les propriétés de question à la note"],
});
