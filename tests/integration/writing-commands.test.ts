/** @jest-environment jsdom */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, get as httpGet, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { App, Notice, requestLog, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, pickSuggestion, runCommand, settingInput, typeInto, until } from "../obsidian/harness";

/** The demo vault's files, as the in-memory vault and the command line both get them. */
function demoVault(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(join("demo-vault", folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path);
			else if (path.endsWith(".md")) files[path] = readFileSync(join("demo-vault", path), "utf8");
		}
	};
	walk("");
	return files;
}

// Notes cited by a question, whose one line may change and nothing else: CRLF line endings and trailing spaces;
// a BOM, a display text (kept) and trailing spaces after the line. A resource cited by no question keeps its line.
const EXTRA = {
	"Notes/Fiche CRLF.md": "---\r\ntags: ressource\r\n---\r\n### Fiche CRLF  \r\nRésumé avec espaces finales.   \r\n\r\n**Apparaît dans** : [[Agir]]\r\n\r\nFin\t\r\n",
	// A BOM hides the frontmatter (see `check`'s byte-order-mark): an untagged note that embeds a player is a video note.
	"Notes/Vidéo BOM.md": '\uFEFF## Vidéo BOM \n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>\n\nApparaît dans [[Comment tester|Tester ?]], [[Agir]]   \n\n',
	"Notes/Fiche orpheline.md": "---\ntags: ressource\n---\n# Fiche orpheline\n\nApparaît dans: [[Comment tester]]\n",
	"Notes/Comment tester.md": "---\ntags: question\neleventyNavigation:\n  key: tester\n  parent: agir\n---\n# Comment tester ?\nRéponse.\n\n1. [[Fiche CRLF]]\n2. [[Vidéo BOM]]\n",
};

/** What `sync-appears-in` (the built command line) writes on the same files, with the same settings. */
function commandLineResult(files: Record<string, string>, settings: Record<string, string> = {}): Record<string, string> {
	const dir = mkdtempSync(join(tmpdir(), "museum-writing-int-"));
	try {
		cpSync("demo-vault", dir, { recursive: true });
		for (const [path, text] of Object.entries({ ...files, ...settings })) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		execFileSync(process.execPath, ["dist/cli.cjs", "sync-appears-in", "--vault", dir]);
		return Object.fromEntries(Object.keys(files).map((path) => [path, readFileSync(join(dir, path), "utf8")]));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const modal = () => document.querySelector<HTMLElement>(".modal")!;
const buttons = () => Array.from(modal().querySelectorAll<HTMLButtonElement>("button"));
const noticeTexts = () => Notice.messages;

async function texts(app: App, paths: string[]): Promise<Record<string, string>> {
	return Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await app.vault.read(app.vault.getFileByPath(p)!)])));
}

beforeEach(() => {
	document.body.empty();
	Notice.clear();
	setLanguage("en");
	setRequestUrlHandler(null);
	requestLog.length = 0;
});

describe("Update 'Appears in' lines (built main.js)", () => {
	it("is a command in English and French", async () => {
		setLanguage("fr");
		const app = await createApp({});
		await loadBuiltPlugin(app);
		expect(app.commands.commands["museum-strategy-notes:update-appears-in"].name).toBe("Museum strategy notes: Mettre à jour les lignes «\u202fApparaît dans\u202f»");
	});

	it("previews each change (note, before, after), applies on confirm exactly what sync-appears-in writes, and changes nothing the second time", async () => {
		const files: Record<string, string> = { ...demoVault(), ...EXTRA };
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal().querySelector(".modal-title")!.textContent).toBe("Update 'Appears in' lines");
		// The setting "Add missing lines" is off: the cited notes without a line (Guide de la stratégie numérique) are not offered one.
		expect(Array.from(modal().querySelectorAll(".museum-appears-change")).map((row) => Array.from(row.children).map((c) => c.textContent))).toEqual([
			["Notes/Fiche CRLF.md:7", "- **Apparaît dans** : [[Agir]]", "+ **Apparaît dans** : [[Comment tester]]"],
			["Notes/Le jumeau numérique du château.md:18", "- Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]", "+ Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]"],
			["Notes/Vidéo BOM.md:4", "- Apparaît dans [[Comment tester|Tester ?]], [[Agir]]   ", "+ Apparaît dans [[Comment tester|Tester ?]]   "],
		]);
		buttons().find((b) => b.textContent === "Apply")!.click();
		await flush(app);
		expect(noticeTexts()).toContain("Lines updated: 3");
		const paths = Object.keys(files);
		const after = await texts(app, paths);
		expect(after).toEqual(commandLineResult(files));
		expect(after["Notes/Fiche CRLF.md"]).toBe(EXTRA["Notes/Fiche CRLF.md"].replace("[[Agir]]", "[[Comment tester]]"));
		expect(after["Notes/Vidéo BOM.md"]).toBe(EXTRA["Notes/Vidéo BOM.md"].replace(", [[Agir]]", ""));
		const changedPaths = paths.filter((p) => after[p] !== files[p]);
		expect(changedPaths).toEqual(["Notes/Le jumeau numérique du château.md", "Notes/Fiche CRLF.md", "Notes/Vidéo BOM.md"]);

		Notice.clear();
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(document.querySelector(".modal")).toBeNull();
		expect(noticeTexts()).toEqual(["Every 'Appears in' line is up to date."]);
		expect(await texts(app, paths)).toEqual(after);
	});

	it("a line the editor changes while the preview is open is left as they wrote it; the other changes are applied", async () => {
		const files: Record<string, string> = { ...demoVault(), ...EXTRA };
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal().querySelectorAll(".museum-appears-change")).toHaveLength(3);
		const edited = EXTRA["Notes/Fiche CRLF.md"].replace("[[Agir]]", "[[Agir]], [[Comment tester]]");
		await app.vault.modify(app.vault.getFileByPath("Notes/Fiche CRLF.md")!, edited);
		buttons().find((b) => b.textContent === "Apply")!.click();
		await flush(app);
		expect(noticeTexts()).toContain("Lines updated: 2");
		const after = await texts(app, Object.keys(files));
		expect(after["Notes/Fiche CRLF.md"]).toBe(edited);
		expect(Object.keys(files).filter((p) => after[p] !== files[p])).toEqual(["Notes/Le jumeau numérique du château.md", "Notes/Fiche CRLF.md", "Notes/Vidéo BOM.md"]);
	});

	it("Cancel writes nothing; the setting Add missing lines is off by default, and once on, a cited note without a line gets one, as the command line adds it", async () => {
		const files = demoVault();
		const app = await createApp(files);
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		expect(modal().querySelectorAll(".museum-appears-change")).toHaveLength(1);
		buttons().find((b) => b.textContent === "Cancel")!.click();
		await flush(app);
		expect(await texts(app, Object.keys(files))).toEqual(files);

		const tab = (app as unknown as { setting: { pluginTabs: { display(): void; containerEl: HTMLElement }[] } }).setting.pluginTabs[0];
		tab.display();
		Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Add missing 'Appears in' lines")!.querySelector<HTMLElement>(".checkbox-container")!.click();
		await flush(app);
		const settings = { ".obsidian/plugins/museum-strategy-notes/data.json": await app.vault.adapter.read(".obsidian/plugins/museum-strategy-notes/data.json") };
		expect(JSON.parse(settings[".obsidian/plugins/museum-strategy-notes/data.json"])).toMatchObject({ addMissingAppearsIn: true });
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await flush(app);
		const added = Array.from(modal().querySelectorAll(".museum-appears-change")).find((row) => row.firstElementChild!.textContent!.startsWith("Notes/Guide de la stratégie numérique.md"))!;
		expect(Array.from(added.children).map((c) => c.textContent)).toEqual([expect.stringMatching(/^Notes\/Guide de la stratégie numérique\.md:\d+$/), "+ Apparaît dans: [[Qu'est-ce qu'une stratégie numérique]], [[Qu'est-ce qu'une stratégie numérique pour un musée]]"]);
		buttons().find((b) => b.textContent === "Apply")!.click();
		await flush(app);
		expect(await texts(app, Object.keys(files))).toEqual(commandLineResult(files, settings));
	});
});

/**
 * The hosts' oEmbed endpoints, played by a loopback server that answers by
 * the video id asked: the plugin's `requestUrl` is routed to it (below), so
 * the built main.js gets real HTTP answers, a real refusal or a real silence.
 */
const OEMBED: Record<string, (res: ServerResponse) => void> = {
	"found-video": (res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ type: "video", title: "Le musée en 2030", author_name: "Forum des musées", thumbnail_url: "https://i.ytimg.com/vi/found-video/hqdefault.jpg" })),
	"missing-404": (res) => res.writeHead(404, { "content-type": "text/plain" }).end("Not Found"),
	"broken--500": (res) => res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error"),
	"html-answer": (res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>YouTube</title><p>Before you continue to YouTube"),
	"never-reply": () => undefined,
};

let server: Server;
let port: number;
/** What the loopback server was asked: host, path and query, as the plugin asked them. */
const served: string[] = [];

/** `requestUrl` through Node's http client to the loopback server: https://HOST/PATH?Q is asked as http://127.0.0.1:PORT/HOST/PATH?Q. */
function routeRequestUrlTo(to: number): void {
	setRequestUrlHandler(
		(req) =>
			new Promise((resolve, reject) => {
				const asked = new URL(req.url);
				const request = httpGet(`http://127.0.0.1:${to}/${asked.host}${asked.pathname}${asked.search}`, (res) => {
					const chunks: Buffer[] = [];
					res.on("data", (chunk: Buffer) => chunks.push(chunk));
					res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
				});
				request.on("error", reject);
			}),
	);
}

beforeAll(async () => {
	server = createServer((req, res) => {
		served.push((req.url ?? "").slice(1));
		const video = new URL(new URL(req.url ?? "", "http://x").searchParams.get("url") ?? "http://x").searchParams.get("v") ?? "";
		(OEMBED[video] ?? OEMBED["missing-404"])(res);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	server.closeAllConnections(); // the endpoint that never answers holds its connection open
	await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
	served.length = 0;
	routeRequestUrlTo(port);
});

const field = (name: string) => settingInput(modal(), name);
const found = () => modal().querySelector("small")!.textContent;
const ticked = () => Array.from(modal().querySelectorAll<HTMLElement>(".museum-similar-item")).map((row) => [row.textContent, row.querySelector("input")!.checked]);

const QUESTION = "Notes/Qu'est-ce qu'un jumeau numérique.md";
const NO_DETAILS = "No details from www.youtube.com: the note is made from the link alone.";
const youtube = (id: string) => `https://www.youtube.com/watch?v=${id}&t=90`;
const oembedAsked = (id: string) => `www.youtube.com/oembed?format=json&url=${encodeURIComponent(`https://www.youtube.com/watch?v=${id}`)}`;

/** The built plugin on the demo vault, the video command's form open. */
async function openForm(): Promise<App> {
	const app = await createApp(demoVault());
	await loadBuiltPlugin(app);
	runCommand(app, "museum-strategy-notes:video-from-link");
	await flush(app);
	return app;
}

/** What an editor types besides the link: a title (or none), a known speaker, the day, one question. */
async function fillForm(app: App, title: string): Promise<void> {
	typeInto(field("Title"), title);
	await pickSuggestion(app, field("Speakers"), "clai", "Claire Martin");
	typeInto(field("Day or event"), "J2");
	await pickSuggestion(app, field("Questions"), "jumeau", "Qu'est-ce qu'un jumeau numérique?");
}

/** Every field as typed in `fillForm`, then Create: the note from the link (and the typed title, or the fallback one) and the question's talk line. */
async function expectFormKeptThenCreate(app: App, id: string, title: string): Promise<void> {
	expect([field("Title").value, field("Speakers").value, field("Day or event").value, ticked()]).toEqual([title, "Claire Martin; ", "J2", [["Qu'est-ce qu'un jumeau numérique?", true]]]);
	expect(found()).toBe(`YouTube · ${id}`);
	buttons().find((b) => b.textContent === "Create")!.click();
	await flush(app);
	expect(document.querySelector(".modal")).toBeNull();
	const name = title || `Vidéo YouTube ${id}`;
	const note = (await texts(app, [`Notes/${name}.md`]))[`Notes/${name}.md`];
	expect(note).toContain(`## ${name}\n[Claire Martin](https://example.org/intervenants/claire-martin), cheffe de projet numérique, Musée des Exemples (CH)\n\n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/${id}?start=90"`);
	expect(note).toMatch(/^---\n[^]*tags: ressource forum\n---\n/);
	expect((await texts(app, [QUESTION]))[QUESTION]).toContain(`Claire Martin: [[${name}]]`);
}

describe("Create video note from a link (built main.js, oEmbed answered by a loopback server)", () => {
	it("recognises the link, fills the title and the channel from the host's oEmbed answer, writes the note and the question's talk line", async () => {
		const app = await openForm();
		const question = await texts(app, [QUESTION]);
		typeInto(field("Link"), "https://youtu.be/found-video?t=90");
		await until(() => found() === "YouTube · Forum des musées", "the host's answer");
		expect(served).toEqual([oembedAsked("found-video")]);
		expect(field("Title").value).toBe("Le musée en 2030");
		await pickSuggestion(app, field("Speakers"), "clai", "Claire Martin");
		expect(field("Speakers").value).toBe("Claire Martin; ");
		typeInto(field("Day or event"), "J1");
		await pickSuggestion(app, field("Questions"), "jumeau", "Qu'est-ce qu'un jumeau numérique?");
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);

		expect(document.querySelector(".modal")).toBeNull();
		const note = await texts(app, ["Notes/Le musée en 2030.md"]);
		expect(note["Notes/Le musée en 2030.md"]).toContain(
			'## Le musée en 2030\n[Claire Martin](https://example.org/intervenants/claire-martin), cheffe de projet numérique, Musée des Exemples (CH)\n\n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/found-video?start=90" title="Le musée en 2030"',
		);
		expect(note["Notes/Le musée en 2030.md"]).toMatch(/^---\n[^]*tags: ressource forum\n---\n/);
		const after = (await texts(app, [QUESTION]))[QUESTION];
		expect(after).not.toBe(question[QUESTION]);
		expect(after).toContain("Claire Martin: [[Le musée en 2030]]");
		expect(noticeTexts()).toContain("Resource note created: Notes/Le musée en 2030.md");
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Le musée en 2030.md");
	});

	it.each([
		["refuses it (404 Not Found)", "missing-404", ""],
		["fails (500 Internal Server Error)", "broken--500", "Ouverture du forum"],
		["answers an HTML page instead of JSON", "html-answer", "Table ronde"],
	])("the host %s: a clear notice, the note made from the link alone, nothing typed lost", async (_, id, title) => {
		const app = await openForm();
		await fillForm(app, title);
		typeInto(field("Link"), youtube(id));
		await until(() => noticeTexts().length > 0, "the notice");
		expect(served).toEqual([oembedAsked(id)]);
		expect(noticeTexts()).toEqual([NO_DETAILS]);
		expect(field("Title").placeholder).toBe(`Vidéo YouTube ${id}`);
		await expectFormKeptThenCreate(app, id, title);
	});

	it("the host never answers: the plugin gives up after 10 s (fake clock), with the same notice; what was typed meanwhile is kept", async () => {
		// `until` waits on setTimeout, which the fake clock stops: here real I/O runs in flush's turns of the event loop.
		const asked = async (what: string) => {
			for (let i = 0; i < 400 && !served.includes(what); i++) await flush();
			expect(served).toEqual([what]);
		};
		jest.useFakeTimers();
		try {
			const app = await openForm();
			typeInto(field("Link"), youtube("never-reply"));
			jest.advanceTimersByTime(400); // typing pauses: the link is read
			await asked(oembedAsked("never-reply"));
			await fillForm(app, "");
			jest.advanceTimersByTime(9_999);
			await flush(app);
			expect(noticeTexts()).toEqual([]);
			jest.advanceTimersByTime(1);
			await flush(app);
			expect(noticeTexts()).toEqual([NO_DETAILS]);
			await expectFormKeptThenCreate(app, "never-reply", "");
		} finally {
			jest.useRealTimers();
		}
	});

	it("offline (nothing listens on the host's port): a clear notice in French, the note made from the link alone, what was typed kept", async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
		routeRequestUrlTo((closed.address() as AddressInfo).port);
		await new Promise((resolve) => closed.close(resolve));
		setLanguage("fr");
		const app = await createApp(demoVault());
		await loadBuiltPlugin(app);
		const before = await texts(app, [QUESTION]);
		runCommand(app, "museum-strategy-notes:video-from-link");
		await flush(app);
		typeInto(field("Intervenants"), "Paul Durand, conservateur");
		typeInto(field("Lien"), "https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv");
		await until(() => noticeTexts().length > 0, "the notice");
		expect(noticeTexts()).toEqual(["Pas de détails de tube.example.org\u202f: la note est faite à partir du lien seul."]);
		expect(field("Titre").value).toBe("");
		expect(field("Intervenants").value).toBe("Paul Durand, conservateur");
		buttons().find((b) => b.textContent === "Créer")!.click();
		await flush(app);
		const path = "Notes/Vidéo PeerTube kkGMgK9ZtnKfYAgnEtQxbv.md";
		expect((await texts(app, [path]))[path]).toContain('## Vidéo PeerTube kkGMgK9ZtnKfYAgnEtQxbv\nPaul Durand, conservateur\n\n<iframe width="560" height="315" src="https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv"');
		expect(await texts(app, [QUESTION])).toEqual(before);
	});

	it("a link that is no video, or a title taken already: says so in the form and writes nothing", async () => {
		const app = await openForm();
		const count = app.vault.getFiles().length;
		typeInto(field("Link"), "https://example.org/page");
		typeInto(field("Title"), "Le jumeau numérique du château");
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toBe("Not a YouTube, Vimeo, Dailymotion or PeerTube video link.");
		expect(served).toEqual([]);
		typeInto(field("Link"), "https://vimeo.com/76979871");
		await until(() => noticeTexts().length > 0, "the notice");
		expect(served).toEqual([`vimeo.com/api/oembed.json?format=json&url=${encodeURIComponent("https://vimeo.com/76979871")}`]);
		expect(noticeTexts()).toEqual(["No details from vimeo.com: the note is made from the link alone."]);
		buttons().find((b) => b.textContent === "Create")!.click();
		await flush(app);
		expect(modal().querySelector(".museum-form-error")!.textContent).toBe("Notes/Le jumeau numérique du château.md exists already: change the title.");
		expect(field("Title").value).toBe("Le jumeau numérique du château");
		expect(app.vault.getFiles().length).toBe(count);
	});
});
