import { bilingual } from "./translate";

/** Writing help: similar questions, the "Apparaît dans" lines, video notes from a link. */
export const WRITING_STRINGS = bilingual({
	"similar.title": ["Similar questions", "Questions proches"],
	"similar.add": ["Add to Ressources similaires", "Ajouter aux Ressources similaires"],
	"similar.open": ["Open instead", "Ouvrir plutôt"],
	"appears.none": ["Every 'Appears in' line is up to date.", "Toutes les lignes « Apparaît dans » sont à jour."],
	"appears.apply": ["Apply", "Appliquer"],
	"appears.done": ["Lines updated: {count}", "Lignes mises à jour : {count}"],
	"video.link": ["Link", "Lien"],
	"video.title": ["Title", "Titre"],
	"video.speakers": ["Speakers", "Intervenants"],
	"video.event": ["Day or event", "Jour ou événement"],
	"video.questions": "Questions",
	"video.not-video": ["Not a YouTube, Vimeo, Dailymotion or PeerTube video link.", "Ce n’est pas un lien de vidéo YouTube, Vimeo, Dailymotion ou PeerTube."],
	"video.no-details": ["No details from {host}: the note is made from the link alone.", "Pas de détails de {host} : la note est faite à partir du lien seul."],
	"video.exists": ["{path} exists already: change the title.", "{path} existe déjà : changez le titre."],
	"video.bad-title": ["This title cannot be a file name.", "Ce titre ne peut pas être un nom de fichier."],
});
