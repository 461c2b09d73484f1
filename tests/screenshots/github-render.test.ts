/**
 * @jest-environment jsdom
 *
 * The GitHub settings and the publish dialog after a publish, in real Chromium: the built plugin runs in
 * the in-memory Obsidian, publishing to the GitHub contract server through requestUrl; their HTML is laid
 * out with Obsidian's theme variables, the structural rules of a settings tab and a modal, and styles.css.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/github-settings.png and github-dialog.png.
 */
import * as fs from "fs";
import { request } from "http";
import * as path from "path";
import { webcrypto } from "crypto";
import type * as BrowserModule from "../site/browser";
import { App, Notice, Plugin, RequestUrlParam, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";
import { ContractServer } from "../destinations/github/contract-server";
import { provideElectronGlobals, readVault, REPO_ROOT } from "./render-panel";

provideElectronGlobals();
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });

const TOKEN = "ghp-test-token";
const THEME_CSS = fs.readFileSync(path.join(__dirname, "obsidian-theme.css"), "utf8");
const PLUGIN_CSS = fs.readFileSync(path.join(REPO_ROOT, "styles.css"), "utf8");
/** Obsidian's layout of a setting row and of a modal, reduced to what these two screens use. */
const APP_CSS = `
body { margin: 0; background: var(--background-secondary); font-family: var(--font-interface); color: var(--text-normal); font-size: 14px; }
.frame { max-width: 760px; margin: 16px auto; background: var(--background-primary); border: 1px solid var(--background-modifier-border); border-radius: var(--radius-l); padding: 16px 24px; }
.setting-item { display: flex; align-items: center; gap: 16px; padding: 12px 0; border-top: 1px solid var(--background-modifier-border); }
.setting-item-heading { font-weight: 600; font-size: 16px; border-top: none; padding-top: 20px; }
.setting-item-info { flex: 1 1 auto; }
.setting-item-name { font-weight: 500; }
.setting-item-description { color: var(--text-muted); font-size: 13px; padding-top: 4px; }
.setting-item-control { display: flex; gap: 8px; align-items: center; justify-content: flex-end; flex: 0 0 auto; }
input[type=text], input[type=password], input[type=search], select, textarea { font: inherit; padding: 4px 8px; border: 1px solid var(--background-modifier-border); border-radius: var(--radius-s); background: var(--background-primary); color: var(--text-normal); min-width: 200px; }
button { font: inherit; padding: 4px 12px; border-radius: var(--radius-s); border: 1px solid var(--background-modifier-border); background: var(--interactive-normal, var(--background-secondary)); color: var(--text-normal); cursor: pointer; }
button.mod-cta { background: var(--interactive-accent); color: var(--text-on-accent); border-color: transparent; }
a { color: var(--text-accent); }
.modal-title { font-size: 18px; font-weight: 600; margin-bottom: 12px; }
.modal-close-button { display: none; }
.modal-button-container { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
`;

function routeTo(): void {
	setRequestUrlHandler(
		(req: RequestUrlParam) =>
			new Promise((resolve, reject) => {
				const outgoing = request(req.url, { method: req.method, headers: req.headers }, (res) => {
					const chunks: Buffer[] = [];
					res.on("data", (c: Buffer) => chunks.push(c));
					res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), text: Buffer.concat(chunks).toString("utf8") }));
				});
				outgoing.on("error", reject);
				outgoing.end(typeof req.body === "string" ? req.body : undefined);
			}),
	);
}

/** outerHTML keeps attributes, not what was typed, checked or chosen: copy the live state into them. */
function frozen(el: HTMLElement): HTMLElement {
	for (const input of Array.from(el.querySelectorAll("input"))) {
		if (input.type === "checkbox") input.toggleAttribute("checked", input.checked);
		else input.setAttribute("value", input.value);
	}
	for (const select of Array.from(el.querySelectorAll("select"))) for (const option of Array.from(select.options)) option.toggleAttribute("selected", option.selected);
	return el;
}

async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 600 && !condition(); i++) {
		await flush();
		await new Promise((r) => setTimeout(r, 5));
	}
}

describe("GitHub publishing in Chromium: the settings and the dialog", () => {
	let server: ContractServer;
	let settingsHtml = "";
	let dialogHtml = "";

	beforeAll(async () => {
		setLanguage("fr");
		server = new ContractServer({ owner: "musee-exemple", repo: "site" });
		await server.start();
		server.push({ "README.md": "# Le site du musée\n" });
		routeTo();
		const app: App = await createApp(readVault());
		const plugin = await loadBuiltPlugin<Plugin & { settings: Record<string, unknown>; saveSettings(): Promise<void> }>(app);
		app.secretStorage.setSecret("museum-github", TOKEN);
		Object.assign(plugin.settings, { destination: "github", githubRepo: "musee-exemple/site", githubApiUrl: "", githubTokenSecret: "museum-github" });
		const tab = (plugin as unknown as { settingTabs: { display(): void; containerEl: HTMLElement }[] }).settingTabs[0];
		tab.display();
		// "Test connection", as the editor clicks it (against the contract server).
		plugin.settings.githubApiUrl = server.url;
		const testButton = Array.from(tab.containerEl.querySelectorAll("button")).find((b) => b.textContent === "Tester la connexion")!;
		testButton.click();
		await until(() => tab.containerEl.textContent!.includes("Connecté"));
		// The publishing section down to the GitHub checks.
		const items = Array.from(frozen(tab.containerEl).children) as HTMLElement[];
		const start = items.findIndex((item) => item.textContent === "Publication");
		const end = items.findIndex((item) => item.textContent!.startsWith("Préfixe des adresses"));
		settingsHtml = items.slice(start, end).map((item) => item.outerHTML).join("");

		// Pages turned on ("Set up GitHub Pages"): the dialog then shows the site's address and its build.
		server.pages = { build_type: "workflow" };
		Notice.clear();
		expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
		const dialog = () => document.querySelector<HTMLElement>(".modal.museum-publish");
		await until(() => !!dialog()?.querySelector(".museum-publish-go"));
		(dialog()!.querySelector(".museum-publish-all") as HTMLElement).click();
		await flush(app);
		(dialog()!.querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => !!dialog()?.querySelector(".museum-publish-done a[href*=actions]"));
		dialogHtml = frozen(dialog()!).outerHTML;
	}, 60_000);

	afterAll(async () => {
		setRequestUrlHandler(null);
		setLanguage("en");
		await server?.stop();
	});

	test("what the screens say: the token's rights and where to create it, the connection, the commit and the site", () => {
		expect(settingsHtml).toContain("Contents: read and write");
		expect(settingsHtml).toContain('href="https://github.com/settings/personal-access-tokens/new"');
		expect(settingsHtml).toContain("Connecté.");
		expect(dialogHtml).toContain("Publié en un commit");
		expect(dialogHtml).toContain("https://musee-exemple.github.io/site/");
		for (const html of [settingsHtml, dialogHtml]) expect(html).not.toContain(TOKEN);
	});

	test("laid out in Chromium (screenshots with UPDATE_SCREENSHOTS=1)", async () => {
		const { launchChromium } = require("../site/browser") as typeof BrowserModule;
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({ viewport: { width: 820, height: 900 }, deviceScaleFactor: 2 });
			await page.route("**/*", (route) => route.abort());
			for (const [file, html] of [["github-settings.png", `<div class="frame vertical-tab-content">${settingsHtml}</div>`], ["github-dialog.png", `<div class="frame">${dialogHtml}</div>`]]) {
				await page.setContent(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${THEME_CSS}</style><style>${APP_CSS}</style><style>${PLUGIN_CSS}</style></head><body class="theme-light">${html}</body></html>`);
				const frame = page.locator(".frame");
				const box = await frame.boundingBox();
				expect(box!.width).toBeGreaterThan(400);
				if (process.env.UPDATE_SCREENSHOTS) await frame.screenshot({ path: path.join(REPO_ROOT, "docs", "screenshots", file) });
			}
		} finally {
			await browser.close();
		}
	}, 60_000);
});
