import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { writeStarterSiteIfMissing, starterSiteFiles } from "../../src/destinations/starter-site";
import { buildSite, makeTempSiteDir, removeDir, writeFiles, type BuiltSite } from "./build";
import { checkLinks, formatLinkReport } from "./link-checker";
import { PATHS, noteHref, sampleNotes, vaultHomeNotes } from "./sample-vault";

const dirs: string[] = [];
function tempDir(label: string): string {
	const dir = makeTempSiteDir(label);
	dirs.push(dir);
	return dir;
}
afterAll(() => dirs.forEach(removeDir));

function dom(html: string): Document {
	return new JSDOM(html).window.document;
}
/** Text as written in the notes: the site's French narrow no-break spaces (tested in visitor-site.test.ts) taken out. */
function texts(doc: Document, selector: string): string[] {
	return Array.from(doc.querySelectorAll(selector)).map((element) => (element.textContent ?? "").replace(/\u202f/g, "").replace(/\s+/g, " ").trim());
}

describe("writeStarterSiteIfMissing", () => {
	test("writes the starter site once, then reports the existing site", async () => {
		const dir = tempDir("starter");
		const first = await writeStarterSiteIfMissing(dir, { siteTitle: "MuseumXTD", pathPrefix: "musee" });
		expect(first.existingSite).toBe(false);
		expect(first.written.sort()).toEqual(starterSiteFiles({ siteTitle: "x", pathPrefix: "/" }).map((file) => file.path).sort());
		expect(fs.readFileSync(path.join(dir, "eleventy.config.mjs"), "utf8")).toContain('"pathPrefix": "/musee/"');
		expect(fs.readFileSync(path.join(dir, ".eleventyignore"), "utf8").split("\n")).toEqual(
			expect.arrayContaining(["node_modules", "_site", ".museum-publish.json"]),
		);
		fs.writeFileSync(path.join(dir, "assets", "site.css"), "/* mine */");
		const second = await writeStarterSiteIfMissing(dir, { siteTitle: "MuseumXTD", pathPrefix: "/" });
		expect(second).toEqual({ written: [], existingSite: true });
		expect(fs.readFileSync(path.join(dir, "assets", "site.css"), "utf8")).toBe("/* mine */");
	});

	test.each(["eleventy.config.js", "eleventy.config.cjs", ".eleventy.js"])("leaves a folder with its own %s alone", async (name) => {
		const dir = tempDir("own");
		fs.writeFileSync(path.join(dir, name), "module.exports = {};\n");
		expect(await writeStarterSiteIfMissing(dir, { siteTitle: "M", pathPrefix: "/" })).toEqual({ written: [], existingSite: true });
		expect(fs.readdirSync(dir)).toEqual([name]);
	});

	test("never overwrites a file, such as a note named README.md", async () => {
		const dir = tempDir("readme");
		fs.writeFileSync(path.join(dir, "README.md"), "# A note\n");
		const result = await writeStarterSiteIfMissing(dir, { siteTitle: "M", pathPrefix: "/", language: "en" });
		expect(result.written).not.toContain("README.md");
		expect(result.written).toContain("eleventy.config.mjs");
		expect(fs.readFileSync(path.join(dir, "README.md"), "utf8")).toBe("# A note\n");
		expect(fs.readFileSync(path.join(dir, "eleventy.config.mjs"), "utf8")).toContain('"language": "en"');
	});
});

describe("the starter site built by Eleventy", () => {
	let root: BuiltSite;
	let prefixed: BuiltSite;

	beforeAll(async () => {
		const rootDir = tempDir("site-root");
		writeFiles(rootDir, sampleNotes());
		const prefixedDir = tempDir("site-musee");
		writeFiles(prefixedDir, { ...sampleNotes(), ...vaultHomeNotes() });
		[root, prefixed] = await Promise.all([buildSite(rootDir), buildSite(prefixedDir, { pathPrefix: "/musee/" })]);
	});

	test("every internal link and anchor resolves, and no [[ is left", () => {
		const report = checkLinks(root.siteDir, { pathPrefix: "/" });
		expect(formatLinkReport(report)).toBe("");
		expect(report.pages.length).toBeGreaterThanOrEqual(14);
		// The anchors of the callout really were checked.
		expect(report.links.filter((link) => link.href.includes("#")).length).toBeGreaterThanOrEqual(2);
	});

	test("pages sit at the vault paths, names not slugified", () => {
		for (const note of [PATHS.nfd, PATHS.apostrophe, PATHS.chinese, PATHS.programmeNotes, PATHS.programmeForum, PATHS.video]) {
			expect(fs.existsSync(root.fileOf(note))).toBe(true);
		}
		expect(fs.existsSync(path.join(root.siteDir, "Notes", "博物馆", "index.html"))).toBe(true);
		expect(fs.existsSync(path.join(root.siteDir, ...PATHS.image.split("/")))).toBe(true);
		expect(fs.existsSync(path.join(root.siteDir, ...PATHS.pdf.split("/")))).toBe(true);
		expect(fs.existsSync(path.join(root.siteDir, "assets", "site.css"))).toBe(true);
	});

	test("the site's own files are not published", () => {
		for (const name of [".museum-publish.json", "README", "README.md", "package.json", "eleventy.config.mjs", "museum-home", "_includes"]) {
			expect(fs.existsSync(path.join(root.siteDir, name))).toBe(false);
		}
	});

	test("notes are plain Markdown: braces stay text", () => {
		expect(dom(root.html(PATHS.chateau)).body.textContent).toContain("Les accolades {{ restent }} du texte.");
	});

	test("breadcrumbs follow eleventyNavigation", () => {
		const doc = dom(root.html(PATHS.chateau));
		expect(texts(doc, ".breadcrumbs li")).toEqual([
			"Accueil", "Comprendre le numérique", "Qu'est-ce qu'un jumeau numérique?", "Le jumeau numérique du château",
		]);
		expect(doc.querySelector(".breadcrumbs a[href='/Comprendre/']")).not.toBeNull();
		expect(doc.querySelector(`.breadcrumbs a[href="${noteHref(PATHS.jumeau)}"]`)).not.toBeNull();
	});

	test("a question shows its resources as cards, in place of the list, and its videos", () => {
		const doc = dom(root.html(PATHS.jumeau));
		expect(texts(doc, ".resource-card .resource-number")).toEqual(["1", "2", "4", "6"]);
		expect(texts(doc, ".resource-card .resource-title")).toEqual([
			"Le jumeau numérique du château", "Un temps pour la rematérialisation", "Un guide en ligne", "Un brouillon",
		]);
		expect(texts(doc, ".resource-card .badge")).toEqual(["Page", "Vidéo", "Lien externe", "Pas encore publiée"]);
		expect(doc.querySelector(".resource-unresolved a")).toBeNull();
		// The body's own list is replaced, the prose around it kept, in order.
		expect(doc.querySelectorAll(".note-body ol").length).toBe(0);
		const order = ["h1", ".resources", ".videos", ".callout"].map((selector) => doc.querySelector(selector));
		order.forEach((element) => expect(element).not.toBeNull());
		for (let i = 1; i < order.length; i++) {
			expect(order[i - 1]!.compareDocumentPosition(order[i]!) & 4 /* FOLLOWING */).toBeTruthy();
		}
		expect(texts(doc, ".video-item")).toEqual([
			"▶ Un temps pour la rematérialisation Prénom Nom",
			"▶ Table ronde du J2 (pas encore publiée) Ana Pérez, Li Wei",
		]);
		expect(doc.querySelector('.callout[data-callout="tip"] .callout-title')?.textContent).toBe("À savoir");
	});

	test("resource and video pages show their source, speakers and citing questions", () => {
		const resource = dom(root.html(PATHS.chateau));
		expect(resource.querySelector(".source-link")?.getAttribute("href")).toBe("https://example.org/article");
		expect(texts(resource, ".cited-by li")).toEqual(["Qu'est-ce qu'un jumeau numérique?"]);
		const video = dom(root.html(PATHS.video));
		expect(video.querySelector(".note-meta .speakers")?.textContent).toContain("Prénom Nom");
		expect(video.querySelector("iframe[src^='https://www.youtube-nocookie.com/embed/']")).not.toBeNull();
	});

	test("the home page lists the questions under their navigation parent", () => {
		const doc = dom(root.html("/"));
		expect(texts(doc, ".question-group h2")).toEqual(["Comprendre le numérique", "Autres questions"]);
		const groups = Array.from(doc.querySelectorAll(".question-group"));
		expect(texts(groups[0] as unknown as Document, ".entry-title")).toEqual([
			"Comment numériser ses collections?", "Qu'est-ce qu'un jumeau numérique?",
		]);
		expect(texts(groups[1] as unknown as Document, ".entry-title")).toEqual(["Faut-il une application?"]);
		expect(doc.querySelector(`a[href="${noteHref(PATHS.jumeau)}"]`)).not.toBeNull();
	});

	test("with pathPrefix /musee/, every internal link starts with it and resolves", () => {
		const report = checkLinks(prefixed.siteDir, { pathPrefix: "/musee/" });
		expect(formatLinkReport(report)).toBe("");
		const rootAbsolute = report.links.filter((link) => link.href.startsWith("/"));
		expect(rootAbsolute.length).toBeGreaterThan(50);
		expect(rootAbsolute.filter((link) => !link.href.startsWith("/musee/"))).toEqual([]);
		expect(report.links.filter((link) => !link.href.startsWith("/") && !link.href.startsWith("#"))).toEqual([]);
	});

	test("the vault's index.md is the home page; the questions page moves aside and is linked", () => {
		const home = dom(prefixed.html("index.md"));
		expect(home.querySelector("h1")?.textContent).toBe("Bienvenue");
		expect(home.querySelector(".site-nav a")?.getAttribute("href")).toBe("/musee/toutes-les-questions/");
		const questions = dom(prefixed.html("/toutes-les-questions/"));
		expect(texts(questions, ".question-group h2")).toEqual(["Comprendre le numérique", "Autres questions"]);
		// A vault note named README.md is published; the starter's own README was never written.
		expect(prefixed.starterFiles).not.toContain("README.md");
		expect(dom(prefixed.html("README.md")).querySelector("h1")?.textContent).toBe("Une note nommée README");
	});
});
