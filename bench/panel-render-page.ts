/**
 * Runs in Chromium (bundled for the browser by bench/panel-render.ts): renders
 * a sidebar model with the plugin's own render code and Obsidian's DOM helpers
 * (the in-memory Obsidian installs them on the page's DOM), and times it.
 */
import "obsidian";
import { SidebarModel } from "../src/core/sidebar";
import { SIDEBAR_STRINGS } from "../src/i18n/strings-sidebar";
import { translator } from "../src/i18n/translate";
import { SidebarActions } from "../src/obsidian/sidebar/actions";
import { renderSidebar } from "../src/obsidian/sidebar/render";

const actions: SidebarActions = { open: () => undefined, openUrl: () => undefined, hover: () => undefined, fileMenu: () => undefined, drag: () => undefined, create: () => undefined, fixTags: () => undefined, filter: () => undefined };

(window as unknown as { timeRender: (model: SidebarModel, runs: number) => number }).timeRender = (model, runs) => {
	const root = document.body.createDiv({ cls: "view-content museum-sidebar" });
	const t = translator("fr", SIDEBAR_STRINGS);
	// Warm up first, as the panel is after its first render: the first runs time the JIT compiler, not the code.
	for (let i = 0; i < 10; i++) renderSidebar(root, model, t, actions);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		renderSidebar(root, model, t, actions);
		// Layout is part of what the user waits for.
		void root.offsetHeight;
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
