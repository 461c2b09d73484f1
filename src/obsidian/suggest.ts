import { AbstractInputSuggest, App, TFile, TFolder } from "obsidian";
import { NavigationEntry } from "../core/note/navigation-keys";

/** Suggests navigation pages by key or title; picking one fills the input with its key. */
export class NavigationSuggest extends AbstractInputSuggest<NavigationEntry> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly entries: () => NavigationEntry[],
		private readonly onPick: () => void,
	) {
		super(app, input);
	}

	protected getSuggestions(query: string): NavigationEntry[] {
		const wanted = query.trim().toLowerCase();
		return this.entries()
			.filter((e) => e.key.toLowerCase().includes(wanted) || (e.title ?? "").toLowerCase().includes(wanted))
			.slice(0, 50);
	}

	renderSuggestion(entry: NavigationEntry, el: HTMLElement): void {
		el.createDiv({ text: entry.title ?? entry.key });
		el.createEl("small", { cls: "museum-suggestion-note", text: entry.key });
	}

	override selectSuggestion(entry: NavigationEntry): void {
		this.setValue(entry.key);
		this.input.dispatchEvent(new Event("input"));
		this.onPick();
		this.close();
	}
}

/** Suggests notes (for template settings) or folders, by path. */
export class PathSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		input: HTMLInputElement,
		private readonly kind: "note" | "folder",
		private readonly onPick: (path: string) => void,
	) {
		super(app, input);
	}

	protected getSuggestions(query: string): string[] {
		const wanted = query.trim().toLowerCase();
		const paths = this.app.vault
			.getAllLoadedFiles()
			.filter((f) => (this.kind === "note" ? f instanceof TFile && f.extension === "md" : f instanceof TFolder && !f.isRoot()))
			.map((f) => f.path);
		return paths.filter((p) => p.toLowerCase().includes(wanted)).slice(0, 50);
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string): void {
		this.setValue(path);
		this.onPick(path);
		this.close();
	}
}
