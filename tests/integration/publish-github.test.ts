/** @jest-environment jsdom */
import { request } from "http";
import { TextDecoder, TextEncoder } from "util";
import { webcrypto } from "crypto";
import { App, Notice, Platform, Plugin, setLanguage, setRequestUrlHandler, RequestUrlParam } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";
import { ContractServer } from "../destinations/github/contract-server";
/** The contract server's default token. */
const TOKEN = "ghp-test-token";

// Obsidian (desktop and mobile) has TextEncoder and Web Crypto; jest's jsdom environment does not.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });

const VAULT = {
	"Notes/Qu'est-ce qu'un jumeau numérique ?.md": "---\ntags: question\n---\n# Qu'est-ce qu'un jumeau numérique ?\n\n1. [[Ressource A]]\n   Un résumé.\n\n![[plan.png]]\n",
	"Notes/Ressource A.md": "---\ntags: ressource\n---\n### [Ressource A](https://example.org/a)\nUn résumé.\n",
	"Notes/plan.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
};

/** requestUrl of the test Obsidian, answered by the contract server over real HTTP (as Obsidian's own would be). */
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

let server: ContractServer;
beforeEach(async () => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
	// A phone: no desktop app, no Node module.
	Object.assign(Platform, { isDesktopApp: false, isDesktop: false, isMobile: true, isMobileApp: true, isPhone: true });
	server = new ContractServer();
	await server.start();
	routeTo();
});
afterEach(async () => {
	setRequestUrlHandler(null);
	Object.assign(Platform, { isDesktopApp: true, isDesktop: true, isMobile: false, isMobileApp: false, isPhone: false });
	expect(server.violations).toEqual([]);
	expect(server.forced).toEqual([]);
	await server.stop();
});

const dialog = () => document.querySelector<HTMLElement>(".modal.museum-publish")!;
const state = (p: string) => dialog().querySelector(`.museum-publish-row[data-path="${p}"] .museum-publish-state`)?.className.replace(/.*is-/, "");

async function until(condition: () => boolean, what: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		if (condition()) return;
		await flush();
		await new Promise((r) => setTimeout(r, 5));
	}
	throw new Error(`timed out waiting for ${what}: ${document.body.textContent} ${JSON.stringify(server.log.map((r) => [r.method, r.path, r.status]))}`);
}

async function phone(): Promise<{ app: App; plugin: Plugin & { settings: Record<string, unknown>; saveSettings(): Promise<void> } }> {
	const app = await createApp(VAULT);
	const plugin = await loadBuiltPlugin<Plugin & { settings: Record<string, unknown>; saveSettings(): Promise<void> }>(app, "main.js", "manifest.json", { noNodeModules: true });
	app.secretStorage.setSecret("museum-github", TOKEN);
	Object.assign(plugin.settings, { destination: "github", githubRepo: "musee/site", githubApiUrl: server.url, githubTokenSecret: "museum-github" });
	await plugin.saveSettings();
	return { app, plugin };
}

async function publishAll(app: App): Promise<HTMLElement> {
	expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
	await until(() => !!dialog()?.querySelector(".museum-publish-go") && !!dialog()?.querySelector(".museum-publish-row"), "the dialog");
	(dialog().querySelector(".museum-publish-all") as HTMLElement).click();
	await flush(app);
	(dialog().querySelector(".museum-publish-go") as HTMLElement).click();
	await until(() => !!dialog()?.querySelector(".museum-publish-done a") || !!dialog()?.querySelector(".museum-publish-error"), "the publish");
	return dialog().querySelector<HTMLElement>(".museum-publish-done, .museum-publish-error")!;
}

describe("publishing to GitHub from a phone (the built main.js, requestUrl, no Node module)", () => {
	test("an existing repository: the notes, the starter site and the workflow in one commit, the team's files kept; then one changed note, one more commit", async () => {
		server.push({ "README.md": "# Notre site\n", "CNAME": "musee.example.org\n" });
		server.pages = { build_type: "workflow" };
		const { app } = await phone();
		const done = await publishAll(app);
		expect(done.className).toContain("museum-publish-done");
		const links = Array.from(done.querySelectorAll("a")).map((a) => a.getAttribute("href"));
		expect(links[0]).toBe(`https://github.com/musee/site/commit/${server.head()}`);
		expect(links[1]).toBe("https://musee.github.io/site/");
		const files = server.files();
		expect(files.get("README.md")?.toString()).toBe("# Notre site\n");
		expect(files.get("CNAME")?.toString()).toBe("musee.example.org\n");
		expect([...(files.get("Notes/plan.png") ?? [])]).toEqual([137, 80, 78, 71, 1, 2, 3]);
		expect(files.get("Notes/Qu'est-ce qu'un jumeau numérique ?.md")?.toString()).toContain("jumeau");
		expect(files.has(".github/workflows/pages.yml")).toBe(true);
		expect(files.get("eleventy.config.mjs")?.toString()).toContain('"pathPrefix": "/site/"');
		expect(server.commits()).toHaveLength(2);

		// The dialog's states come from the repository: unchanged, then a page someone deleted there is new again.
		(dialog().querySelector(".museum-publish-cancel") as HTMLElement).click();
		server.push({ "Notes/Ressource A.md": null });
		await app.vault.modify(app.vault.getFileByPath("Notes/Qu'est-ce qu'un jumeau numérique ?.md")!, "# Qu'est-ce qu'un jumeau numérique ?\n\nRevu.\n");
		await flush(app);
		expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
		await until(() => !!dialog()?.querySelector(".museum-publish-row"), "the dialog");
		expect(state("Notes/Ressource A.md")).toBe("new");
		expect(state("Notes/Qu'est-ce qu'un jumeau numérique ?.md")).toBe("changed");
		(dialog().querySelector(".museum-publish-cancel") as HTMLElement).click();
		await publishAll(app);
		expect(server.commits()).toHaveLength(4);
		expect(server.files().get("Notes/Qu'est-ce qu'un jumeau numérique ?.md")?.toString()).toContain("Revu.");
		expect(server.files().has("Notes/Ressource A.md")).toBe(true);
	});

	test("the token is in no notice, message, saved setting, vault file, published file or commit", async () => {
		const { app } = await phone();
		await publishAll(app);
		const adapter = app.vault.adapter as unknown as { files: Map<string, { data: string | ArrayBuffer }> };
		const stored = [...adapter.files.values()].map((f) => (typeof f.data === "string" ? f.data : Buffer.from(f.data).toString("utf8")));
		expect(stored.some((text) => text.includes('"githubTokenSecret": "museum-github"') || text.includes('"githubTokenSecret":"museum-github"'))).toBe(true);
		for (const text of [...Notice.messages, document.body.textContent ?? "", ...stored, ...[...server.files().values()].map((b) => b.toString()), server.git("log", "--format=%B%an", "main")]) {
			expect(text).not.toContain(TOKEN);
		}
	});

	test("a bad token: the dialog says what is wrong, nothing is written", async () => {
		server.push({ "README.md": "x" });
		const { app } = await phone();
		app.secretStorage.setSecret("museum-github", "ghp-expired");
		expect(runCommand(app, "museum-strategy-notes:publish-selected")).toBe(true);
		await until(() => !!dialog()?.querySelector(".museum-publish-blocked"), "the problem");
		expect(dialog().querySelector(".museum-publish-blocked")!.textContent).toBe("Wrong or expired token.");
		expect(document.body.textContent).not.toContain("ghp-expired");
		expect(server.commits()).toHaveLength(1);
	});
});
