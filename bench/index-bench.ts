import { VaultIndex } from "../src/core/index";
import { generateQuestion } from "../src/core/bench/generate-vault";
import { readFrontmatter } from "../src/core/note/frontmatter";
import { VaultPathResolver } from "../src/core/links/resolver";
import { sidebarModel } from "../src/core/sidebar";
import { translator } from "../src/i18n/translate";
import { SIDEBAR_STRINGS } from "../src/i18n/strings-sidebar";
import { renderSidebar } from "../src/obsidian/sidebar/render";
import { SidebarActions } from "../src/obsidian/sidebar/actions";
import { BenchContext, time } from "./bench";
import { panelRenderInChromium } from "./panel-render";

/** Issue 4's targets: index build, view model, one-note update, panel render. */
export async function indexBenchmarks({ vault, yaml, report, table }: BenchContext): Promise<void> {
	const entries = [...vault];
	const paths = [...vault.keys()];
	// Inside Obsidian the metadata cache has parsed every frontmatter before the plugin's index is built.
	const withFrontmatter = entries.map(([path, text]) => [path, text, readFrontmatter(text, yaml).data] as const);
	const pluginBuild = time(() => VaultIndex.build(withFrontmatter, yaml, new VaultPathResolver(paths)), 3);
	report("index build, in Obsidian (frontmatter from its cache)", `${pluginBuild.toFixed(0)} ms`, "goal ≤ 0.3 s");
	table.set("index build in the plugin", `${(pluginBuild / 1000).toFixed(2)} s`);
	const cliBuild = time(() => VaultIndex.build(entries, yaml, new VaultPathResolver(paths)), 3);
	report("index build, command line (parses the YAML too)", `${cliBuild.toFixed(0)} ms`, "");

	const index = VaultIndex.build(withFrontmatter, yaml, new VaultPathResolver(paths));
	const question = index.questions()[Math.floor(index.questions().length / 2)].path;
	report("view model for one question", `${time(() => sidebarModel(index, question), 201).toFixed(2)} ms`, "target ≤ 5 ms");

	const text = vault.get(question) ?? "";
	let n = 0;
	const update = time(() => index.upsert(question, text.replace(/Une réponse courte/, `Une réponse ${n++}`), readFrontmatter(text, yaml).data), 201);
	report("index update after one note changes", `${update.toFixed(2)} ms`, "target ≤ 2 ms");

	const resources = index.resources().map((r) => r.basename);
	const big = "Notes/Question à cinquante ressources.md";
	index.upsert(big, generateQuestion(50, (i) => resources[i % resources.length]));
	const model = sidebarModel(index, big);
	const root = document.body.createDiv();
	const t = translator("fr", SIDEBAR_STRINGS);
	const actions: SidebarActions = { open: () => undefined, openUrl: () => undefined, hover: () => undefined, fileMenu: () => undefined, drag: () => undefined, create: () => undefined, fixTags: () => undefined, filter: () => undefined };
	const render = time(() => renderSidebar(root, model, t, actions), 51);
	report(`panel render of a ${model.resources.length}-resource question (jsdom)`, `${render.toFixed(2)} ms`, "jsdom: slower than a browser");
	await panelRenderInChromium(model, report);
}
