/**
 * @jest-environment jsdom
 *
 * The two writing commands' dialogs as Obsidian shows them, in real Chromium: the built plugin runs on
 * the demo vault in the in-memory Obsidian (jsdom); each dialog's HTML, frozen with what was typed, is
 * laid out with Obsidian's default theme variables, its settings and modal rules, and styles.css.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/{appears-in-preview,video-from-link}.png.
 */
import * as fs from "fs";
import type { Browser, Page } from "playwright-core";
import type * as BrowserModule from "../site/browser";
import { App, Notice, requestLog, setLanguage, setRequestUrlHandler } from "../obsidian";
import { createApp, flush, loadBuiltPlugin, pickSuggestion, runCommand, settingInput, typeInto, until } from "../obsidian/harness";
import { frozen, provideElectronGlobals, readVault, screenshotHtml } from "./render-panel";

const QUESTION = "Notes/Qu'est-ce qu'un jumeau numérique.md";
const CHATEAU = "1. [[Le jumeau numérique du château]]\n   Le château a construit la copie numérique de ses salles pour préparer les travaux.\n";

const modal = () => document.querySelector<HTMLElement>(".modal")!;
const dialog = () => frozen(document.querySelector<HTMLElement>(".modal-container")!).outerHTML;
const field = (name: string) => settingInput(modal(), name);
const rows = (html: string, selector: string) => Array.from(new DOMParser().parseFromString(html, "text/html").querySelectorAll(selector));

describe("the writing commands' dialogs in Chromium", () => {
	let browser: Browser;
	let page: Page;
	let previewHtml = "";
	let videoHtml = "";
	let asked: string[] = [];

	beforeAll(async () => {
		provideElectronGlobals();
		browser = await (require("../site/browser") as typeof BrowserModule).launchChromium();
		page = await browser.newPage({ viewport: { width: 760, height: 600 }, deviceScaleFactor: 2 });
		await page.route("**/*", (route) => route.abort());

		// In French, as most editors see it: the twin question drops the castle's note, whose line still names it.
		setLanguage("fr");
		const vault = readVault();
		expect(vault[QUESTION]).toContain(CHATEAU);
		let app: App = await createApp({ ...vault, [QUESTION]: (vault[QUESTION] as string).replace(CHATEAU, "") });
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:update-appears-in");
		await until(() => document.querySelector(".museum-appears-change") !== null, "the preview", 600);
		previewHtml = dialog();
		document.body.empty();
		Notice.clear();

		// In English: a YouTube link pasted, the host's oEmbed answer (title, channel), a known speaker, the day, one question.
		setLanguage("en");
		requestLog.length = 0;
		setRequestUrlHandler(() => ({ status: 200, text: JSON.stringify({ type: "video", title: "Le musée en 2030", author_name: "Forum des musées" }) }));
		app = await createApp(readVault());
		await loadBuiltPlugin(app);
		runCommand(app, "museum-strategy-notes:video-from-link");
		await flush(app);
		typeInto(field("Link"), "https://youtu.be/aqz-KE-bpKQ?t=90");
		await until(() => modal().querySelector("small")!.textContent === "YouTube · Forum des musées", "the host's answer", 600);
		await pickSuggestion(app, field("Speakers"), "clai", "Claire Martin");
		typeInto(field("Day or event"), "J1");
		await pickSuggestion(app, field("Questions"), "jumeau", "Qu'est-ce qu'un jumeau numérique?");
		await flush(app);
		videoHtml = dialog();
		asked = requestLog.map((r) => r.url);
	});

	afterAll(async () => {
		await browser?.close();
		setRequestUrlHandler(null);
		requestLog.length = 0;
	});

	test("the preview: the castle's note, its line as it is and as it will be, in French", () => {
		expect(rows(previewHtml, ".modal-title")[0].textContent).toBe("Mettre à jour les lignes «\u202fApparaît dans\u202f»");
		expect(rows(previewHtml, ".museum-appears-change").map((row) => Array.from(row.children).map((c) => c.textContent))).toEqual([
			["Notes/Le jumeau numérique du château.md:18", "- Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]", "+ Apparaît dans: [[Comment numériser ses collections]]"],
		]);
		expect(rows(previewHtml, "button").map((b) => b.textContent)).toEqual(["Annuler", "Appliquer"]);
	});

	test("the video form: the link, the channel, the title from the host, the speaker, the day, the question ticked", () => {
		const values = rows(videoHtml, ".setting-item input").map((i) => i.getAttribute("value"));
		expect(values).toEqual(["https://youtu.be/aqz-KE-bpKQ?t=90", "Le musée en 2030", "Claire Martin; ", "J1", ""]);
		expect(asked).toEqual([`https://www.youtube.com/oembed?format=json&url=${encodeURIComponent("https://www.youtube.com/watch?v=aqz-KE-bpKQ")}`]);
		expect(rows(videoHtml, "small")[0].textContent).toBe("YouTube · Forum des musées");
		expect(rows(videoHtml, ".museum-similar-item").map((r) => [r.textContent, r.querySelector("input")!.hasAttribute("checked")])).toEqual([["Qu'est-ce qu'un jumeau numérique?", true]]);
	});

	const update = process.env.UPDATE_SCREENSHOTS === "1";
	(update ? test : test.skip).each([
		["appears-in-preview.png", () => previewHtml, "fr"],
		["video-from-link.png", () => videoHtml, "en"],
	] as const)("writes docs/screenshots/%s", async (file, html, lang) => {
		const target = await screenshotHtml(page, html(), file, lang);
		expect(fs.statSync(target).size).toBeGreaterThan(1000);
	});
});
