/** @jest-environment jsdom */
import { webcrypto } from "crypto";
import { TextDecoder, TextEncoder } from "util";
import { App, Notice, Platform, Plugin, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand, until } from "../obsidian/harness";
import { ContractServer, ServerOptions } from "../destinations/github/contract-server";
import { routeRequestUrl } from "../destinations/github/request-url";

// Publishing to GitHub from the BUILT main.js (`npm run build` first), through requestUrl routed to
// the GitHub contract server. Obsidian's webviews (desktop and mobile) have TextEncoder and Web Crypto; jsdom has neither.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });

const VAULT: Record<string, string> = {
	"Notes/Qu'est-ce qu'un musée numérique ?.md": "# Qu'est-ce qu'un musée numérique ?\n\n1. [[Jumeau numérique]]\n",
	"Notes/Jumeau numérique.md": "# Jumeau numérique\nUne copie vivante.\n",
	"Brouillon/Secret.md": "# Secret\nJamais publié.\n",
};
const SECRET_ID = "github-musee";
/** The token the contract server knows (tests/destinations/github/helpers.ts: importing it would load the sources before TextEncoder is set). */
const TOKEN = "ghp-test-token";

type MuseumPlugin = Plugin & { settings: Record<string, unknown> };

let server: ContractServer;

async function startServer(options: ServerOptions = {}, seeded = true): Promise<void> {
	server = new ContractServer({ repo: "site-musee", ...options });
	await server.start();
	if (seeded) server.push({ "README.md": "# Le site du musée\n" });
}

/** The plugin on a "phone": Platform.isMobile, no Node module, no `process`; the token in the secret storage. */
async function phone(token: string | null = TOKEN): Promise<{ app: App; plugin: MuseumPlugin }> {
	Platform.isDesktopApp = false;
	Platform.isMobile = true;
	const app = await createApp(VAULT);
	if (token !== null) app.secretStorage.setSecret(SECRET_ID, token);
	const plugin = await loadBuiltPlugin<MuseumPlugin>(app, "main.js", "manifest.json", { mobile: true });
	return { app, plugin };
}

/** The plugin's settings tab, displayed; `row(name)` finds a setting by its name. */
function settingsTab(app: App) {
	const tab = (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
	tab.display();
	const row = (name: string) => {
		const found = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		if (!found) throw new Error(`no setting named ${name}`);
		return found;
	};
	const type = (name: string, value: string) => {
		const input = row(name).querySelector("input")!;
		input.value = value;
		input.dispatchEvent(new Event("input"));
	};
	const choose = (name: string, value: string) => {
		const select = row(name).querySelector("select")!;
		select.value = value;
		select.dispatchEvent(new Event("change"));
	};
	return { row, type, choose };
}

/** Fills in the GitHub settings as a user does; `extra` sets more settings directly. */
async function configure(app: App, plugin: MuseumPlugin, extra: Record<string, string> = {}): Promise<ReturnType<typeof settingsTab>> {
	const tab = settingsTab(app);
	// On the desktop the destination is chosen; a phone has no other than GitHub.
	if (Platform.isDesktopApp) tab.choose("Destination", "github");
	else expect(() => tab.row("Destination")).toThrow();
	tab.type("GitHub repository", `${server.owner}/${server.repo}`);
	tab.type("API address", server.url);
	tab.choose("GitHub token", SECRET_ID);
	Object.assign(plugin.settings, extra);
	await flush(app);
	return tab;
}

const dialog = () => document.querySelector<HTMLElement>(".modal.museum-publish")!;
const state = (p: string) => dialog().querySelector(`.museum-publish-row[data-path="${p}"] .museum-publish-state`)?.className.replace(/.*is-/, "");

async function openDialog(app: App): Promise<void> {
	expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
	await until(() => document.querySelector(".museum-publish-row, .museum-publish-blocked") !== null, "the dialog");
	await flush(app);
}

/** Everything the plugin could have written or said: data.json and the rest of the vault, notices, the dialog. */
function everythingShown(app: App): string {
	const files = (app.vault.adapter as unknown as { files: Map<string, { data: string | ArrayBuffer }> }).files;
	const stored = [...files.values()].map((f) => (typeof f.data === "string" ? f.data : Buffer.from(f.data).toString("utf8")));
	return [...stored, ...Notice.messages, document.body.textContent ?? "", document.body.innerHTML].join("\n");
}

beforeAll(routeRequestUrl);
beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
});
afterEach(async () => {
	Platform.isDesktopApp = true;
	Platform.isMobile = false;
	expect(server.violations).toEqual([]);
	expect(server.forced).toEqual([]);
	await server.stop();
});
afterAll(() => setRequestUrlHandler(null));

describe("publishing to GitHub from a phone (built main.js, no Node)", () => {
	test("the dialog's states come from the repository; one commit with the site, the starter and the workflow; then no commit; the token is nowhere", async () => {
		await startServer();
		// The loopback server stands for an Enterprise server: the site's address comes from its Pages settings.
		server.pages = { build_type: "workflow" };
		const { app, plugin } = await phone();
		await configure(app, plugin);
		expect(plugin.settings.githubSecret).toBe(SECRET_ID);

		await openDialog(app);
		expect(dialog().querySelector(".museum-publish-blocked")).toBeNull();
		expect(state("Notes/Jumeau numérique.md")).toBe("new");
		(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
		(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => dialog().querySelector("a[href*='/actions/runs/']") !== null, "the links to the commit, the site and the build");

		// One commit on top of the other one, moving the branch without force; the other files are kept.
		const commits = server.commits();
		expect(commits).toHaveLength(2);
		const files = server.files();
		expect(files.get("README.md")!.toString()).toBe("# Le site du musée\n");
		expect([...files.keys()]).toEqual(expect.arrayContaining(["Notes/Jumeau numérique.md", "Notes/Qu'est-ce qu'un musée numérique ?.md", ".museum-publish.json", "eleventy.config.mjs", ".github/workflows/pages.yml"]));
		expect([...files.keys()].some((p) => p.includes("Secret"))).toBe(false);
		// GitHub Pages serves the repository under /site-musee/: the site is compiled for it.
		expect(files.get("eleventy.config.mjs")!.toString()).toContain('"pathPrefix": "/site-musee/"');
		const links = Array.from(dialog().querySelectorAll("a")).map((a) => a.getAttribute("href"));
		// The commit, the site, and the workflow run building it (the token may read Actions here).
		expect(links).toEqual([`https://github.com/musee/site-musee/commit/${commits[0]}`, "https://musee.github.io/site-musee/", "https://github.com/musee/site-musee/actions/runs/1"]);
		expect(dialog().textContent).toContain("GitHub Actions: queued");
		expect(dialog().textContent).toContain("The site updates once GitHub has built it.");
		expect(Notice.messages.join("\n")).toMatch(/^Published: 2 files written, 0 deleted\.$/m);

		// Reopened: states from the remote tree and manifest; publishing again changes nothing.
		document.body.empty();
		await openDialog(app);
		expect(state("Notes/Jumeau numérique.md")).toBe("unchanged");
		(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
		(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => dialog().textContent!.includes("Nothing changed: no commit."), "the answer");
		expect(server.commits()).toHaveLength(2);

		// An edit: changed, its diff against the page in the repository, and a commit saying so.
		const note = app.vault.getFileByPath("Notes/Jumeau numérique.md")!;
		await app.vault.modify(note, VAULT["Notes/Jumeau numérique.md"] + "Une phrase ajoutée.\n");
		await flush(app);
		document.body.empty();
		await openDialog(app);
		expect(state("Notes/Jumeau numérique.md")).toBe("changed");
		const row = dialog().querySelector<HTMLElement>('.museum-publish-row[data-path="Notes/Jumeau numérique.md"]')!;
		(row.querySelector(".museum-publish-diff-button") as HTMLElement).click();
		await until(() => row.querySelector(".museum-publish-diff") !== null, "the diff");
		expect(Array.from(row.querySelectorAll(".museum-publish-diff-line.is-added")).map((l) => l.textContent)).toEqual(["+Une phrase ajoutée."]);
		(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
		(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => dialog().querySelector("a[href*='/actions/runs/']") !== null, "the third publish");
		expect(server.commits()).toHaveLength(3);
		expect(server.git("log", "-1", "--format=%B")).toMatch(/^Publish: 0 added, 2 changed, 0 deleted\n\n~ Notes\/Jumeau numérique.md\n~ .museum-publish.json/);

		// Every request went through requestUrl, with the token only in its Authorization header.
		expect(server.log.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
		const shown = everythingShown(app);
		expect(shown).not.toContain(TOKEN);
		expect(JSON.stringify(plugin.settings)).not.toContain(TOKEN);
		for (const [, bytes] of server.files()) expect(bytes.toString()).not.toContain(TOKEN);
		for (const commit of server.commits()) expect(server.git("cat-file", "commit", commit)).not.toContain(TOKEN);
	});

	test("another editor's push is seen: the page they deleted is new again, and their commit is kept", async () => {
		await startServer();
		const { app, plugin } = await phone();
		await configure(app, plugin);
		await openDialog(app);
		(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
		(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => dialog().querySelector("a[href*='/commit/']") !== null, "the first publish");
		const other = server.push({ "Notes/Jumeau numérique.md": null, "AUTRE.md": "de quelqu'un d'autre\n" });
		document.body.empty();
		await openDialog(app);
		expect(state("Notes/Jumeau numérique.md")).toBe("new");
		expect(state("Notes/Qu'est-ce qu'un musée numérique ?.md")).toBe("unchanged");
		(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
		(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
		await until(() => dialog().querySelector("a[href*='/commit/']") !== null, "the second publish");
		expect(server.commits()).toContain(other);
		expect(server.files().has("AUTRE.md")).toBe(true);
		expect(server.files().has("Notes/Jumeau numérique.md")).toBe(true);
	});

	test("a repository the token cannot read: the dialog says so and has no publish button", async () => {
		await startServer();
		const { app, plugin } = await phone("ghp-expired");
		await configure(app, plugin);
		await openDialog(app);
		expect(dialog().querySelector(".museum-publish-blocked")!.textContent).toBe("GitHub refuses the token: wrong or expired.");
		expect(dialog().querySelector(".museum-publish-go")).toBeNull();
		expect(state("Notes/Jumeau numérique.md")).toBe("new");
	});
});

describe("GitHub settings (built main.js)", () => {
	test("the token is kept in Obsidian's secret storage only: data.json holds its name", async () => {
		await startServer();
		const { app, plugin } = await phone();
		const tab = await configure(app, plugin);
		await flush(app);
		const data = await app.vault.adapter.read(`${app.vault.configDir}/plugins/museum-strategy-notes/data.json`);
		expect(JSON.parse(data)).toMatchObject({ githubRepo: "musee/site-musee", githubSecret: SECRET_ID });
		expect(data).not.toContain(TOKEN);
		expect(app.secretStorage.getSecret(SECRET_ID)).toBe(TOKEN);
		// The text says which token is enough, and links to GitHub's page for creating one.
		const token = tab.row("GitHub token");
		expect(token.querySelector(".setting-item-description")!.textContent).toContain("A fine-grained token on this one repository with “Contents: read and write” is enough, and “Workflows: read and write” for the first publish: create one");
		expect(token.querySelector("a")!.getAttribute("href")).toBe("https://github.com/settings/personal-access-tokens/new");
	});

	const reset = String(Math.floor(Date.now() / 1000) + 3600);
	const until1h = new Date(Number(reset) * 1000).toLocaleTimeString();
	// What "Test connection" says, case by case.
	const cases: [string, { server?: ServerOptions; seeded?: boolean; token?: string | null; settings?: Record<string, string>; fault?: boolean }, string][] = [
		["all is well", {}, "Connected: ready to publish to main."],
		["the branch given", { settings: { githubBranch: "main" } }, "Connected: ready to publish to main."],
		["no token chosen", { token: null }, "No GitHub token: choose one in the settings."],
		["a wrong or expired token", { token: "ghp-expired" }, "GitHub refuses the token: wrong or expired."],
		["a repository the token cannot see", { settings: { githubRepo: "musee/autre" } }, "The token cannot see this repository, or it does not exist."],
		["a read-only token", { server: { tokens: { [TOKEN]: { login: "lectrice", push: false } } } }, "The token may not write: give it “Contents: read and write”."],
		["a branch that does not exist", { settings: { githubBranch: "gh-pages" } }, "No such branch in the repository."],
		["an empty repository", { seeded: false }, "The repository is empty: initialise it, or publish."],
		["rate limited", { fault: true }, `GitHub limits requests until ${until1h}.`],
	];
	test.each(cases)("Test connection: %s", async (_, { server: options, seeded = true, token = TOKEN, settings, fault }, expected) => {
		await startServer(options, seeded);
		if (fault) server.faults.push({ match: "GET ", status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }, body: { message: "API rate limit exceeded for user.", documentation_url: "https://docs.github.com/rest" } });
		const { app, plugin } = await phone(token);
		const tab = await configure(app, plugin, settings);
		if (token === null) expect(plugin.settings.githubSecret).toBe("");
		const row = tab.row("GitHub");
		(Array.from(row.querySelectorAll("button")).find((b) => b.textContent === "Test connection") as HTMLElement).click();
		await until(() => row.querySelector(".setting-item-description")!.textContent !== "", "the answer");
		expect(row.querySelector(".setting-item-description")!.textContent).toBe(expected);
		expect(everythingShown(app)).not.toContain(TOKEN);
	});

	test("in French: the row speaks Obsidian's language", async () => {
		setLanguage("fr");
		await startServer();
		const { app, plugin } = await phone("ghp-expired");
		Object.assign(plugin.settings, { githubRepo: "musee/site-musee", githubApiUrl: server.url, githubSecret: SECRET_ID });
		const row = settingsTab(app).row("GitHub");
		(Array.from(row.querySelectorAll("button")).find((b) => b.textContent === "Tester la connexion") as HTMLElement).click();
		await until(() => row.querySelector(".setting-item-description")!.textContent !== "", "the answer");
		expect(row.querySelector(".setting-item-description")!.textContent).toBe("GitHub refuse le jeton\u202f: erroné ou expiré.");
	});

	test("an empty repository: Initialise writes the first commit, the starter site and the Pages workflow", async () => {
		await startServer({}, false);
		const { app, plugin } = await phone();
		const row = (await configure(app, plugin)).row("GitHub");
		const button = (text: string) => Array.from(row.querySelectorAll("button")).find((b) => b.textContent === text) as HTMLElement;
		button("Test connection").click();
		await until(() => button("Initialise") !== undefined, "the offer to initialise");
		button("Initialise").click();
		await until(() => row.querySelector(".setting-item-description")!.textContent!.startsWith("Connected"), "the initialised repository");
		expect(button("Initialise")).toBeUndefined();
		expect(server.commits()).toHaveLength(2);
		expect([...server.files().keys()]).toEqual(expect.arrayContaining(["README.md", "eleventy.config.mjs", ".github/workflows/pages.yml"]));
	});

	test.each([
		[true, "GitHub Pages is on: https://musee.github.io/site-musee/", "https://musee.github.io/site-musee/"],
		[false, "In the repository's Pages settings, choose Source “GitHub Actions”: ", "/musee/site-musee/settings/pages"],
	])("Set up GitHub Pages (the token may: %s)", async (pagesAllowed, expected, link) => {
		await startServer({ pagesAllowed });
		const { app, plugin } = await phone();
		const row = (await configure(app, plugin)).row("GitHub");
		(Array.from(row.querySelectorAll("button")).find((b) => b.textContent === "Set up GitHub Pages") as HTMLElement).click();
		const desc = row.querySelector(".setting-item-description")!;
		await until(() => desc.textContent !== "", "the answer");
		expect(desc.textContent).toBe(expected.endsWith(": ") ? expected + server.url + link : expected);
		expect(desc.querySelector("a")!.getAttribute("href")).toBe(link.startsWith("/") ? server.url + link : link);
		expect(server.pages).toEqual(pagesAllowed ? { build_type: "workflow" } : null);
	});
});
