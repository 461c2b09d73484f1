import { AbstractInputSuggest, App, TFile, TFolder } from "obsidian";
import { NavigationEntry } from "../core/note/navigation-keys";

/** Suggests navigation pages by key or title; picking one fills the input with its key. */
export class NavigationSuggest extends AbstractInputSuggest<NavigationEntry> {
	#input: HTMLInputElement;
	#entries: () => NavigationEntry[];
	#onPick: () => void;

	constructor(app: App, input: HTMLInputElement, entries: () => NavigationEntry[], onPick: () => void) {
		super(app, input);
		this.#input = input;
		this.#entries = entries;
		this.#onPick = onPick;
	}

	protected getSuggestions(query: string): NavigationEntry[] {
		const wanted = query.trim().toLowerCase();
		return this.#entries()
			.filter((e) => e.key.toLowerCase().includes(wanted) || (e.title ?? "").toLowerCase().includes(wanted))
			.slice(0, 50);
	}

	renderSuggestion(entry: NavigationEntry, el: HTMLElement): void {
		el.createDiv({ text: entry.title ?? entry.key });
		el.createEl("small", { cls: "museum-suggestion-note", text: entry.key });
	}

	override selectSuggestion(entry: NavigationEntry): void {
		this.setValue(entry.key);
		this.#input.dispatchEvent(new Event("input"));
		this.#onPick();
		this.close();
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

/**
 * Suggests the `items` that hold what is typed (or the part of it `wanted`
 * picks, e.g. the last of a list), whatever the case; picking one hands it to `onPick`.
 */
export class ListSuggest extends AbstractInputSuggest<string> {
	#items: () => string[];
	#onPick: (item: string) => void;
	#wanted: (typed: string) => string;

	constructor(app: App, input: HTMLInputElement, items: () => string[], onPick: (item: string) => void, wanted = (typed: string) => typed) {
		super(app, input);
		this.#items = items;
		this.#onPick = onPick;
		this.#wanted = wanted;
	}

	protected getSuggestions(typed: string): string[] {
		const wanted = this.#wanted(typed).trim().toLowerCase();
		return this.#items()
			.filter((item) => item.toLowerCase().includes(wanted))
			.slice(0, 50);
	}

	renderSuggestion(item: string, el: HTMLElement): void {
		el.setText(item);
	}

	override selectSuggestion(item: string): void {
		this.#onPick(item);
		this.close();
	}
}
