/**
 * @jest-environment jsdom
 *
 * The GitHub settings and the publish dialog as Obsidian shows them, in real Chromium: the built
 * plugin runs on the demo vault in the in-memory Obsidian (jsdom), publishing through requestUrl to
 * the GitHub contract server; the HTML of the settings and of the dialog is then laid out with
 * Obsidian's default theme variables, its settings and modal rules, and the plugin's styles.css.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/{settings-github,publish-github,publish-github-done}.png.
 */
import { webcrypto } from "crypto";
import * as fs from "fs";
import type { Browser, Page } from "playwright-core";
import type * as BrowserModule from "../site/browser";
import { App, Notice, Plugin, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand, until } from "../obsidian/harness";
import { ContractServer } from "../destinations/github/contract-server";
import { routeRequestUrl } from "../destinations/github/request-url";
import { frozen, provideElectronGlobals, readVault, screenshotHtml } from "./render-panel";

const TOKEN = "ghp-test-token";
const EDITED = "Notes/Photographier les œuvres.md";
const UNPUBLISHED = "Notes/Visites virtuelles et accessibilité.md";

describe("the GitHub settings and publish dialog in Chromium", () => {
	let server: ContractServer;
	let browser: Browser;
	let page: Page;
	let settingsHtml = "";
	let dialogHtml = "";
	let doneHtml = "";

	beforeAll(async () => {
		provideElectronGlobals();
		if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
		server = new ContractServer({ owner: "musee-exemple", repo: "site" });
		await server.start();
		server.push({ "README.md": "# Le site du musée\n" });
		server.pages = { build_type: "workflow" };
		routeRequestUrl();
		browser = await (require("../site/browser") as typeof BrowserModule).launchChromium();
		page = await browser.newPage({ viewport: { width: 760, height: 600 }, deviceScaleFactor: 2 });
		await page.route("**/*", (route) => route.abort());

		setLanguage("en");
		const app: App = await createApp(readVault());
		app.secretStorage.setSecret("github-musee", TOKEN);
		await loadBuiltPlugin<Plugin>(app);
		const tab = (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
		tab.display();
		const rows = () => Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item"));
		const row = (name: string) => rows().find((s) => s.querySelector(".setting-item-name")?.textContent === name)!;
		const set = (name: string, value: string, event = "input") => {
			const control = row(name).querySelector<HTMLInputElement | HTMLSelectElement>("input, select")!;
			control.value = value;
			control.dispatchEvent(new Event(event));
		};
		set("Destination", "github", "change");
		set("GitHub repository", "musee-exemple/site");
		set("API address", server.url);
		set("GitHub token", "github-musee", "change");
		(row("GitHub").querySelector("button") as HTMLElement).click();
		await until(() => row("GitHub").querySelector(".setting-item-description")!.textContent!.startsWith("Connected"), "the connection test", 600);
		// The publishing group, as the settings tab shows it (the loopback API address left out: on github.com it is empty).
		set("API address", "");
		const group = document.createElement("div");
		group.className = "vertical-tab-content";
		const start = rows().findIndex((r) => r.querySelector(".setting-item-name")?.textContent === "Publishing");
		const end = rows().findIndex((r) => r.querySelector(".setting-item-name")?.textContent === "Path prefix");
		for (const r of rows().slice(start, end + 1)) group.appendChild(frozen(r));
		settingsHtml = group.outerHTML;
		set("API address", server.url);

		// A first publish of every note but one, then an edit: the dialog shows new, changed and unchanged notes from GitHub.
		const open = async () => {
			runCommand(app, "museum-strategy-notes:publish-selected");
			await until(() => document.querySelector(".museum-publish-row") !== null, "the dialog", 600);
		};
		await open();
		(document.querySelector(".museum-publish-all") as HTMLElement).click();
		const box = document.querySelector<HTMLInputElement>(`.museum-publish-row[data-path="${UNPUBLISHED}"] .museum-publish-check`)!;
		box.checked = false;
		box.dispatchEvent(new Event("change"));
		(document.querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => document.querySelector(".museum-publish a[href*='/actions/runs/']") !== null, "the first publish", 600);
		doneHtml = frozen(document.querySelector<HTMLElement>(".modal-container")!).outerHTML;
		document.body.empty();
		Notice.clear();
		const edited = app.vault.getFileByPath(EDITED)!;
		await app.vault.modify(edited, (await app.vault.read(edited)) + "\nUne phrase ajoutée.\n");
		await flush(app);
		await open();
		(document.querySelector(".museum-publish-all") as HTMLElement).click();
		await new Promise((r) => setTimeout(r, 400));
		await flush(app);
		dialogHtml = frozen(document.querySelector<HTMLElement>(".modal-container")!).outerHTML;
	});

	afterAll(async () => {
		await browser?.close();
		setRequestUrlHandler(null);
		expect(server.violations).toEqual([]);
		await server?.stop();
	});

	test("the settings: the destination, the repository, the token from the secret storage, the connection tested", () => {
		expect(settingsHtml).toContain("Connected: ready to publish to main.");
		expect(settingsHtml).toContain("https://github.com/settings/personal-access-tokens/new");
		expect(settingsHtml).not.toContain(TOKEN);
	});

	test("the dialog: the states of the notes come from the repository", () => {
		const states = Array.from(new DOMParser().parseFromString(dialogHtml, "text/html").querySelectorAll<HTMLElement>(".museum-publish-row")).map((r) => [r.dataset.path, r.querySelector(".museum-publish-state")!.className.replace(/.*is-/, "")]);
		expect(Object.fromEntries(states)).toMatchObject({ [EDITED]: "changed", [UNPUBLISHED]: "new", "Notes/Agir.md": "unchanged" });
		expect(dialogHtml).not.toContain(TOKEN);
	});

	test("after publishing: the commit, the site, the build", () => {
		const links = Array.from(new DOMParser().parseFromString(doneHtml, "text/html").querySelectorAll("a")).map((a) => a.textContent);
		expect(links).toEqual([expect.stringMatching(/^Commit [0-9a-f]{7}$/), "https://musee-exemple.github.io/site/", "GitHub Actions: queued"]);
	});

	const update = process.env.UPDATE_SCREENSHOTS === "1";
	(update ? test : test.skip).each([
		["settings-github.png", () => settingsHtml],
		["publish-github.png", () => dialogHtml],
		["publish-github-done.png", () => doneHtml],
	])("writes docs/screenshots/%s", async (file, html) => {
		const target = await screenshotHtml(page, html(), file);
		expect(fs.statSync(target).size).toBeGreaterThan(1000);
	});
});
