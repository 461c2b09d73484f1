/** @jest-environment jsdom */
import { App, Plugin, TFile } from "../obsidian";
import { createApp, flush, runCommand } from "../obsidian/harness";
import { withDefaults } from "../../src/core/settings";
import { installSidebar } from "../../src/obsidian/sidebar/install";
import { SidebarView } from "../../src/obsidian/sidebar/sidebar-view";
import { RESOURCE_SIDEBAR_VIEW } from "../../src/obsidian/sidebar/view-type";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { museumVault } from "../core/index/museum-vault";

// The plugin's main.ts does not call installSidebar yet: the sidebar is driven from its sources.
const Q = "Notes/Qu'est-ce qu'un jumeau numérique.md";
const CH = "Notes/Le jumeau numérique du château.md";
const RAP = "Notes/Rapport sur la numérisation 3D.md";

interface Setup {
	app: App;
	created: [string, string][];
	view: () => SidebarView;
}

async function setup(extra: Record<string, string> = {}): Promise<Setup> {
	const app = await createApp({ ...Object.fromEntries(museumVault()), ...extra });
	document.body.appendChild((app.workspace as unknown as { containerEl: HTMLElement }).containerEl);
	const plugin = Object.assign(new Plugin(app, { id: "museum-strategy-notes", name: "Museum", version: "0", minAppVersion: "1.8.7", author: "", description: "" } as never), {
		settings: withDefaults(undefined),
		t: (key: string) => key,
	});
	const created: [string, string][] = [];
	installSidebar(plugin as never, (linkpath, source) => created.push([linkpath, source]));
	app.workspace.triggerLayoutReady();
	await flush(app);
	return {
		app,
		created,
		view: () => app.workspace.getLeavesOfType(RESOURCE_SIDEBAR_VIEW)[0].view as unknown as SidebarView,
	};
}

const open = async (app: App, path: string) => {
	await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path) as TFile);
	await flush(app);
};
const settle = async (app: App) => {
	await flush(app);
	jest.advanceTimersByTime(300);
	await flush(app);
};
const titles = (view: SidebarView, cls = "museum-resource-title") => Array.from(view.contentEl.querySelectorAll(`.${cls}`)).map((el) => el.textContent);

beforeEach(() => {
	jest.useFakeTimers();
	document.body.empty();
});
afterEach(() => jest.useRealTimers());

describe("resource sidebar in the in-memory Obsidian", () => {
	test("the command opens the panel in the right sidebar; it shows the active question's resources", async () => {
		const { app, view } = await setup();
		await open(app, Q);
		expect(runCommand(app, "museum-strategy-notes:open-resource-sidebar")).toBe(true);
		await settle(app);
		expect(view().getDisplayText()).toBe("Museum resources");
		expect(view().model?.kind).toBe("question");
		expect(view().contentEl.querySelector(".museum-question")?.textContent).toBe("Qu'est-ce qu'un jumeau numérique?");
		expect(titles(view())).toEqual([
			"Le jumeau numérique du château",
			"Le rapport 3D",
			"Un guide en ligne",
			"Qu'est-ce qu'un jumeau numérique?",
			"Un temps pour la rematérialisation",
			"Le jumeau numérique du château",
		]);
	});

	test("edits, renames and deletions update the panel after the debounce", async () => {
		const { app, view } = await setup();
		await open(app, Q);
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		const file = app.vault.getFileByPath(Q) as TFile;
		await app.vault.process(file, (text) => text.replace("1. [[Le jumeau numérique du château]]", "1. [[Rapport sur la numérisation 3D]]"));
		await settle(app);
		expect(titles(view())[0]).toBe("Le rapport 3D");
		// Obsidian's rename updates the links that point at the note; the panel follows.
		await app.fileManager.renameFile(app.vault.getFileByPath(RAP) as TFile, "Notes/Rapport 3D.md");
		await settle(app);
		expect(view().model?.resources[0].target).toBe("Notes/Rapport 3D.md");
	});

	test("Create on an unresolved resource calls the injected callback", async () => {
		const { app, view, created } = await setup();
		await open(app, Q);
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		(view().contentEl.querySelector("button.museum-create") as HTMLElement).click();
		expect(created).toEqual([["Qu'est-ce qu'un jumeau numérique?", Q]]);

		// The missing note's row is on the arrow keys' path, and Enter creates it too.
		const items = Array.from(view().contentEl.querySelectorAll<HTMLElement>(".museum-sidebar-item"));
		const missing = view().contentEl.querySelector<HTMLElement>(".museum-resource.museum-state-unresolved")!;
		const before = items[items.indexOf(missing) - 1];
		before.focus();
		before.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(missing);
		missing.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(created).toEqual([
			["Qu'est-ce qu'un jumeau numérique?", Q],
			["Qu'est-ce qu'un jumeau numérique?", Q],
		]);
	});

	test("click opens, Ctrl-click opens a new tab, hover asks for the page preview, arrows move the focus", async () => {
		const { app, view } = await setup();
		await open(app, Q);
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		const items = () => Array.from(view().contentEl.querySelectorAll<HTMLElement>(".museum-resource.museum-sidebar-item"));
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
		items()[0].dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toEqual([expect.objectContaining({ source: RESOURCE_SIDEBAR_VIEW, linktext: CH, sourcePath: Q })]);

		const leavesBefore = app.workspace.getLeavesOfType("markdown").length;
		items()[0].dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true, metaKey: true }));
		await flush(app);
		expect(app.workspace.getLeavesOfType("markdown").length).toBe(leavesBefore + 1);
		expect(app.workspace.getActiveFile()?.path).toBe(CH);

		// A resource note shows the questions citing it.
		await settle(app);
		expect(view().model?.kind).toBe("resource");
		expect(view().model?.citedBy.map((c) => c.number)).toEqual([1, 7]);

		await open(app, Q);
		await settle(app);
		items()[0].focus();
		items()[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(items()[1]);
		items()[1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe(RAP);
	});

	test("any other note shows the overview, with a filter", async () => {
		const { app, view } = await setup();
		await open(app, "Navigation/Comprendre.md");
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		expect(titles(view())).toEqual(["Comment numériser ses collections?", "Qu'est-ce qu'un jumeau numérique?", "Qu'est-ce qu'une stratégie numérique pour un musée ?"]);
		const filter = view().contentEl.querySelector("input.museum-filter") as HTMLInputElement;
		filter.value = "jumeau";
		filter.dispatchEvent(new Event("input", { bubbles: true }));
		await settle(app);
		expect(titles(view())).toEqual(["Qu'est-ce qu'un jumeau numérique?"]);
	});

	test("the seed draft, as written (tags: #question): its four resources as numbered, the two talks of Video J1, and a Fix that writes tags: question", async () => {
		const seed = readFileSync(join(__dirname, "../../../shared/seed/000_ca90a751f1c2399d.txt"), "utf8");
		const S = "Notes/Stratégie numérique.md";
		const { app, view } = await setup({ [S]: seed });
		await open(app, S);
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		const el = view().contentEl;
		expect(titles(view()).length).toBe(4);
		expect(Array.from(el.querySelectorAll(".museum-resource .museum-resource-number")).map((n) => n.textContent)).toEqual(["1.", "1.", "2.", "1."]);
		expect(titles(view(), "museum-video-title")).toEqual([
			"Présentation du projet DOORS (Incubateur de projets numériques pour petits et moyens musées)",
			"Présentation Numeriq Quebec (enjeux, stratégie, résultats pratiques) - projet d'accompagnement numérique pour la culture, inclus dans un plan gouvernemental",
		]);
		const fix = el.querySelector<HTMLButtonElement>(".museum-warning button.museum-fix")!;
		expect(fix.closest(".museum-warning")?.textContent).toContain("tags: #question");
		expect(fix.getAttribute("aria-label")).toBe("Write tags: question");
		fix.click();
		await settle(app);
		expect(await app.vault.read(app.vault.getFileByPath(S) as TFile)).toBe(seed.replace("tags: #question", "tags: question"));
		expect(view().model?.warnings.map((w) => w.code)).not.toContain("tags-commented-out");
		expect(view().model?.kind).toBe("question");
	});

	test("problem rows say 'line 19', apart from the resource numbers; a missing note shows one state and one action", async () => {
		const { app, view } = await setup();
		await open(app, Q);
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		const el = view().contentEl;
		expect(el.querySelector(".museum-warning .museum-resource-number")).toBeNull();
		const unresolved = Array.from(el.querySelectorAll(".museum-warning")).find((w) => w.textContent?.includes("unresolved") || w.textContent?.includes("does not exist"))!;
		expect(unresolved.querySelector(".museum-warning-line")?.textContent).toBe("line 19");
		expect(unresolved.textContent).toBe("line 19The note \"Qu'est-ce qu'un jumeau numérique?\" does not exist.");
		const missing = el.querySelector(".museum-resource.museum-state-unresolved")!;
		expect(missing.querySelectorAll(".museum-badge, button").length).toBe(1);
		expect(missing.querySelector("button.museum-create")?.getAttribute("aria-label")).toBe("No note named Qu'est-ce qu'un jumeau numérique? yet: create it in the resources folder");
	});

	test("each related-questions icon says why in its tooltip", async () => {
		const { app, view } = await setup();
		await open(app, "Notes/Comment numériser ses collections.md");
		runCommand(app, "museum-strategy-notes:open-resource-sidebar");
		await settle(app);
		const icons = Array.from(view().contentEl.querySelectorAll(".museum-related .museum-icon")).map((i) => i.getAttribute("aria-label"));
		expect(icons).toEqual(["Cites 1 resource in common"]);
		await open(app, Q);
		await settle(app);
		expect(Array.from(view().contentEl.querySelectorAll(".museum-related .museum-icon")).map((i) => i.getAttribute("aria-label"))).toEqual(["Listed under “Ressources similaires”"]);
	});
});
