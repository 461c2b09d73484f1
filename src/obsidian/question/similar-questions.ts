import { App, debounce, setIcon } from "obsidian";
import { VaultIndex } from "../../core/index";
import { relatedLink } from "../../core/similar/related-line";
import { similarRanking, similarSource } from "../../core/similar/rank";
import { Translate } from "../../i18n/translate";

/** What the new question dialog asks of its similar-questions list. */
export interface SimilarPanel {
	update(question: string): void;
	/** Links to the questions ticked, for the new note's "Ressources similaires" line. */
	related(): string[];
}

/**
 * Under the question box: the existing questions closest to what is typed
 * (up to 5, with their navigation parent), each openable instead of creating
 * a near-duplicate, each with a box to list it under "Ressources similaires".
 * The ranking is built once, when the dialog opens.
 */
export function similarPanel(app: App, t: Translate, index: VaultIndex | null, el: HTMLElement, close: () => void): SimilarPanel {
	const ranking = similarRanking(index?.questions().filter((q) => !q.question?.includes("{{")).map(similarSource) ?? []);
	const chosen = new Map<string, string>();
	const update = debounce((question: string) => {
		el.empty();
		const found = ranking(question, 5, { typing: true });
		if (found.length) el.createDiv({ cls: "museum-similar-title", text: t("similar.title") });
		for (const { path, question } of found) {
			const row = el.createDiv({ cls: "museum-similar-item" });
			const box = row.createEl("input", { type: "checkbox", attr: { "aria-label": t("similar.add") } });
			box.checked = chosen.has(path);
			box.onchange = () => (box.checked ? chosen.set(path, relatedLink(path, question)) : chosen.delete(path));
			const parent = index?.get(path)?.navigation?.parent;
			row.createDiv({ text: question }).createEl("small", { text: parent ? ` · ${index?.byNavigationKey(parent)[0]?.title ?? parent}` : "" });
			const open = row.createEl("button", { cls: "clickable-icon", attr: { "aria-label": t("similar.open") } });
			setIcon(open, "file-search");
			open.onclick = () => {
				close();
				const file = app.vault.getFileByPath(path);
				if (file) void app.workspace.getLeaf(false).openFile(file);
			};
		}
	}, 150, true);
	return { update, related: () => [...chosen.values()] };
}
