/**
 * Builds a published folder with the real Eleventy (a child process: Eleventy 3 is ESM, and a
 * separate process keeps jest's module system out of it). The compiler's end-to-end tests reuse it.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeStarterSiteIfMissing, normalizePathPrefix, type StarterLanguage } from "../../src/destinations/starter-site";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
const ELEVENTY_CLI = path.join(REPO_ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const PAGEFIND_CLI = path.join(REPO_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

export interface BuiltSite {
	/** The folder Eleventy built from (the published notes + the starter site). */
	inputDir: string;
	/** The built `_site` folder. */
	siteDir: string;
	pathPrefix: string;
	/** The files the starter site wrote (empty when the folder already had a site). */
	starterFiles: string[];
	/**
	 * The HTML of one built page, named by its vault path (`Notes/Le jumeau.md`, `index.md`) or by its URL
	 * (`/Notes/Le%20jumeau/`, with or without the path prefix, encoded or not).
	 */
	html(page: string): string;
	/** The file a page name or URL maps to inside `siteDir` (see `html`). */
	fileOf(page: string): string;
}

export interface BuildOptions {
	pathPrefix?: string;
	siteTitle?: string;
	language?: StarterLanguage;
	/** The site's address (SITE_URL, as the GitHub Pages workflow sets it): canonical links, sitemap, feed. */
	siteUrl?: string;
}

/** A fresh folder inside the repository, so that the site's config resolves `@11ty/eleventy` from its node_modules. */
export function makeTempSiteDir(label = "site"): string {
	const dir = path.join(REPO_ROOT, "tests", `.tmp-${label}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}

export function removeDir(dir: string): void {
	fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (vault paths → text) into `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
	for (const [relative, content] of Object.entries(files)) {
		const target = path.join(dir, ...relative.split("/"));
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, content);
	}
}

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(process.execPath, args, { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
			if (error) reject(new Error(`Eleventy failed in ${cwd}:\n${stderr || stdout || error.message}`));
			else resolve(stdout);
		});
	});
}

/** Page name or URL → file in the built site. */
export function pageFile(siteDir: string, page: string, pathPrefix = "/"): string {
	let urlPath: string;
	if (/\.(md|markdown)$/i.test(page)) {
		const withoutExt = page.replace(/^\/+/, "").replace(/\.(md|markdown)$/i, "");
		urlPath = withoutExt === "index" ? "/" : `/${withoutExt}/`;
	} else {
		urlPath = page.startsWith("/") ? page : `/${page}`;
		urlPath = urlPath.split("#")[0].split("?")[0];
		const prefix = normalizePathPrefix(pathPrefix);
		if (prefix !== "/" && (urlPath + "/").startsWith(prefix)) urlPath = "/" + urlPath.slice(prefix.length);
		urlPath = urlPath.split("/").map((segment) => {
			try {
				return decodeURIComponent(segment);
			} catch {
				return segment;
			}
		}).join("/");
	}
	const file = path.join(siteDir, ...urlPath.split("/").filter(Boolean));
	if (urlPath.endsWith("/")) return path.join(file, "index.html");
	if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return path.join(file, "index.html");
	return file;
}

/**
 * Writes the starter site into `dir` if it has none, then builds it as its `npm run build` does: Eleventy into
 * `dir/_site`, then Pagefind's search index.
 * `dir` should be inside the repository (see `makeTempSiteDir`); elsewhere, a `node_modules` link to the
 * repository's is made so that the config's imports resolve.
 */
export async function buildSite(dir: string, options: BuildOptions = {}): Promise<BuiltSite> {
	const pathPrefix = normalizePathPrefix(options.pathPrefix ?? "/");
	const starter = await writeStarterSiteIfMissing(dir, {
		siteTitle: options.siteTitle ?? "MuseumXTD",
		pathPrefix,
		language: options.language,
	});
	const inside = path.resolve(dir).startsWith(REPO_ROOT + path.sep);
	const modules = path.join(dir, "node_modules");
	if (!inside && !fs.existsSync(modules)) fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), modules, "dir");
	const siteDir = path.join(dir, "_site");
	removeDir(siteDir);
	await run([ELEVENTY_CLI, "--quiet", `--pathprefix=${pathPrefix}`], dir, options.siteUrl ? { SITE_URL: options.siteUrl } : {});
	// As the site's own "npm run build": the search index after the pages.
	if (starter.written.length || fs.existsSync(path.join(dir, "museum-search.njk"))) await run([PAGEFIND_CLI, "--site", "_site", "--quiet"], dir);
	return {
		inputDir: dir,
		siteDir,
		pathPrefix,
		starterFiles: starter.written,
		fileOf: (page) => pageFile(siteDir, page, pathPrefix),
		html: (page) => {
			const file = pageFile(siteDir, page, pathPrefix);
			if (!fs.existsSync(file)) throw new Error(`No built page for ${page} (looked for ${path.relative(siteDir, file)})`);
			return fs.readFileSync(file, "utf8");
		},
	};
}
