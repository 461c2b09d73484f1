import { VaultIndex } from "../index/vault-index";
import { citedBy } from "./cited-by";
import { SidebarModel } from "./model";
import { navigationEntry } from "./navigation-entry";
import { noteWarnings } from "./note-warnings";
import { overviewModel } from "./overview";
import { relatedQuestions } from "./related";
import { resourceEntry } from "./resource-entry";
import { questionVideos } from "./videos";

export interface SidebarOptions {
	/** The overview's filter box. */
	filter?: string;
	/** Template notes (tagged question, full of placeholders) stay out of the overview. */
	isTemplate?: (path: string) => boolean;
}

/**
 * The sidebar's model for the active note: a question shows its resources,
 * videos and related questions; a resource or video note shows the
 * questions citing it; any other note, or none, shows the overview.
 */
export function sidebarModel(index: VaultIndex, path: string | null, options: SidebarOptions = {}): SidebarModel {
	const note = path === null ? undefined : index.get(path);
	const empty: SidebarModel = {
		note: path,
		kind: "none",
		title: null,
		question: null,
		navigation: null,
		resources: [],
		videos: [],
		related: [],
		citedBy: [],
		warnings: [],
		overview: null,
	};
	if (!note) return { ...empty, note: null, overview: overviewModel(index, options.filter, options.isTemplate) };
	const model: SidebarModel = {
		...empty,
		kind: note.kind,
		title: note.title,
		question: note.question,
		navigation: navigationEntry(index, note),
		citedBy: citedBy(index, note.path),
		warnings: noteWarnings(index, note),
	};
	if (note.kind === "question") {
		model.resources = note.resources.map((item, i) => resourceEntry(index, note, item, i + 1));
		model.videos = questionVideos(index, note);
		model.related = relatedQuestions(index, note);
	} else if (note.kind === "other") {
		model.overview = overviewModel(index, options.filter, options.isTemplate);
	}
	return model;
}
