import { AbstractInputSuggest, App, TFile, TFolder } from "obsidian";
import { NavigationEntry } from "../core/note/navigation-keys";

/**
 * Suggests the `items` one of whose `texts` (a string item: itself) holds
 * what is typed (or the part of it `wanted` picks, e.g. the last of a list),
 * whatever the case; picking one hands it to `onPick`.
 */
export class ListSuggest<T = string> extends AbstractInputSuggest<T> {
	#items: () => T[];
	#onPick: (item: T) => void;
	#wanted: (typed: string) => string;
	#texts: (item: T) => string[];

	constructor(app: App, input: HTMLInputElement, items: () => T[], onPick: (item: T) => void, wanted = (typed: string) => typed, texts = (item: T) => [String(item)]) {
		super(app, input);
		this.#items = items;
		this.#onPick = onPick;
		this.#wanted = wanted;
		this.#texts = texts;
	}

	protected getSuggestions(typed: string): T[] {
		const wanted = this.#wanted(typed).trim().toLowerCase();
		return this.#items()
			.filter((item) => this.#texts(item).some((text) => text.toLowerCase().includes(wanted)))
			.slice(0, 50);
	}

	renderSuggestion(item: T, el: HTMLElement): void {
		el.setText(String(item));
	}

	override selectSuggestion(item: T): void {
		this.#onPick(item);
		this.close();
	}
}

/** Suggests navigation pages by key or title; picking one fills the input with its key. */
export class NavigationSuggest extends ListSuggest<NavigationEntry> {
	constructor(app: App, input: HTMLInputElement, entries: () => NavigationEntry[], onPick: () => void) {
		super(
			app,
			input,
			entries,
			(entry) => {
				this.setValue(entry.key);
				input.dispatchEvent(new Event("input"));
				onPick();
			},
			undefined,
			(entry) => [entry.key, entry.title ?? ""],
		);
	}

	override renderSuggestion(entry: NavigationEntry, el: HTMLElement): void {
		el.createDiv({ text: entry.title ?? entry.key });
		el.createEl("small", { cls: "museum-suggestion-note", text: entry.key });
	}
}

/** Suggests notes (for template settings) or folders, by path; picking one fills the input. */
export function suggestPaths(app: App, input: HTMLInputElement, kind: "note" | "folder", onPick: (path: string) => void): ListSuggest {
	const paths = () =>
		app.vault
			.getAllLoadedFiles()
			.filter((f) => (kind === "note" ? f instanceof TFile && f.extension === "md" : f instanceof TFolder && !f.isRoot()))
			.map((f) => f.path);
	return new ListSuggest(app, input, paths, (path) => {
		input.value = path;
		onPick(path);
	});
}
