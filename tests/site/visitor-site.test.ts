/**
 * The published site as a visitor meets it, for real: the demo vault (with a question just created by the command
 * line, not yet filled) and a generated vault with deep navigation are published by the command line under /musee/
 * and built as the site's own `npm run build` does (Eleventy, then Pagefind). Their HTML is read with a parser, then
 * every page is shown in Chromium at 390 px, light and dark, and checked with axe-core.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/site-*.png.
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JSDOM } from "jsdom";
import type { Browser, Page } from "playwright-core";
import { runCli } from "../../src/cli/main";
import { PLUGIN_ID } from "../../src/core/plugin-id";
import { launchChromium } from "./browser";
import { buildSite, makeTempSiteDir, removeDir, REPO_ROOT, writeFiles, type BuiltSite } from "./build";
import { serveStatic, type StaticServer } from "./static-server";

jest.setTimeout(180000);

const PREFIX = "/musee/";
const SITE_URL = "https://musee.example.org";
const NNBSP = "\u202f";
const NEW_QUESTION = "Comment mesurer l'impact d'un site de musée ?";

/** A vault whose navigation goes four levels down, with what templates and real notes leave behind. */
const DEEP_VAULT: Record<string, string> = {
	"index.md": "---\neleventyNavigation:\n  key: accueil\n  title: Accueil\n---\n# Musée profond\n\nUn site à plusieurs niveaux.\n",
	"Rubriques/Collections.md": "---\neleventyNavigation:\n  key: collections\n  title: Collections\n  parent: accueil\n---\n# Collections\n\nTout sur les collections.\n",
	"Rubriques/Photographie.md": "---\neleventyNavigation:\n  key: photographie\n  title: Photographie\n  parent: collections\n---\n# Photographie\n\nPhotographier les œuvres.\n",
	"Rubriques/Réserves.md": "---\neleventyNavigation:\n  key: reserves\n  title: Réserves\n  parent: photographie\n---\n# Réserves\n\nLes réserves du musée.\n",
	"Questions/Éclairer.md": question("eclairer", "reserves", 1, "Comment éclairer une réserve ?", "Avec des lampes froides et peu de lumière.", [
		"1. [[Éclairage LED]]", "   Les lampes qui chauffent peu.", "2. [[Visite filmée des réserves]]", "   La visite en vidéo.", "",
		"## Vidéos", "Claire Martin: [[Visite filmée des réserves]]", "Paul Durand: Une conférence sans note",
	]),
	"Questions/Numériser.md": question("numeriser-reserves", "reserves", 2, "Faut-il numériser les réserves ?", "Oui, en commençant par les œuvres fragiles.", [
		"1. [[Éclairage LED]]", "", "Voir `a : b` et https://exemple.org/page?x=1:2 « citation » fin!",
	]),
	"Questions/Vide.md": question("vide", "reserves", 3, "Que faire d'une réserve vide ?", "La rendre aux équipes.", ["1. ", "", "Ressources similaires: ", "", "## Vidéos", ""]),
	"Questions/Appareil.md": question("appareil", "photographie", 1, "Quel appareil choisir ?", "Un boîtier simple et un bon objectif.", ["1. [[Éclairage LED]]"]),
	"Questions/Archives.md": question("archives-q", "archives", 1, "Que garder des anciennes expositions ?", "Les catalogues et les photos.", ["1. [[Éclairage LED]]"]),
	"Ressources/Éclairage LED.md": "---\ntags: ressource\n---\n### [Éclairage LED](https://example.org/led)\nLes lampes LED chauffent peu.\n\nApparaît dans: [[Éclairer]]\n",
	"Ressources/Visite filmée des réserves.md": "---\ntags: forum\n---\n## [Visite filmée des réserves](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\nLa visite des réserves, filmée.\n",
};

function question(key: string, parent: string, order: number, text: string, answer: string, body: string[]): string {
	return ["---", "tags: question", "eleventyNavigation:", `  key: ${key}`, `  title: "${text}"`, `  parent: ${parent}`, `  order: ${order}`, "---", `# **${text}**`, answer, "", ...body, ""].join("\n");
}

interface Site {
	built: BuiltSite;
	server: StaticServer;
	/** Built HTML pages, relative to the site folder. */
	pages: string[];
	doc(page: string): Document;
}

const dirs: string[] = [];
let demo: Site;
let deep: Site;
let browser: Browser;
let page: Page;

function listPages(dir: string, folder = ""): string[] {
	return fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).flatMap((entry) => {
		const relative = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return relative === "pagefind" ? [] : listPages(dir, relative);
		return entry.name.endsWith(".html") ? [relative] : [];
	});
}

async function cli(...args: string[]): Promise<void> {
	let out = "";
	const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
	if (code !== 0) throw new Error(`${args[0]} exited ${code}:\n${out}`);
}

async function publishAndBuild(label: string, fill: (vault: string) => Promise<void>): Promise<Site> {
	const vault = fs.mkdtempSync(path.join(os.tmpdir(), `museum-visitor-${label}-`));
	const out = makeTempSiteDir(`visitor-${label}`);
	dirs.push(vault, out);
	writeFiles(vault, { [`.obsidian/plugins/${PLUGIN_ID}/data.json`]: JSON.stringify({ pathPrefix: PREFIX, siteTitle: "Musée démo" }) });
	await fill(vault);
	await cli("publish", "--vault", vault, "--out", out);
	const built = await buildSite(out, { pathPrefix: PREFIX, siteTitle: "Musée démo", siteUrl: SITE_URL });
	const server = await serveStatic(built.siteDir, { pathPrefix: PREFIX });
	const docs = new Map<string, Document>();
	return {
		built,
		server,
		pages: listPages(built.siteDir).sort(),
		doc: (name) => {
			if (!docs.has(name)) docs.set(name, new JSDOM(name.endsWith(".html") ? fs.readFileSync(path.join(built.siteDir, name), "utf8") : built.html(name)).window.document);
			return docs.get(name)!;
		},
	};
}

/** Text as shown, spaces collapsed (narrow no-break spaces kept: they are the typography under test). */
function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((element) => (element.textContent ?? "").replace(/[ \t\n\r]+/g, " ").trim());
}
const french = (text: string) => text.replace(/ ?([?!:;])/g, `${NNBSP}$1`);

beforeAll(async () => {
	[demo, deep, browser] = await Promise.all([
			publishAndBuild("demo", async (vault) => {
				fs.cpSync(path.join(REPO_ROOT, "demo-vault"), vault, { recursive: true });
				await cli("new-question", "--vault", vault, "--question", NEW_QUESTION, "--answer", "En suivant quelques indicateurs.", "--parent", "agir");
			}),
			publishAndBuild("deep", async (vault) => writeFiles(vault, DEEP_VAULT)),
			launchChromium(),
		]);
	page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
	// Only the local server: players and other outside addresses are never fetched.
	await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
});

afterAll(async () => {
	await browser?.close();
	await demo?.server.close();
	await deep?.server.close();
	dirs.forEach(removeDir);
});

describe("question pages show only what has content", () => {
	test.each([
		["the demo's question just created", () => demo, `Notes/${NEW_QUESTION.replace(" ?", "")}.md`],
		["a template left unfilled", () => deep, "Questions/Vide.md"],
	])("%s: no empty card, heading, list or label", (_, site, note) => {
		const doc = site().doc(note);
		const article = doc.querySelector("article")!;
		expect(article.querySelectorAll(".resource-card, .videos, ol, ul").length).toBe(0);
		expect(texts(article, "p").filter((text) => text === "" || /^[^:]+:$/.test(text))).toEqual([]);
		expect(texts(article, "h2, h3")).toEqual([]);
		expect(article.textContent).not.toMatch(/Ressources similaires|Vidéos/);
	});

	test("one Vidéos section: the note's own talks and the videos of its resource list, each once, a line each", () => {
		const doc = deep.doc("Questions/Éclairer.md");
		expect(texts(doc, "h2").filter((text) => text === "Vidéos")).toHaveLength(1);
		expect(doc.querySelectorAll(".video-item")).toHaveLength(2);
		expect(texts(doc, ".video-item a")).toEqual(["Visite filmée des réserves"]);
		expect(texts(doc, ".video-speakers")).toEqual(["Claire Martin", "Paul Durand"]);
		expect(texts(doc, ".video-item em")).toEqual(["(pas encore publiée)"]);
		// The demo's "Video J1" talks were one paragraph: now three lines, none of them in the note's body.
		const jumeau = demo.doc("Notes/Qu'est-ce qu'un jumeau numérique.md");
		expect(texts(jumeau, ".video-item a")).toEqual(["Un temps pour la rematérialisation"]);
		expect(texts(jumeau, ".video-speakers")).toEqual(["Claire Martin", "Responsable Doors"]);
		expect(texts(jumeau, ".note-body").join(" ")).not.toMatch(/Video J1|Claire Martin/);
	});

	test("counts say 1 ressource and 2 ressources", () => {
		expect(texts(deep.doc("Questions/Éclairer.md"), "#resources-title .count")).toEqual(["2 ressources"]);
		expect(texts(deep.doc("Questions/Numériser.md"), "#resources-title .count")).toEqual(["1 ressource"]);
		const reserves = deep.doc("Rubriques/Réserves.md");
		expect(texts(reserves, ".children .count")).toEqual(["2 ressources", "1 ressource"]);
	});

	test("one vocabulary of kinds: a resource is Ressource on cards and on its page, a missing one is not yet published", () => {
		const cards = deep.doc("Questions/Éclairer.md");
		expect(texts(cards, ".resource-card .badge")).toEqual(["Ressource", "Vidéo"]);
		expect(texts(deep.doc("Ressources/Éclairage LED.md"), ".note-meta .badge")).toEqual(["Ressource"]);
		expect(texts(deep.doc("Ressources/Visite filmée des réserves.md"), ".note-meta .badge")).toEqual(["Vidéo"]);
		const former = demo.doc("Notes/Comment former les équipes au numérique.md");
		expect(texts(former, ".resource-unresolved .badge")).toEqual(["Pas encore publiée"]);
		expect(former.querySelector(".resource-unresolved a")).toBeNull();
	});
});

describe("resource and video pages", () => {
	test("a resource: its title is the heading, its source link once, the questions it answers once", () => {
		const doc = demo.doc("Notes/Le jumeau numérique du château.md");
		expect(texts(doc, "h1")).toEqual(["Le jumeau numérique du château"]);
		expect(doc.querySelectorAll("a[href='https://example.org/jumeau-chateau']")).toHaveLength(1);
		expect(doc.querySelector("article")!.textContent).not.toMatch(/Apparaît dans/);
		expect(texts(doc, ".cited-by h2")).toEqual(["Cette ressource répond à"]);
		expect(texts(doc, ".cited-by li")).toEqual([french("Comment numériser ses collections?"), french("Qu'est-ce qu'un jumeau numérique?")]);
	});

	test("a video: the privacy-friendly player, and the question citing it", () => {
		const doc = deep.doc("Ressources/Visite filmée des réserves.md");
		expect(doc.querySelector("iframe")?.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		expect(texts(doc, ".cited-by li")).toEqual([french("Comment éclairer une réserve ?")]);
		const talk = demo.doc("Notes/Un temps pour la rematérialisation.md");
		expect(talk.querySelector("iframe")?.getAttribute("src")).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
		expect(texts(talk, ".speakers")).toEqual([`Intervenants${NNBSP}: Claire Martin`]);
	});
});

describe("navigation from eleventyNavigation", () => {
	test("the home shows the sections with their pages and short answers", () => {
		const home = demo.doc("index.md");
		expect(texts(home, ".question-group h2")).toEqual(["Agir", "Comprendre"]);
		const comprendre = home.querySelectorAll(".question-group")[1];
		expect(texts(comprendre, ".entry-title")).toEqual([french("Qu'est-ce qu'un jumeau numérique?"), french("Qu'est-ce qu'une stratégie numérique?")]);
		expect(texts(comprendre, ".entry-lead")[0]).toBe("Un jumeau numérique est une copie numérique d'un lieu ou d'un objet, mise à jour avec des données réelles.");
	});

	test.each([() => demo, () => deep])("every page with children lists them (site %#)", (site) => {
		const s = site();
		const missing: string[] = [];
		for (const name of s.pages) {
			const doc = s.doc(name);
			const links = Array.from(doc.querySelectorAll(".children .entry-title, .question-group .entry-title, .question-group h2 a"));
			if (/^(Rubriques\/|Notes\/(Agir|Comprendre)\/|index\.html)/.test(name) && links.length === 0) missing.push(name);
		}
		expect(missing).toEqual([]);
		if (s === deep) {
			expect(texts(s.doc("Rubriques/Collections.md"), ".children .entry-title")).toEqual(["Photographie"]);
			expect(texts(s.doc("Rubriques/Photographie.md"), ".children .entry-title")).toEqual([french("Quel appareil choisir ?"), "Réserves"]);
			expect(texts(s.doc("Rubriques/Réserves.md"), ".children .entry-title")).toEqual(
				["Comment éclairer une réserve ?", "Faut-il numériser les réserves ?", "Que faire d'une réserve vide ?"].map(french),
			);
			expect(texts(s.doc("Rubriques/Réserves.md"), ".children .entry-lead")[0]).toBe("Avec des lampes froides et peu de lumière.");
		}
	});

	test("breadcrumbs go up every level; previous and next stay within the section", () => {
		const doc = deep.doc("Questions/Numériser.md");
		expect(texts(doc, ".breadcrumbs li")).toEqual(["Accueil", "Collections", "Photographie", "Réserves", french("Faut-il numériser les réserves ?")]);
		expect(texts(doc, ".pager-previous")).toEqual([`Précédent ${french("Comment éclairer une réserve ?")}`]);
		expect(texts(doc, ".pager-next")).toEqual([`Suivant ${french("Que faire d'une réserve vide ?")}`]);
		expect(deep.doc("Questions/Éclairer.md").querySelector(".pager-previous")).toBeNull();
		expect(deep.doc("Questions/Appareil.md").querySelector(".pager a[href*='Questions']")).toBeNull();
	});

	test("a group whose parent is not published is headed Autres questions, never its key", () => {
		const doc = deep.doc("/toutes-les-questions/");
		expect(texts(doc, ".question-group h2")).toEqual(["Photographie", "Réserves", "Autres questions"]);
		expect(texts(doc.querySelectorAll(".question-group")[2], ".entry-title")).toEqual([french("Que garder des anciennes expositions ?")]);
		expect(doc.body.textContent).not.toMatch(/archives/);
	});
});

describe("French typography on the rendered text only", () => {
	test("a narrow no-break space before ? ! : ; and inside « », not in code, URLs or attributes", () => {
		const doc = deep.doc("Questions/Numériser.md");
		const body = Array.from(doc.querySelectorAll(".note-body p")).find((p) => p.textContent!.startsWith("Voir"))!;
		expect(body.textContent).toBe(`Voir a : b et https://exemple.org/page?x=1:2 «${NNBSP}citation${NNBSP}» fin${NNBSP}!`);
		expect(body.querySelector("code")!.textContent).toBe("a : b");
		expect(doc.querySelector("h1")!.textContent).toBe(french("Faut-il numériser les réserves ?"));
		expect(doc.querySelector("meta[property='og:title']")!.getAttribute("content")).toBe("Faut-il numériser les réserves ?");
		expect(doc.title).toBe(`${french("Faut-il numériser les réserves ?")} · Musée démo`);
	});
});

describe("sharing and discovery", () => {
	test("description from the short answer, Open Graph and Twitter cards, canonical address, lang, favicon", () => {
		const doc = demo.doc("Notes/Qu'est-ce qu'un jumeau numérique.md");
		const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content");
		const answer = "Un jumeau numérique est une copie numérique d'un lieu ou d'un objet, mise à jour avec des données réelles.";
		expect(meta("meta[name='description']")).toBe(answer);
		expect(meta("meta[property='og:description']")).toBe(answer);
		expect(meta("meta[property='og:title']")).toBe("Qu'est-ce qu'un jumeau numérique?");
		expect(meta("meta[name='twitter:card']")).toBe("summary");
		const canonical = `${SITE_URL}${PREFIX}Notes/Qu'est-ce%20qu'un%20jumeau%20num%C3%A9rique/`;
		expect(doc.querySelector("link[rel='canonical']")?.getAttribute("href")).toBe(canonical);
		expect(meta("meta[property='og:url']")).toBe(canonical);
		expect(doc.documentElement.lang).toBe("fr");
		expect(doc.querySelector("link[rel='icon']")?.getAttribute("href")).toBe(`${PREFIX}assets/favicon.svg`);
		expect(fs.existsSync(path.join(demo.built.siteDir, "assets", "favicon.svg"))).toBe(true);
	});

	test("sitemap.xml lists every page at its full address; the Atom feed holds every question", () => {
		const xml = (file: string) => new JSDOM(fs.readFileSync(path.join(demo.built.siteDir, file), "utf8"), { contentType: "text/xml" }).window.document;
		const locs = texts(xml("sitemap.xml"), "loc");
		expect(locs.every((loc) => loc.startsWith(`${SITE_URL}${PREFIX}`))).toBe(true);
		const notePages = demo.pages.filter((p) => !["404.html", "recherche/index.html", "toutes-les-questions/index.html"].includes(p));
		expect(locs).toHaveLength(notePages.length + 1);
		const feed = xml("feed.xml");
		const questions = demo.pages.filter((p) => demo.doc(p).querySelector("article.note-question"));
		expect(feed.querySelectorAll("entry")).toHaveLength(questions.length);
		expect(texts(feed, "entry > title")).toContain("Qu'est-ce qu'un jumeau numérique?");
		expect(Array.from(feed.querySelectorAll("entry > link")).every((link) => link.getAttribute("href")!.startsWith(`${SITE_URL}${PREFIX}`))).toBe(true);
	});

	test("a question page weighs under 30 KB, HTML and CSS (players excluded)", () => {
		const size = (file: string) => fs.statSync(file).size;
		expect(size(demo.built.fileOf("Notes/Qu'est-ce qu'un jumeau numérique.md")) + size(path.join(demo.built.siteDir, "assets", "site.css"))).toBeLessThan(30 * 1024);
	});

	test("a 404 page leads back home", () => {
		const doc = demo.doc("404.html");
		expect(texts(doc, "h1")).toEqual(["Page introuvable"]);
		expect(doc.querySelector(`a[href='${PREFIX}']`)).not.toBeNull();
	});
});

describe("in Chromium", () => {
	const PAGE_TYPES: Array<[string, () => Site, string]> = [
		["home", () => demo, "/"],
		["questions page", () => demo, "/toutes-les-questions/"],
		["section", () => demo, "/Notes/Comprendre/"],
		["question", () => demo, "/Notes/Qu'est-ce qu'un jumeau numérique/"],
		["resource", () => demo, "/Notes/Le jumeau numérique du château/"],
		["video", () => demo, "/Notes/Un temps pour la rematérialisation/"],
		["deep section", () => deep, "/Rubriques/Réserves/"],
		["search", () => demo, "/recherche/"],
		["404", () => demo, "/404.html"],
	];

	/** Types in the search page's box and waits for the results. */
	async function search(words: string): Promise<void> {
		await page.locator(".pagefind-ui__search-input").fill(words);
		await page.locator(".pagefind-ui__result").first().waitFor();
	}

	/** What a visitor would see as broken on the page shown: overflow, an empty box, the last box on the footer. */
	async function layoutProblems(): Promise<string[]> {
		return page.evaluate(() => {
			const problems: string[] = [];
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
			for (const element of Array.from(document.querySelectorAll("body *"))) {
				const box = element.getBoundingClientRect();
				if (box.width > 0 && box.right > width + 1 && !element.closest(".pagefind-ui")) problems.push(`${element.tagName.toLowerCase()}.${element.className} overflows`);
			}
			for (const box of Array.from(document.querySelectorAll("main section, main aside, .resource-card, .entry, .video-item"))) {
				const heading = box.querySelector("h2, h3");
				const rest = (box.textContent ?? "").replace(heading?.textContent ?? "", "").trim();
				if (!rest && !box.querySelector("img, iframe")) problems.push(`empty ${box.className || box.tagName}`);
			}
			const main = document.querySelector("main")!;
			const footer = document.querySelector("footer")!;
			const last = Array.from(main.querySelectorAll("*")).reduce((bottom, element) => Math.max(bottom, element.getBoundingClientRect().bottom), 0);
			if (footer.getBoundingClientRect().top - last < 16) problems.push(`the last box is ${Math.round(footer.getBoundingClientRect().top - last)} px from the footer`);
			return problems;
		});
	}

	test.each(["light", "dark"] as const)("every page at 390 px (%s): nothing overflows, nothing is empty, nothing touches the footer", async (colorScheme) => {
		await page.emulateMedia({ colorScheme });
		const problems: string[] = [];
		for (const site of [demo, deep]) {
			for (const name of site.pages.filter((p) => p !== "recherche/index.html")) {
				const url = "/" + name.replace(/(^|\/)index\.html$/, "$1");
				const response = await page.goto(site.server.urlOf(url.split("/").map(encodeURIComponent).join("/")));
				if (response?.status() !== 200 && name !== "404.html") problems.push(`${name}: ${response?.status()}`);
				problems.push(...(await layoutProblems()).map((problem) => `${name}: ${problem}`));
				if (process.env.UPDATE_SCREENSHOTS === "1" && colorScheme === "light" && name === "Notes/Qu'est-ce qu'un jumeau numérique/index.html") {
					await page.screenshot({ path: path.join(REPO_ROOT, "docs", "screenshots", "site-phone.png"), fullPage: true });
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test.each(["light", "dark"] as const)("axe-core on every page type (%s): no serious or critical violation", async (colorScheme) => {
		await page.emulateMedia({ colorScheme });
		const found: string[] = [];
		for (const [type, site, url] of PAGE_TYPES) {
			await page.goto(site().server.urlOf(encodeURI(url)));
			if (type === "search") await search("jumeau");
			const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
			for (const violation of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
				found.push(`${type}: ${violation.id} (${violation.impact}) ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
			}
			if (process.env.UPDATE_SCREENSHOTS === "1" && colorScheme === "light" && ["home", "section", "question", "resource", "video", "search"].includes(type)) {
				await page.setViewportSize({ width: 1100, height: 900 });
				await page.goto(site().server.urlOf(encodeURI(url)));
				if (type === "search") await search("jumeau");
				await page.screenshot({ path: path.join(REPO_ROOT, "docs", "screenshots", `site-${type}.png`), fullPage: true });
				await page.setViewportSize({ width: 390, height: 844 });
			}
		}
		expect(found).toEqual([]);
	});

	test("search: the header's box finds the question for a French word with accents, filtered by kind, under the prefix", async () => {
		await page.emulateMedia({ colorScheme: "light" });
		await page.goto(demo.server.urlOf("/Notes/Comprendre/"));
		await page.fill("#site-search", "réelles");
		await page.press("#site-search", "Enter");
		await page.waitForURL(/\/musee\/recherche\/\?q=/);
		const first = page.locator(".pagefind-ui__result-link").first();
		await first.waitFor();
		expect((await first.textContent())?.replace(/[ \t\n]+/g, " ").trim()).toBe(french("Qu'est-ce qu'un jumeau numérique?"));
		expect(await first.getAttribute("href")).toBe(`${PREFIX}Notes/Qu'est-ce%20qu'un%20jumeau%20num%C3%A9rique/`);
		// The kinds are the site's words, as filters.
		const filters = (await page.locator(".pagefind-ui__filter-label, .pagefind-ui__filter-name").allTextContents()).map((t) => t.replace(/\(\d+\)/, "").trim());
		expect(filters).toEqual(expect.arrayContaining(["Question", "Ressource", "Vidéo"]));
	});
});
