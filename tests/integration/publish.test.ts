/** @jest-environment jsdom */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { App, Menu, Notice, Platform, Plugin, setLanguage, TFile, TFolder } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand, until } from "../obsidian/harness";

// Publishing from the BUILT main.js (`npm run build` first), into a real temporary site folder.
// Obsidian (desktop and mobile) has TextEncoder; jest's jsdom environment does not: the publish compiler hashes with it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const QUESTION = [
	"---",
	"title: MuseumXTD",
	"tags: question",
	"eleventyNavigation:",
	"  key: jumeau",
	"  title: Qu'est-ce qu'un jumeau numérique ?",
	"---",
	"# Qu'est-ce qu'un jumeau numérique ?",
	"Une copie numérique vivante d'un bâtiment ou d'une collection.",
	"",
	"1. [[Ressource A]]",
	"   Le premier résumé.",
	"2. [[Ressource B]]",
	"   Le second résumé.",
	"",
	"![[plan.png]]",
	"",
].join("\n");
const resource = (title: string) => `---\ntags: ressource\n---\n### [${title}](https://example.org/${title.length})\nUn résumé de ${title}.\n`;
const SECRET = "Ce texte confidentiel sur le budget du musée ne doit jamais sortir.";
const VAULT: Record<string, string | Uint8Array> = {
	"Notes/Question.md": QUESTION,
	"Notes/Ressource A.md": resource("Ressource A"),
	"Notes/Ressource B.md": resource("Ressource B"),
	"Notes/Autre.md": "# Autre\nUne autre page du site.\n",
	"Notes/plan.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
	"Notes/Privé.md": `---\npublish: false\n---\n# Privé\n${SECRET}\n`,
	"Brouillon/Brouillon.md": "# Un brouillon\n",
	"Modèles/Question type.md": "# {{question}}\n",
	"Accueil/Bienvenue.md": "# Bienvenue\n",
	".obsidian/templates.json": JSON.stringify({ folder: "Modèles" }),
};

interface Setup {
	app: App;
	plugin: Plugin & { settings: Record<string, unknown> };
	site: string;
}

const sites: string[] = [];

async function setup(files: Record<string, string | Uint8Array> = VAULT, siteFolder: string | null = null): Promise<Setup> {
	const app = await createApp(files);
	const plugin = await loadBuiltPlugin<Plugin & { settings: Record<string, unknown> }>(app);
	const site = siteFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), "museum-site-"));
	sites.push(site);
	plugin.settings.siteFolder = site;
	return { app, plugin, site };
}

const dialog = (): HTMLElement => {
	const el = document.querySelector<HTMLElement>(".modal.museum-publish");
	if (!el) throw new Error("the publish dialog is not open");
	return el;
};
const isOpen = () => document.querySelector(".modal.museum-publish") !== null;
const row = (p: string) => dialog().querySelector<HTMLElement>(`.museum-publish-row[data-path="${p}"]`);
const box = (p: string) => row(p)!.querySelector<HTMLInputElement>(".museum-publish-check")!;
const state = (p: string) => row(p)?.querySelector(".museum-publish-state")?.className.replace(/.*is-/, "");
const states = () => Object.fromEntries(Array.from(dialog().querySelectorAll<HTMLElement>(".museum-publish-row")).map((r) => [r.dataset.path, state(r.dataset.path!)]));
const checked = () => Array.from(dialog().querySelectorAll<HTMLElement>(".museum-publish-row")).filter((r) => box(r.dataset.path!).checked).map((r) => r.dataset.path);
const click = (el: Element | null) => {
	if (!el) throw new Error("nothing to click");
	(el as HTMLElement).click();
};
const toggle = (input: HTMLInputElement) => {
	input.checked = !input.checked;
	input.dispatchEvent(new Event("change"));
};

async function openDialog(app: App): Promise<void> {
	expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
	await until(() => document.querySelector(".museum-publish-row") !== null, "the dialog's list");
	await flush(app);
}

async function publishAndWait(): Promise<void> {
	click(dialog().querySelector(".museum-publish-go"));
	await until(() => !isOpen(), "the publish to finish");
}

/** Every file under `dir`, with its bytes. */
function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (sub: string) => {
		for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(rel);
			else out[rel] = fs.readFileSync(path.join(dir, rel)).toString("base64");
		}
	};
	walk("");
	return out;
}

/** The vault's stored bytes, hidden files included. */
function vaultBytes(app: App): Record<string, string> {
	const files = (app.vault.adapter as unknown as { files: Map<string, { data: string | ArrayBuffer }> }).files;
	return Object.fromEntries([...files].map(([p, f]) => [p, typeof f.data === "string" ? f.data : Buffer.from(f.data).toString("base64")]));
}

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
	Platform.isDesktopApp = true;
	Platform.isMobile = false;
});
afterAll(() => {
	for (const site of sites) fs.rmSync(site, { recursive: true, force: true });
});

describe("publishing from the built plugin", () => {
	test("commands in English and French, no default hotkey, no plugin name", async () => {
		const { app } = await setup();
		const selected = app.commands.commands["museum-strategy-notes:publish-selected"];
		expect(selected.name).toBe("Museum strategy notes: Publish selected notes…");
		expect(selected.hotkeys ?? []).toEqual([]);
		expect(app.commands.commands["museum-strategy-notes:publish-current"].name).toBe("Museum strategy notes: Publish current note");
		setLanguage("fr");
		const fr = await setup();
		expect(fr.app.commands.commands["museum-strategy-notes:publish-selected"].name).toBe("Museum strategy notes: Publier des notes choisies…");
	});

	test("multi-select two notes, publish them: new, then unchanged; edit: changed with a diff; rename: renamed; delete: deleted and unchecked; the vault never changes", async () => {
		const { app, site } = await setup();
		const before = vaultBytes(app);
		const menu = new Menu();
		const files = ["Notes/Question.md", "Notes/Ressource A.md"].map((p) => app.vault.getAbstractFileByPath(p)!);
		app.workspace.trigger("files-menu", menu, files, "file-explorer");
		menu.findItem("Publish 2 notes")!.click();
		await until(() => document.querySelector(".museum-publish-row") !== null, "the dialog");
		await flush(app);

		// Candidates only: drafts, templates (core Templates folder), publish: false never show.
		expect(states()).toEqual({
			"Accueil/Bienvenue.md": "new",
			"Notes/Autre.md": "new",
			"Notes/Question.md": "new",
			"Notes/Ressource A.md": "new",
			"Notes/Ressource B.md": "new",
		});
		expect(checked()).toEqual(["Notes/Question.md", "Notes/Ressource A.md"]);
		expect(dialog().querySelector(".museum-publish-summary")!.textContent).toBe("2 of 5 notes selected, 0 pages to delete");
		// The plan's warnings, with path and line: the question links an unselected resource (once the selection rests).
		await until(() => dialog().querySelector(".museum-publish-problem") !== null, "the warnings");
		const warning = Array.from(dialog().querySelectorAll(".museum-publish-problem")).find((w) => w.textContent!.includes("Ressource B"));
		expect(warning!.querySelector(".museum-publish-where")!.textContent).toBe("Notes/Question.md:13");

		await publishAndWait();
		expect(Notice.messages.join("\n")).toMatch(/Published: 3 files written, 0 deleted\. A starter Eleventy site was written/);
		expect(fs.readFileSync(path.join(site, "Notes/Question.md"), "utf8")).toContain("Qu'est-ce qu'un jumeau numérique ?");
		expect(fs.existsSync(path.join(site, "Notes/Ressource A.md"))).toBe(true);
		expect([...fs.readFileSync(path.join(site, "Notes/plan.png"))]).toEqual([137, 80, 78, 71, 1, 2, 3]);
		expect(fs.existsSync(path.join(site, "Notes/Autre.md"))).toBe(false);
		expect(fs.existsSync(path.join(site, "eleventy.config.mjs"))).toBe(true);
		expect(fs.existsSync(path.join(site, ".museum-publish.json"))).toBe(true);
		expect(vaultBytes(app)).toEqual(before);

		await openDialog(app);
		expect(state("Notes/Question.md")).toBe("unchanged");
		expect(state("Notes/Ressource A.md")).toBe("unchanged");
		expect(state("Notes/Autre.md")).toBe("new");
		click(dialog().querySelector(".museum-publish-cancel"));
		expect(isOpen()).toBe(false);

		// Edit: changed, and the diff shows the new line.
		const a = app.vault.getFileByPath("Notes/Ressource A.md")!;
		await app.vault.modify(a, resource("Ressource A") + "Une phrase ajoutée.\n");
		await flush(app);
		await openDialog(app);
		expect(state("Notes/Ressource A.md")).toBe("changed");
		click(row("Notes/Ressource A.md")!.querySelector(".museum-publish-diff-button"));
		await until(() => row("Notes/Ressource A.md")!.querySelector(".museum-publish-diff") !== null, "the diff");
		const added = Array.from(row("Notes/Ressource A.md")!.querySelectorAll(".museum-publish-diff-line.is-added")).map((l) => l.textContent);
		expect(added).toEqual(["+Une phrase ajoutée."]);
		expect(row("Notes/Ressource A.md")!.querySelector(".museum-publish-diff-button")!.textContent).toBe("Hide changes");
		click(dialog().querySelector(".museum-publish-cancel"));

		// Rename a published note (its navigation key identifies it): renamed, from its old path.
		// Delete the other: deleted, never checked, not even by "Select all".
		await app.fileManager.renameFile(app.vault.getFileByPath("Notes/Question.md")!, "Notes/Jumeau.md");
		await app.vault.delete(app.vault.getFileByPath("Notes/Ressource A.md")!);
		await flush(app);
		await openDialog(app);
		expect(state("Notes/Jumeau.md")).toBe("renamed");
		expect(row("Notes/Jumeau.md")!.querySelector(".museum-publish-from")!.textContent).toBe("was Notes/Question.md");
		expect(state("Notes/Ressource A.md")).toBe("deleted");
		expect(box("Notes/Ressource A.md").checked).toBe(false);
		click(dialog().querySelector(".museum-publish-all"));
		expect(box("Notes/Ressource A.md").checked).toBe(false);
		expect(vaultBytes(app)["Notes/Jumeau.md"]).toBe(before["Notes/Question.md"]);
	});

	test("a note renamed in Obsidian and rewritten is still a rename: the vault's rename event is kept in the plugin's data until the old address redirects", async () => {
		const { app, plugin, site } = await setup();
		const data = async () => JSON.parse(await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json")) as { renames?: Record<string, string> };
		await openDialog(app);
		toggle(box("Notes/Autre.md"));
		await publishAndWait();
		await app.fileManager.renameFile(app.vault.getFileByPath("Notes/Autre.md")!, "Notes/Ailleurs.md");
		await app.vault.modify(app.vault.getFileByPath("Notes/Ailleurs.md")!, "# Ailleurs\nUn texte entièrement réécrit.\n");
		await until(() => plugin.settings.renames !== undefined && JSON.stringify(plugin.settings.renames) === '{"Notes/Autre.md":"Notes/Ailleurs.md"}', "the recorded rename");
		await new Promise((resolve) => setTimeout(resolve, 1100));
		expect((await data()).renames).toEqual({ "Notes/Autre.md": "Notes/Ailleurs.md" });
		await openDialog(app);
		expect(state("Notes/Ailleurs.md")).toBe("renamed");
		toggle(box("Notes/Ailleurs.md"));
		await publishAndWait();
		expect(fs.readFileSync(path.join(site, "Notes/Autre.md"), "utf8")).toContain("museumRedirect: /Notes/Ailleurs/");
		expect((await data()).renames).toEqual({});
	});

	test("check boxes, filter, select all and none (over the filtered rows), include linked resources", async () => {
		const { app } = await setup();
		await openDialog(app);
		expect(checked()).toEqual([]);
		toggle(box("Notes/Question.md"));
		expect(checked()).toEqual(["Notes/Question.md"]);

		const linked = dialog().querySelector<HTMLInputElement>(".museum-publish-linked input")!;
		toggle(linked);
		expect(checked()).toEqual(["Notes/Question.md", "Notes/Ressource A.md", "Notes/Ressource B.md"]);
		expect(row("Notes/Ressource B.md")!.querySelector(".museum-publish-tag")!.textContent).toBe("Linked");
		expect(box("Notes/Ressource B.md").disabled).toBe(true);
		toggle(linked);
		expect(checked()).toEqual(["Notes/Question.md"]);

		const filter = dialog().querySelector<HTMLInputElement>(".museum-publish-filter")!;
		filter.value = "ressource";
		filter.dispatchEvent(new Event("input"));
		const visible = Array.from(dialog().querySelectorAll<HTMLElement>(".museum-publish-row:not(.museum-publish-hidden)")).map((r) => r.dataset.path);
		expect(visible).toEqual(["Notes/Ressource A.md", "Notes/Ressource B.md"]);
		click(dialog().querySelector(".museum-publish-all"));
		expect(checked()).toEqual(["Notes/Question.md", "Notes/Ressource A.md", "Notes/Ressource B.md"]);
		click(dialog().querySelector(".museum-publish-none"));
		expect(checked()).toEqual(["Notes/Question.md"]);
		filter.value = "";
		filter.dispatchEvent(new Event("input"));
		click(dialog().querySelector(".museum-publish-all"));
		expect(checked().length).toBe(5);
		click(dialog().querySelector(".museum-publish-none"));
		expect(checked()).toEqual([]);
	});

	test("folders always published are checked and cannot be unchecked", async () => {
		const { app, plugin } = await setup();
		plugin.settings.publishFolders = ["Accueil"];
		await openDialog(app);
		expect(checked()).toEqual(["Accueil/Bienvenue.md"]);
		expect(box("Accueil/Bienvenue.md").disabled).toBe(true);
		click(dialog().querySelector(".museum-publish-none"));
		expect(checked()).toEqual(["Accueil/Bienvenue.md"]);
	});

	test("progress, then cancel in the middle: the previous site is byte-identical", async () => {
		const { app, site } = await setup();
		await openDialog(app);
		toggle(box("Notes/Autre.md"));
		await publishAndWait();
		const previous = tree(site);

		await app.vault.modify(app.vault.getFileByPath("Notes/Autre.md")!, "# Autre\nUne autre page, changée.\n");
		await flush(app);
		await openDialog(app);
		click(dialog().querySelector(".museum-publish-all"));
		const seen: string[] = [];
		const observer = new MutationObserver(() => {
			const progress = dialog().querySelector(".museum-publish-progress")?.textContent ?? "";
			if (/^Publishing: \d+ of \d+$/.test(progress) && seen.push(progress) === 1) click(dialog().querySelector(".museum-publish-cancel"));
		});
		observer.observe(dialog(), { subtree: true, childList: true, characterData: true });
		click(dialog().querySelector(".museum-publish-go"));
		await until(() => Notice.messages.some((m) => m.startsWith("Publishing cancelled")), "the cancellation");
		observer.disconnect();
		// Files are written in batches: the first progress shown is some n of N, before the end.
		const [done, total] = (/^Publishing: (\d+) of (\d+)$/.exec(seen[0]) ?? []).slice(1).map(Number);
		expect(done).toBeGreaterThan(0);
		expect(done).toBeLessThan(total);
		expect(isOpen()).toBe(true);
		expect(dialog().querySelector(".museum-publish-message")!.textContent).toBe("Publishing cancelled: the site was left as it was.");
		expect(tree(site)).toEqual(previous);
		// No staging or backup folder left beside the site.
		expect(fs.readdirSync(path.dirname(site)).filter((n) => n.startsWith(`.${path.basename(site)}.`))).toEqual([]);
	});

	test("leak audit: a private property's value needs an explicit second button, and nothing is written before", async () => {
		const { app, plugin, site } = await setup({ ...VAULT, "Notes/Fuite.md": "---\ncontact: budget-confidentiel-2025\n---\n# Fuite\nVoir budget-confidentiel-2025.\n" });
		plugin.settings.privateKeys = ["publish", "contact"];
		await openDialog(app);
		toggle(box("Notes/Fuite.md"));
		await until(() => dialog().querySelector(".museum-publish-problem.is-error") !== null, "the privacy check");
		const privacy = dialog().querySelector(".museum-publish-problem.is-error")!;
		expect(privacy.textContent).toBe('Notes/Fuite.md:5 The value of a private property ("budget-confidentiel-2025") would appear on the site.');
		click(dialog().querySelector(".museum-publish-go"));
		await until(() => dialog().querySelector(".museum-publish-anyway") !== null, "the confirmation");
		expect(dialog().querySelector(".museum-publish-confirm")!.textContent).toContain("Private text or values would be published");
		expect(fs.readdirSync(site)).toEqual([]);
		click(dialog().querySelector(".museum-publish-anyway"));
		await until(() => !isOpen(), "the publish");
		expect(fs.readFileSync(path.join(site, "Notes/Fuite.md"), "utf8")).toContain("budget-confidentiel-2025");
	});

	test("leak audit: a sentence shared with an unpublished note is one info line, and publishing asks nothing more", async () => {
		const { app, site } = await setup({ ...VAULT, "Notes/Fuite.md": `# Fuite\nCopié : ${SECRET}\n` });
		await openDialog(app);
		toggle(box("Notes/Fuite.md"));
		await until(() => dialog().querySelector(".museum-publish-problem.is-info") !== null, "the privacy check");
		expect(dialog().querySelector(".museum-publish-problem.is-info")!.textContent).toBe("Notes/Fuite.md:2 Shares text with the unpublished note Notes/Privé.md (its own text).");
		expect(dialog().querySelector(".museum-publish-problem.is-error")).toBeNull();
		await publishAndWait();
		expect(fs.readFileSync(path.join(site, "Notes/Fuite.md"), "utf8")).toContain("confidentiel");
	});

	test("at start-up (once the layout is ready), a publish Obsidian did not live to complete is rolled back, with a notice", async () => {
		const parent = fs.mkdtempSync(path.join(os.tmpdir(), "museum-crash-"));
		sites.push(parent);
		const site = path.join(parent, "site");
		const work = path.join(parent, ".site.museum-publish");
		// Obsidian quit mid-swap: the old page moved aside, the new one still staged, a new page placed.
		fs.mkdirSync(path.join(site, "Notes"), { recursive: true });
		fs.writeFileSync(path.join(site, "Notes", "Nouvelle.md"), "new page");
		for (const [folder, text] of [["staged", "new A"], ["previous", "old A"]]) {
			fs.mkdirSync(path.join(work, folder, "Notes"), { recursive: true });
			fs.writeFileSync(path.join(work, folder, "Notes", "A.md"), text);
		}
		fs.writeFileSync(path.join(work, "journal.json"), JSON.stringify({ created: false, writes: ["Notes/A.md", "Notes/Nouvelle.md"], deletes: [], folders: [] }));
		fs.writeFileSync(path.join(work, "owner"), "999999999");
		await setup({ ...VAULT, ".obsidian/plugins/museum-strategy-notes/data.json": JSON.stringify({ siteFolder: site }) }, site);
		await until(() => Notice.messages.includes("Interrupted publish undone: site unchanged."), "the recovery notice");
		expect(tree(site)).toEqual({ "Notes/A.md": Buffer.from("old A").toString("base64") });
		expect(fs.readdirSync(parent)).toEqual(["site"]);
	});

	test("deleting more than a fifth of the site asks again", async () => {
		const { app, site } = await setup();
		await openDialog(app);
		click(dialog().querySelector(".museum-publish-all"));
		await publishAndWait();
		await app.vault.delete(app.vault.getFileByPath("Notes/Autre.md")!);
		await app.vault.delete(app.vault.getFileByPath("Accueil/Bienvenue.md")!);
		await flush(app);
		await openDialog(app);
		expect(state("Notes/Autre.md")).toBe("deleted");
		toggle(box("Notes/Autre.md"));
		toggle(box("Accueil/Bienvenue.md"));
		expect(dialog().querySelector(".museum-publish-summary")!.textContent).toBe("0 of 3 notes selected, 2 pages to delete");
		click(dialog().querySelector(".museum-publish-go"));
		await until(() => dialog().querySelector(".museum-publish-anyway") !== null, "the second question");
		expect(dialog().querySelector(".museum-publish-confirm")!.textContent).toBe("This deletes 2 of the 5 pages on the site.Delete and publish");
		expect(fs.existsSync(path.join(site, "Notes/Autre.md"))).toBe(true);
		click(dialog().querySelector(".museum-publish-anyway"));
		await until(() => !isOpen(), "the publish");
		expect(fs.existsSync(path.join(site, "Notes/Autre.md"))).toBe(false);
		expect(fs.existsSync(path.join(site, "Accueil"))).toBe(false);
		expect(fs.existsSync(path.join(site, "Notes/Question.md"))).toBe(true);
	});

	test("a deleted page left unchecked stays on the site", async () => {
		const { app, site } = await setup();
		await openDialog(app);
		click(dialog().querySelector(".museum-publish-all"));
		await publishAndWait();
		await app.vault.delete(app.vault.getFileByPath("Notes/Autre.md")!);
		await flush(app);
		await openDialog(app);
		toggle(box("Notes/Question.md"));
		await publishAndWait();
		expect(fs.existsSync(path.join(site, "Notes/Autre.md"))).toBe(true);
	});

	test("Publish current note, and Publish in the file menu of a folder", async () => {
		const { app } = await setup();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Notes/Autre.md") as TFile);
		expect(runCommand(app, "museum-strategy-notes:publish-current")).toBe(true);
		await until(() => document.querySelector(".museum-publish-row") !== null, "the dialog");
		expect(checked()).toEqual(["Notes/Autre.md"]);
		click(dialog().querySelector(".museum-publish-cancel"));

		const menu = new Menu();
		app.workspace.trigger("file-menu", menu, app.vault.getAbstractFileByPath("Notes") as TFolder, "file-explorer");
		menu.findItem("Publish")!.click();
		await until(() => document.querySelector(".museum-publish-row") !== null, "the dialog");
		// Never Notes/Privé.md (publish: false).
		expect(checked()).toEqual(["Notes/Autre.md", "Notes/Question.md", "Notes/Ressource A.md", "Notes/Ressource B.md"]);
		click(dialog().querySelector(".museum-publish-cancel"));

		// A draft chosen in the menu: never published, and the dialog says why.
		const draftMenu = new Menu();
		app.workspace.trigger("file-menu", draftMenu, app.vault.getAbstractFileByPath("Brouillon/Brouillon.md"), "file-explorer");
		draftMenu.findItem("Publish")!.click();
		await until(() => document.querySelector(".museum-publish-excluded") !== null, "the dialog");
		expect(dialog().querySelector(".museum-publish-excluded")!.textContent).toBe("Brouillon/Brouillon.md: Never published (excluded folder)");
		expect(checked()).toEqual([]);
	});

	test("a warning opens its note", async () => {
		const { app } = await setup();
		await openDialog(app);
		toggle(box("Notes/Question.md"));
		await until(() => dialog().querySelector(".museum-publish-problem") !== null, "the warnings");
		click(dialog().querySelector(".museum-publish-problem"));
		await flush(app);
		expect(isOpen()).toBe(false);
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Question.md");
	});

	test("no site folder yet: the dialog asks for it and saves it", async () => {
		const { app, plugin, site } = await setup();
		plugin.settings.siteFolder = "";
		await openDialog(app);
		expect(dialog().querySelector(".museum-publish-blocked")!.textContent).toBe("Choose the site folder first.");
		expect(dialog().querySelector(".museum-publish-go")).toBeNull();
		const input = dialog().querySelector<HTMLInputElement>(".museum-publish-folder input")!;
		input.value = "relative/site";
		input.dispatchEvent(new Event("change"));
		await until(() => dialog().querySelector(".museum-publish-blocked")?.textContent === "The site folder must be an absolute path.", "the check");
		input.value = "/fake/vaults/Test Vault/site";
		input.dispatchEvent(new Event("change"));
		await until(() => dialog().querySelector(".museum-publish-blocked")?.textContent === "The site folder must be outside the vault.", "the check");
		const input2 = dialog().querySelector<HTMLInputElement>(".museum-publish-folder input")!;
		input2.value = site;
		input2.dispatchEvent(new Event("change"));
		await until(() => dialog().querySelector(".museum-publish-go") !== null, "the publish button");
		expect(plugin.settings.siteFolder).toBe(site);
		expect(dialog().querySelector(".museum-publish-blocked")).toBeNull();
	});

	test("on mobile: publishing goes to GitHub (the site folder needs the desktop); the list and states show, and until GitHub is set up the dialog says why (English and French)", async () => {
		Platform.isDesktopApp = false;
		Platform.isMobile = true;
		const { app } = await setup();
		await openDialog(app);
		expect(dialog().querySelector(".museum-publish-blocked")!.textContent).toBe("No such repository: check “owner/repository” in the settings.");
		expect(dialog().querySelector(".museum-publish-go")).toBeNull();
		expect(dialog().querySelector(".museum-publish-folder")).toBeNull();
		expect(state("Notes/Question.md")).toBe("new");
		setLanguage("fr");
		document.body.empty();
		const fr = await setup();
		await openDialog(fr.app);
		expect(dialog().querySelector(".museum-publish-blocked")!.textContent).toBe("Dépôt introuvable : vérifiez « propriétaire/dépôt » dans les réglages.");
		expect(state("Notes/Question.md")).toBe("new");
		expect(row("Notes/Question.md")!.querySelector(".museum-publish-state")!.textContent).toBe("Nouvelle");
	});

	test("the settings tab has the publishing section", async () => {
		const { app, plugin } = await setup();
		const tab = (plugin as unknown as { _settingTabs?: { display(): void; containerEl: HTMLElement }[] })._settingTabs ?? (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting?.pluginTabs;
		expect(tab?.length).toBeTruthy();
		tab![0].display();
		const names = Array.from(tab![0].containerEl.querySelectorAll(".setting-item-name")).map((n) => n.textContent);
		expect(names).toEqual(expect.arrayContaining(["Publishing", "Site folder", "Path prefix", "Folders always published", "Excluded folders", "Private properties", "Simple addresses", "Inline embedded notes", "Video hosts"]));
		const area = Array.from(tab![0].containerEl.querySelectorAll(".setting-item"))
			.find((s) => s.querySelector(".setting-item-name")!.textContent === "Folders always published")!
			.querySelector("textarea")!;
		area.value = "Accueil, Notes/Sous\nAutres/";
		area.dispatchEvent(new Event("input"));
		await flush(app);
		expect(plugin.settings.publishFolders).toEqual(["Accueil", "Notes/Sous", "Autres"]);
	});

	test("an image no published page uses any more is offered for deletion, and goes only when the user says so", async () => {
		const { app, site } = await setup();
		await openDialog(app);
		toggle(box("Notes/Question.md"));
		await publishAndWait();
		expect(Object.keys(tree(site))).toContain("Notes/plan.png");

		const question = app.vault.getFileByPath("Notes/Question.md")!;
		await app.vault.modify(question, QUESTION.replace("![[plan.png]]", ""));
		await flush(app);
		await openDialog(app);
		toggle(box("Notes/Question.md"));
		await until(() => dialog().querySelector(".museum-publish-unused") !== null, "the unused attachments");
		expect(dialog().querySelector(".museum-publish-unused .museum-publish-section-title")!.textContent).toBe("Attachments no published page uses any more (1)");
		const deleteThem = dialog().querySelector<HTMLInputElement>(".museum-publish-unused-check")!;
		expect(deleteThem.checked).toBe(false);
		toggle(deleteThem);
		await publishAndWait();
		expect(Object.keys(tree(site))).not.toContain("Notes/plan.png");
	});

	test("the starter site's packed texts are unpacked when a site is first written, the UI strings on their first lookup, neither when the plugin loads", async () => {
		// The UI strings are packed too: only the unpacking of the starter site's pack (its file list) counts here.
		const unpack = jest.spyOn(TextDecoder.prototype, "decode");
		const unpacks = (start: string) => unpack.mock.results.filter(({ value }) => typeof value === "string" && value.startsWith(start)).length;
		// The starter pack is found by its config, whatever file comes first.
		const starterUnpacks = () => unpack.mock.results.filter(({ value }) => typeof value === "string" && value.startsWith('{"') && value.includes('"eleventy.config.mjs":')).length;
		try {
			const { app, site } = await setup();
			// Start-up unpacks nothing, the UI strings included (strings-start.ts holds what it needs, plain).
			expect(unpacks('{"ui:')).toBe(0);
			await openDialog(app);
			expect(unpacks('{"ui:')).toBe(1);
			expect(starterUnpacks()).toBe(0);
			toggle(box("Notes/Autre.md"));
			await publishAndWait();
			expect(starterUnpacks()).toBe(1);
			expect(fs.readFileSync(path.join(site, "README.md"), "utf8")).toMatch(/^<!-- museum-starter-site: this file is not published -->\n# MuseumXTD: the site\n/);
		} finally {
			unpack.mockRestore();
		}
	});
});
