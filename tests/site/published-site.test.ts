/**
 * The whole chain, for real: a vault (the demo vault, and a generated one with tricky names) is
 * published by the command line and built by Eleventy 3, at the root of a domain and under
 * `/musee/`. Every internal link of the built HTML must reach a built page or file, no `[[` may be
 * left, no excluded note may have a page or leak a sentence, and the vault must not change. Then a
 * note is renamed and the vault published again: the old address redirects to the new one.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JSDOM } from "jsdom";
import { runCli } from "../../src/cli/main";
import { PLUGIN_ID } from "../../src/core/plugin-id";
import type { PublishReport } from "../../src/cli/commands/publish";
import { buildSite, makeTempSiteDir, removeDir, REPO_ROOT, writeFiles, type BuiltSite } from "./build";
import { checkLinks, formatLinkReport, type LinkReport } from "./link-checker";
import { EXCLUDED_NOTES, NFD_PATHS, PUBLISHED_FILES, PUBLISHED_NOTES, QUESTION_GROUPS, SENTINEL, TRICKY, trickyVaultOnDisk } from "./tricky-vault";

type VaultKind = "demo" | "tricky";

/** The part of the sentinel that no encoding changes. */
const SENTINEL_MARK = SENTINEL.split(" ")[0];
const DEMO_SECRET = "SECRET-BROUILLON";

const RENAME_FROM = "Notes/Rapport sur la numérisation 3D.md";
const RENAME_TO = "Archives/Rapport « 3D » d’étape.md";

interface VaultCase {
	/** Notes with a page, vault paths (NFC). */
	published: string[];
	/** Notes without a page. */
	excluded: string[];
	attachments: string[];
	/** The page that lists the questions: "/" or, when the vault has an index.md, the starter's questions page. */
	questionsPage: string;
	groups: Array<[string, string[]]>;
	/** A resource note whose body opens with its "### [Title](source)" heading. */
	resource: { path: string; title: string };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function listFiles(root: string, folder = ""): string[] {
	const found: string[] = [];
	for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
		const relative = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) found.push(...listFiles(root, relative));
		else found.push(relative);
	}
	return found.sort();
}

/** Every file's bytes and modification time: the vault must come out exactly as it went in. */
function snapshot(root: string): Record<string, string> {
	return Object.fromEntries(
		listFiles(root).map((file) => [file, `${fs.readFileSync(path.join(root, file)).toString("base64")}:${fs.statSync(path.join(root, file)).mtimeMs}`]),
	);
}

/** The built HTML file of a note: `Notes/X.md` → `Notes/X/index.html`, `index.md` → `index.html`. */
function pageOf(notePath: string): string {
	const withoutExt = notePath.replace(/\.md$/, "");
	return withoutExt === "index" ? "index.html" : `${withoutExt}/index.html`;
}

/** A vault (NFC) path as its site address: each segment percent-encoded. */
function encoded(notePath: string): string {
	return notePath.split("/").map(encodeURIComponent).join("/");
}

function dom(html: string): Document {
	return new JSDOM(html).window.document;
}

/** Text as written in the notes: the site's French narrow no-break spaces (tested in visitor-site.test.ts) taken out. */
function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((element) => (element.textContent ?? "").replace(/\u202f/g, "").replace(/\s+/g, " ").trim());
}

/** The decoded paths (without the prefix) of a page's links, fragment kept. */
function hrefsOf(doc: Document, prefix: string): string[] {
	return Array.from(doc.querySelectorAll("a[href]")).map((a) => {
		const href = a.getAttribute("href") ?? "";
		const local = href.startsWith(prefix) ? "/" + href.slice(prefix.length) : href;
		try {
			return decodeURIComponent(local);
		} catch {
			return local;
		}
	});
}

async function publish(vault: string, site: string, ...extra: string[]): Promise<{ code: number; report: PublishReport; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(["publish", "--vault", vault, "--out", site, "--json", ...extra], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	let report: PublishReport;
	try {
		report = JSON.parse(stdout) as PublishReport;
	} catch {
		throw new Error(`publish printed no JSON (exit ${code}):\n${stdout}\n${stderr}`);
	}
	return { code, report, stderr };
}

/** Writes the vault into a fresh folder outside the repository, with the plugin settings for `prefix`. */
function makeVault(kind: VaultKind, prefix: string): { dir: string; info: VaultCase } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `museum-vault-${kind}-`));
	dirs.push(dir);
	if (prefix !== "/") writeFiles(dir, { [`.obsidian/plugins/${PLUGIN_ID}/data.json`]: JSON.stringify({ pathPrefix: prefix }) });
	if (kind === "tricky") {
		writeFiles(dir, trickyVaultOnDisk());
		return {
			dir,
			info: {
				published: PUBLISHED_NOTES,
				excluded: EXCLUDED_NOTES,
				attachments: PUBLISHED_FILES,
				questionsPage: "/",
				groups: QUESTION_GROUPS,
				resource: { path: TRICKY.chateau, title: "Le jumeau numérique du château" },
			},
		};
	}
	fs.cpSync(path.join(REPO_ROOT, "demo-vault"), dir, { recursive: true });
	const notes = listFiles(dir).filter((file) => file.endsWith(".md") && !file.startsWith("."));
	const excluded = notes.filter((file) => /^(Brouillon|Template)\//.test(file));
	// Sentences planted in the notes that are never published, and one note of each other kind.
	for (const file of excluded) fs.appendFileSync(path.join(dir, file), `\n${SENTINEL}\n`);
	writeFiles(dir, {
		"Notes/Note privée.md": `---\npublish: false\ntags: ressource\n---\n### Note privée\n${SENTINEL}\n`,
		".trash/Ancienne note.md": `# Ancienne note\n${SENTINEL}\n`,
	});
	return {
		dir,
		info: {
			published: notes.filter((file) => !excluded.includes(file)),
			excluded: [...excluded, "Notes/Note privée.md", ".trash/Ancienne note.md"],
			attachments: ["attachments/plan-du-chateau.svg"],
			questionsPage: "/toutes-les-questions/",
			groups: [
				["Agir", ["Comment former les équipes au numérique?", "Comment numériser ses collections?"]],
				["Comprendre", ["Qu'est-ce qu'un jumeau numérique?", "Qu'est-ce qu'une stratégie numérique?"]],
				// The seed draft (`tags: #question`, read as a question) has no navigation parent.
				// (Written "musée ?": texts() takes the site's narrow no-break space out, the note's space went with it.)
				["Autres questions", ["Qu'est-ce qu'une stratégie numérique pour un musée?"]],
			],
			resource: { path: "Notes/Le jumeau numérique du château.md", title: "Le jumeau numérique du château" },
		},
	};
}

/** What Obsidian does on a rename: the file moves and every link to it follows. */
function renameInVault(vault: string, from: string, to: string): void {
	fs.mkdirSync(path.dirname(path.join(vault, to)), { recursive: true });
	fs.renameSync(path.join(vault, from), path.join(vault, to));
	const oldName = path.basename(from, ".md");
	const newName = path.basename(to, ".md");
	for (const file of listFiles(vault).filter((f) => f.endsWith(".md") && !f.startsWith("."))) {
		const text = fs.readFileSync(path.join(vault, file), "utf8");
		const next = text.split(`[[${oldName}`).join(`[[${newName}`);
		if (next !== text) fs.writeFileSync(path.join(vault, file), next);
	}
}

function expectNoSentinel(root: string): void {
	const leaking = listFiles(root).filter((file) => {
		const bytes = fs.readFileSync(path.join(root, file));
		return bytes.includes(SENTINEL_MARK) || bytes.includes(DEMO_SECRET);
	});
	expect(leaking).toEqual([]);
}

/** Headings a visitor sees with this text (a visually hidden one is for screen readers). */
function visibleHeadings(doc: Document, text: string): number {
	return Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6")).filter(
		(h) => !h.classList.contains("visually-hidden") && (h.textContent ?? "").trim() === text,
	).length;
}

const CASES: Array<{ kind: VaultKind; prefix: string }> = [
	{ kind: "demo", prefix: "/" },
	{ kind: "demo", prefix: "/musee/" },
	{ kind: "tricky", prefix: "/" },
	{ kind: "tricky", prefix: "/musee/" },
];

describe.each(CASES)("the $kind vault published and built with pathPrefix $prefix", ({ kind, prefix }) => {
	let vault: string;
	let info: VaultCase;
	let site: string;
	let before: Record<string, string>;
	let first: { code: number; report: PublishReport; stderr: string };
	let built: BuiltSite;
	let links: LinkReport;

	beforeAll(async () => {
		({ dir: vault, info } = makeVault(kind, prefix));
		site = makeTempSiteDir(`published-${kind}`);
		dirs.push(site);
		before = snapshot(vault);
		first = await publish(vault, site);
		expect(first.stderr).toBe("");
		expect(first.code).toBe(0);
		built = await buildSite(site, { pathPrefix: prefix });
		links = checkLinks(built.siteDir, { pathPrefix: prefix });
	});

	test("every internal link and anchor resolves, and no [[ is left", () => {
		expect(formatLinkReport(links)).toBe("");
		expect(links.links.length).toBeGreaterThan(50);
		expect(links.links.filter((link) => link.href.includes("#") && !link.href.startsWith("#top")).length).toBeGreaterThan(0);
		if (prefix !== "/") expect(links.links.filter((link) => link.href.startsWith("/") && !link.href.startsWith(prefix))).toEqual([]);
	});

	test("every published note has a page and every used file is copied; nothing else is a page", () => {
		expect(first.report.added).toEqual(expect.arrayContaining([...info.published, ...info.attachments]));
		for (const note of info.published) expect(fs.existsSync(path.join(built.siteDir, pageOf(note)))).toBe(true);
		for (const file of info.attachments) expect(fs.existsSync(path.join(built.siteDir, ...file.split("/")))).toBe(true);
		const questionsPage = info.questionsPage === "/" ? [] : [pageOf(info.questionsPage.slice(1, -1) + ".md")];
		const homePage = info.published.includes("index.md") ? [] : ["index.html"];
		// The starter site's own pages: the search page and the 404 page.
		const sitePages = ["recherche/index.html", "404.html"];
		expect(links.pages).toEqual([...info.published.map(pageOf), ...questionsPage, ...homePage, ...sitePages].sort());
	});

	test("no excluded note has a page, and no sentence of one reaches the site", () => {
		for (const note of info.excluded) {
			expect(first.report.added).not.toContain(note);
			expect(fs.existsSync(path.join(built.siteDir, pageOf(note)))).toBe(false);
			expect(fs.existsSync(path.join(site, ...note.split("/")))).toBe(false);
		}
		expectNoSentinel(site);
	});

	test("the questions page lists the questions under their navigation parent", () => {
		const doc = dom(built.html(info.questionsPage));
		const groups = Array.from(doc.querySelectorAll(".question-group"));
		expect(groups.map((group) => [texts(group, "h2")[0], texts(group, ".entry-title")])).toEqual(info.groups);
		for (const href of Array.from(doc.querySelectorAll(".entry-title")).map((a) => a.getAttribute("href") ?? "")) {
			expect(href.startsWith(prefix)).toBe(true);
		}
	});

	test("a resource page shows its title once", () => {
		const doc = dom(built.html(info.resource.path));
		expect(visibleHeadings(doc, info.resource.title)).toBe(1);
		expect(doc.querySelectorAll("h1").length).toBe(1);
		expect(doc.querySelector(".source-link")?.getAttribute("href")).toMatch(/^https:\/\/example\.org\//);
	});

	test("the vault is byte-identical afterwards", () => {
		expect(snapshot(vault)).toEqual(before);
	});

	if (kind === "tricky") {
		test("the generator really wrote NFD names, and the site holds them at their NFC path", () => {
			const onDisk = listFiles(vault);
			for (const file of NFD_PATHS) {
				expect(onDisk).toContain(file.normalize("NFD"));
				expect(onDisk).not.toContain(file);
			}
			expect(fs.existsSync(path.join(built.siteDir, pageOf(TRICKY.cafe)))).toBe(true);
		});

		test("links of every kind point where Obsidian would go; unpublished targets are plain text", () => {
			const question = dom(built.html(TRICKY.jumeau));
			const hrefs = hrefsOf(question, prefix);
			const chateau = `/${TRICKY.chateau.replace(/\.md$/, "")}/`;
			expect(hrefs).toEqual(
				expect.arrayContaining([
					chateau,
					`/${TRICKY.rapport.replace(/\.md$/, "")}/`,
					`/${TRICKY.cafe.replace(/\.md$/, "")}/#éléments-clés`,
					"#réponse-détaillée",
					`${chateau}#à-retenir`,
					`/${TRICKY.numeriser.replace(/\.md$/, "")}/`,
				]),
			);
			// The app://obsidian.md link became the note's address.
			const copied = Array.from(question.querySelectorAll("a")).find((a) => a.textContent === "Le château, vu d'Obsidian");
			expect(copied?.getAttribute("href")).toBe(`${prefix}${encoded(TRICKY.chateau.replace(/\.md$/, ""))}/`);
			expect(hrefs.filter((href) => href.startsWith("app:"))).toEqual([]);
			// Drafts, the private note and the trash: their names stay, as text.
			const body = question.querySelector("main")?.textContent ?? "";
			expect(body).toContain("Idée en cours");
			expect(body).toContain("Note privée");
			expect(body).toContain("Vieille note");
			expect(hrefs.filter((href) => /Brouillon|Idée|privée|Vieille|trash/.test(href))).toEqual([]);
			expect(question.querySelector('.callout[data-callout="tip"] .callout-title')?.textContent).toBe("À savoir");

			const numeriser = hrefsOf(dom(built.html(TRICKY.numeriser)), prefix);
			for (const note of [TRICKY.chinese, TRICKY.russian, TRICKY.arabic, TRICKY.accueil, TRICKY.scolaires, TRICKY.programme2024, TRICKY.video]) {
				expect(numeriser).toContain(`/${note.replace(/\.md$/, "")}/`);
			}
			expect(numeriser).toContain(`/${TRICKY.programme2025.replace(/\.md$/, "")}/#j1-—-matinée`);
		});

		test("embeds: images copied and sized, notes and sections inlined, a draft's embed is its name only", () => {
			const synthese = dom(built.html(TRICKY.synthese));
			expect(synthese.querySelectorAll(".transclusion").length).toBe(2);
			expect(synthese.querySelector(`img[src="${prefix}${encoded(TRICKY.plan)}"]`)?.getAttribute("width")).toBe("300");
			expect(synthese.querySelector("main")?.textContent).toContain("Idée en cours");
			const cafe = dom(built.html(TRICKY.cafe));
			expect(cafe.querySelector(`img[src="${prefix}${encoded(TRICKY.facade)}"]`)).not.toBeNull();
		});

		test("the video keeps its YouTube frame; the script and the braces do not run", () => {
			const video = dom(built.html(TRICKY.video));
			expect(video.querySelector("iframe[src^='https://www.youtube-nocookie.com/embed/']")).not.toBeNull();
			expect(video.querySelectorAll("script").length).toBe(0);
			// The talk's own "## Title" heading is its title: shown once.
			expect(visibleHeadings(video, "Un temps pour la rematérialisation")).toBe(1);
			expect(dom(built.html(TRICKY.application)).querySelector("main")?.textContent).toContain("Les accolades {{ restent }} du texte, {% comme ceci %}.");
		});
	}

	describe("after a rename in the vault and a new publish", () => {
		let second: { code: number; report: PublishReport; stderr: string };
		let rebuilt: BuiltSite;
		let relinks: LinkReport;

		beforeAll(async () => {
			renameInVault(vault, RENAME_FROM, RENAME_TO);
			second = await publish(vault, site);
			rebuilt = await buildSite(site, { pathPrefix: prefix });
			relinks = checkLinks(rebuilt.siteDir, { pathPrefix: prefix });
		});

		test("the publish reports the rename and deletes nothing", () => {
			expect(second.stderr).toBe("");
			expect(second.code).toBe(0);
			expect(second.report.renamed).toEqual([{ from: RENAME_FROM, to: RENAME_TO }]);
			expect(second.report.deleted).toEqual([]);
		});

		test("the old address is a redirect page to the new one", () => {
			const oldPage = rebuilt.html(RENAME_FROM);
			const newUrl = `${prefix}${encoded(RENAME_TO.replace(/\.md$/, ""))}/`;
			expect(fs.existsSync(rebuilt.fileOf(RENAME_TO))).toBe(true);
			const doc = dom(oldPage);
			expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${newUrl}`);
			expect(doc.querySelector("a")?.getAttribute("href")).toBe(newUrl);
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(newUrl);
		});

		test("every link still resolves, the new address is used, and the redirect is the only extra page", () => {
			expect(formatLinkReport(relinks)).toBe("");
			expect(relinks.pages).toEqual([...links.pages, pageOf(RENAME_TO)].sort());
			const citing = relinks.links.filter((link) => link.attribute === "a.href" && link.page !== pageOf(RENAME_FROM));
			expect(citing.filter((link) => decodeURIComponent(link.href).includes(RENAME_FROM.replace(/\.md$/, "")))).toEqual([]);
			expect(citing.some((link) => decodeURIComponent(link.href).includes(RENAME_TO.replace(/\.md$/, "")))).toBe(true);
			expectNoSentinel(site);
		});
	});
});
