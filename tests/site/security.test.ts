/**
 * Hostile notes, for real: one vault holds every attack vector (tests/fixtures/attack-vectors.ts), template
 * injection, build-time code, path tricks and a real vault's layouts the starter site lacks. The command line
 * publishes it, Eleventy builds it, and then:
 *
 * - every built page, parsed with parse5, holds no script, no on* attribute, no dangerous URL, no foreign
 *   iframe, no style/base/meta refresh/form/object/embed;
 * - in Chromium, no page opens a dialog (every vector calls alert) on load, on focus or on hover;
 * - `{{ }}` and `{% %}` show as written; no file of the vault ran at build time (each would write a marker);
 * - nothing was written outside --out and _site; the vault is byte-identical.
 *
 * The number of vectors tried and of those that survived (0) is printed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "parse5";
import type { Browser } from "playwright-core";
import { runCli } from "../../src/cli/main";
import { BODY_VECTORS, FRONTMATTER_VECTORS, MUSEUM_DATA_VECTORS } from "../fixtures/attack-vectors";
import { snapshotTree, writeTree } from "../helpers/cli";
import { htmlProblems } from "../helpers/html-safety";
import { launchChromium } from "./browser";
import { buildSite, type BuiltSite } from "./build";
import { serveStatic } from "./static-server";

jest.setTimeout(240000);

const root = fs.mkdtempSync(path.join(os.tmpdir(), "museum-security-"));
const vault = path.join(root, "vault");
const site = path.join(root, "site");
const markers = path.join(root, "markers");

/** A file that writes a marker when something runs it. */
function code(name: string): string {
	return `require("fs").writeFileSync(${JSON.stringify(path.join(markers, name.replace(/[/\\]/g, "_")))}, "ran");\nmodule.exports = {};\n`;
}

interface Vector {
	id: string;
	/** The note that carries it (its page is checked), or null for a vector that is a file. */
	note: string | null;
	/** What must hold besides the common checks; a message when it does not. */
	check?: (built: BuiltSite) => string | null;
}

const vectors: Vector[] = [];
const files: Record<string, string> = { "Cible.md": "# Cible\n", "Brouillon/Secret.md": "Texte secret.\n" };

const pad = (n: number) => String(n).padStart(3, "0");
BODY_VECTORS.forEach((vector, i) => {
	const note = `Vecteurs/B${pad(i)}.md`;
	files[note] = `# B${pad(i)}\n\n${vector}\n`;
	vectors.push({ id: `body ${i}`, note });
});
FRONTMATTER_VECTORS.forEach((vector, i) => {
	const note = `Vecteurs/F${pad(i)}.md`;
	files[note] = `---\n${vector}\n---\nTexte.\n`;
	vectors.push({ id: `frontmatter ${i}`, note });
});
MUSEUM_DATA_VECTORS.forEach((text, i) => {
	const note = `Vecteurs/M${pad(i)}.md`;
	files[note] = text;
	vectors.push({ id: `museum data ${i}`, note });
});

/** True when a page, parsed as the browser does, holds a script element. */
function hasScript(html: string): boolean {
	type Node = { tagName?: string; childNodes?: Node[]; content?: Node };
	const visit = (node: Node): boolean => node.tagName === "script" || (node.childNodes ?? []).some(visit) || (node.content ? visit(node.content) : false);
	return visit(parse(html) as unknown as Node);
}

/** The text of a built page, `{{ 7*7 }}` kept: it must show as written, never as 49. */
function showsAsWritten(note: string, ...written: string[]) {
	return (built: BuiltSite) => {
		// The site's French typography puts a narrow no-break space before ":" in text: not an evaluation.
		const html = built.html(note).replace(/\u202f/g, "");
		const missing = written.filter((w) => !html.includes(w));
		return missing.length || html.includes("49") ? `evaluated: ${missing.join(", ")}` : null;
	};
}

const rce = (name: string) => `{{ range.constructor("return global.process.mainModule.require('fs').writeFileSync('${path.join(markers, name)}', 'ran')")() }}`;
const TEMPLATES: Array<[string, string, string[]]> = [
	["", "{{ 7*7 }} {% raw %}{% endraw %} {%- set x = 1 -%}", ["{{ 7*7 }}", "{% raw %}"]],
	["templateEngineOverride: njk", `{{ 7*7 }} ${rce("njk")}`, ["{{ 7*7 }}"]],
	["templateEngineOverride: liquid", "{{ 7 | times: 7 }}", ["{{ 7 | times: 7 }}"]],
	["templateEngineOverride: ejs,md", "<%= 7*7 %>", []],
	['permalink: "{{ 7*7 }}/"', "Texte.", []],
	["eleventyComputed:\n  title: \"{{ 7*7 }}\"", "Texte.", []],
	['date: "{{ 7*7 }}"', "Texte.", []],
	["date: bientôt", "Texte.", []],
	["date: 2024-02-30", "Texte.", []],
	["permalink: ../../escape-permalink/", "Texte.", []],
	["permalink: /../../../escape-absolute/", "Texte.", []],
	["layout: ../../../../../etc/passwd", "Texte.", []],
	["layout: ../../x.njk", "Texte.", []],
	["layout: /etc/hostname", "Texte.", []],
	["pagination:\n  data: collections.all\n  size: 1", "Texte.", []],
	['eleventyNavigation:\n  key: "{{ 7*7 }}"\n  parent: [1, 2]', "Texte.", []],
];
TEMPLATES.forEach(([frontmatter, text, written], i) => {
	const note = `Gabarits/T${pad(i)}.md`;
	files[note] = `${frontmatter ? `---\n${frontmatter}\n---\n` : ""}${text}\n`;
	vectors.push({ id: `template ${i}: ${frontmatter || text}`, note, check: written.length ? showsAsWritten(note, ...written) : undefined });
});

// Build-time code: files of the vault Eleventy or npm would run or read, each linked from a note.
const CODE_FILES = ["x.11ty.js", "y.11ty.cjs", "eleventy.config.js", "eleventy.config.cjs", "_data/site.js", "Notes/Notes.11tydata.js", "package.json", "evil.njk", "evil.liquid", "page.html", "_includes/layouts/post.njk", "Notes/script.js"];
for (const file of CODE_FILES) {
	files[file] = /\.(js|cjs)$/.test(file) ? code(file) : file.endsWith(".json") ? JSON.stringify({ name: "vault-package", scripts: { build: `touch ${markers}/npm` } }) : rce(file.replace(/[/\\]/g, "_"));
}
files["Code.md"] = `# Code\n\n${CODE_FILES.map((f) => `- [[${f}]] ![[${f}]] [lien](${encodeURI(f)}) <a href="${f}">html</a>`).join("\n")}\n`;
for (const file of CODE_FILES) vectors.push({ id: `build-time file ${file}`, note: "Code.md" });
// An SVG that runs a script when opened by itself.
files["Images/evil.svg"] = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';
files["Images.md"] = "![[evil.svg]] [ouvrir](Images/evil.svg)\n";
vectors.push({ id: "svg with a script", note: "Images.md", check: (built) => (fs.existsSync(path.join(built.siteDir, "Images", "evil.svg")) ? "evil.svg copied" : null) });

// Path tricks: a file beside the vault, never inside the site.
const PATHS = ["[[../secret.txt]]", "![](../../secret.txt)", '<img src="../../../secret.txt">', "[x](/../../secret.txt)", '<a href="../secret.txt">x</a>', "[[../../../../../etc/passwd]]", "![[../../../etc/hostname]]"];
PATHS.forEach((link, i) => {
	const note = `Chemins/P${pad(i)}.md`;
	files[note] = `${link}\n`;
	vectors.push({ id: `path ${link}`, note });
});

// Links to a note that is not published, in raw HTML and as a reference definition: no trace on the site.
files["Liens.md"] = '<a href="Brouillon/Secret.md">brut</a> <a href="Brouillon/Secret">sans extension</a>\n\n[r]: Brouillon/Secret.md\n\n[réf][r]\n';
vectors.push({ id: "links to an unpublished note", note: "Liens.md", check: (built) => (/Secret/.test(built.html("Liens.md").replace(/<title>.*?<\/title>/s, "")) ? "names Secret" : null) });

// A real vault's layouts that the starter site does not have: the site builds anyway.
// The starter site's search page (a French site).
const SEARCH_PAGE = "recherche/index.html";
const REAL_LAYOUTS = ["layouts/info.njk", "layouts/csv-tables.ejs", "layouts/search.njk"];
REAL_LAYOUTS.forEach((layout, i) => (files[`Notes/Layout ${i}.md`] = `---\ntitle: MuseumXTD\nlayout: ${layout}\n---\n# Page ${i}\n`));
files["index.md"] = "---\nlayout: layouts/info.njk\n---\n# Accueil\n";

describe("hostile notes published and built", () => {
	let built: BuiltSite;
	let before: Record<string, string>;
	let publishCode: number;
	let publishOutput: string;
	const survived = new Map<string, string>();

	beforeAll(async () => {
		fs.mkdirSync(markers);
		fs.writeFileSync(path.join(root, "secret.txt"), "SECRET-BESIDE-THE-VAULT\n");
		writeTree(vault, files);
		before = snapshotTree(vault);
		let stdout = "";
		let stderr = "";
		publishCode = await runCli(["publish", "--vault", vault, "--out", site, "--json", "--yes"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
		publishOutput = stdout + stderr;
		built = await buildSite(site);
	});

	afterAll(() => {
		const tried = vectors.length;
		console.log(`Attack vectors tried: ${tried}; survived: ${survived.size}${survived.size ? `\n${[...survived].map(([id, why]) => `  ${id}: ${why}`).join("\n")}` : ""}`);
		fs.rmSync(root, { recursive: true, force: true });
	});

	const survive = (id: string, why: string) => survived.set(id, survived.has(id) ? `${survived.get(id)}; ${why}` : why);

	test("the publish succeeds and the site builds (with layouts it does not have)", () => {
		expect(publishCode).toBe(0);
		expect(JSON.parse(publishOutput)).toHaveProperty("warnings");
		for (let i = 0; i < REAL_LAYOUTS.length; i++) expect(built.html(`Notes/Layout ${i}.md`)).toContain(`Page ${i}`);
		expect(built.html("index.md")).toContain("Accueil");
	});

	test("no built page holds a script, an event handler, a dangerous URL or a foreign iframe", () => {
		for (const vector of vectors) {
			if (!vector.note) continue;
			const file = built.fileOf(vector.note);
			if (!fs.existsSync(file)) continue;
			const problems = htmlProblems(fs.readFileSync(file, "utf8"), { document: true });
			if (problems.length) survive(vector.id, problems.map((p) => p.what).join(", "));
			const extra = vector.check?.(built);
			if (extra) survive(vector.id, extra);
		}
		// Every page of the site, not only those of the vectors.
		const pages = listFiles(built.siteDir).filter((f) => f.endsWith(".html"));
		const unsafe = pages.filter((page) => htmlProblems(fs.readFileSync(path.join(built.siteDir, page), "utf8"), { document: true, search: page === SEARCH_PAGE }).length > 0);
		expect(unsafe).toEqual([]);
		// The one page with scripts is the starter's search page (Pagefind's, from the site's own folder).
		expect(pages.filter((page) => hasScript(fs.readFileSync(path.join(built.siteDir, page), "utf8")))).toEqual([SEARCH_PAGE]);
		expect([...survived]).toEqual([]);
	});

	test("nothing of the vault ran at build time, and no code or configuration file was copied", () => {
		expect(fs.readdirSync(markers)).toEqual([]);
		const copied = CODE_FILES.filter((file) => fs.existsSync(path.join(site, file)) && fs.readFileSync(path.join(site, file), "utf8") === files[file]);
		expect(copied).toEqual([]);
		// pagefind/ is the search index the build writes, not a file of the vault.
		expect(listFiles(built.siteDir).filter((f) => (/\.(js|cjs|mjs|njk|liquid|json)$/.test(f) && !f.startsWith("pagefind/")) || /secret|passwd|hostname/i.test(f))).toEqual([]);
	});

	test("nothing is written outside --out and its _site; the vault is byte-identical", () => {
		expect(fs.readdirSync(root).sort()).toEqual(["markers", "secret.txt", "site", "vault"]);
		expect(snapshotTree(vault)).toEqual(before);
		expect(listFiles(site).filter((f) => /escape/.test(f))).toEqual([]);
	});

	test("in Chromium, no page runs anything: on load, on focus, on hover", async () => {
		const server = await serveStatic(built.siteDir, { pathPrefix: built.pathPrefix });
		let browser: Browser | undefined;
		try {
			browser = await launchChromium();
			const page = await browser.newPage();
			await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
			let current = "";
			page.on("dialog", (dialog) => {
				survive(current, `dialog "${dialog.message()}" in Chromium`);
				void dialog.dismiss();
			});
			const visited = new Set<string>();
			for (const vector of vectors) {
				if (!vector.note || visited.has(vector.note)) continue;
				visited.add(vector.note);
				current = vector.id;
				const file = built.fileOf(vector.note);
				if (!fs.existsSync(file)) continue;
				const url = server.urlOf(`/${path.relative(built.siteDir, path.dirname(file)).split(path.sep).join("/")}/`.replace(/\/+/g, "/"));
				try {
					await page.goto(url, { waitUntil: "load" });
					await page.evaluate(() => {
						for (const element of Array.from(document.querySelectorAll("body *"))) {
							for (const type of ["mouseover", "mouseenter", "focus", "click"]) {
								if (type === "click" && element.tagName === "A") continue;
								element.dispatchEvent(new Event(type, { bubbles: true }));
							}
						}
					});
					await page.waitForTimeout(50);
					if (page.url() !== url) survive(vector.id, `the page went to ${page.url()}`);
				} catch (error) {
					// A page that navigates by itself (a refresh, a script) destroys the context.
					survive(vector.id, `the page did not stay: ${String(error).split("\n")[0]}`);
				}
			}
			// The SVG, opened by itself, if it was copied at all.
			current = "svg with a script";
			await page.goto(server.urlOf("/Images/evil.svg")).catch(() => undefined);
			await page.waitForTimeout(100);
		} finally {
			await browser?.close();
			await server.close();
		}
		expect([...survived]).toEqual([]);
	});
});

function listFiles(dir: string, folder = ""): string[] {
	const found: string[] = [];
	for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true })) {
		const relative = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isSymbolicLink()) continue;
		if (entry.isDirectory()) found.push(...listFiles(dir, relative));
		else found.push(relative);
	}
	return found;
}
