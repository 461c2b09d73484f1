// `npm run demo`: the plugin on the bundled demo vault, as a user would meet it.
// Copies demo-vault/ to demo-run/vault (git-ignored, so it can run again), installs
// the built plugin there, runs the command line on it, and says how to open it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(join(root, "manifest.json"), "utf8")));
const run = join(root, "demo-run");
const vault = join(run, "vault");
const site = join(root, "demo-site");

function step(text) {
	console.log(`\n▸ ${text}`);
}

/**
 * A small version of the tests' link checker (tests/site/link-checker.ts) for a site at the root of its
 * domain: every internal href/src must reach a built file, every #fragment an id of that page, and no
 * page's text may keep a [[wikilink]].
 */
function checkSite(siteDir) {
	const unescape = (value) =>
		value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, code) => {
			const named = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" }[code.toLowerCase()];
			if (named) return named;
			return String.fromCodePoint(code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
		});
	const files = [];
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name.endsWith(".html")) files.push(join(dir, entry.name));
		}
	};
	walk(siteDir);
	const ids = new Map();
	const idsOf = (file) => {
		if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]))));
		return ids.get(file);
	};
	const broken = [];
	const wikilinks = [];
	let links = 0;
	for (const file of files) {
		const html = readFileSync(file, "utf8");
		const page = relative(siteDir, file).split(sep).join("/");
		const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, "");
		if (text.includes("[[")) wikilinks.push(`${page}: [[ left in the text`);
		const pageUrl = "/" + page.replace(/(^|\/)index\.html$/, "$1");
		const base = new URL(pageUrl.split("/").map(encodeURIComponent).join("/"), "http://site.invalid");
		for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const href = unescape(match[1]).trim();
			if (href === "" || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue;
			links++;
			const url = new URL(href, base);
			let target;
			try {
				target = join(siteDir, ...decodeURIComponent(url.pathname).split("/").filter(Boolean));
			} catch {
				broken.push(`${page}: ${href}: malformed address`);
				continue;
			}
			if (url.pathname.endsWith("/") || (existsSync(target) && statSync(target).isDirectory())) target = join(target, "index.html");
			if (!existsSync(target)) {
				broken.push(`${page}: ${href}: no such page or file`);
				continue;
			}
			const fragment = url.hash.slice(1);
			if (!fragment || !target.endsWith(".html")) continue;
			let decoded = fragment;
			try {
				decoded = decodeURIComponent(fragment);
			} catch {
				// keep it as written
			}
			const found = idsOf(target);
			if (!found.has(fragment) && !found.has(decoded) && fragment !== "top") broken.push(`${page}: ${href}: no element with that id`);
		}
	}
	return { pages: files.length, links, broken, wikilinks };
}

/** Runs the built command line on `args`, printing its output indented (only its last `tail` lines when given). */
function cli(...args) {
	const tail = typeof args.at(-1) === "number" ? args.pop() : 0;
	const result = spawnSync(process.execPath, [join(root, "dist", "cli.cjs"), ...args], { encoding: "utf8" });
	const out = (result.stdout + result.stderr).trim();
	if (out) console.log(out.split("\n").slice(-tail).map((l) => `  ${l}`).join("\n"));
	return result.status;
}

step("Fresh copy of the demo vault");
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
cpSync(join(root, "demo-vault"), vault, { recursive: true });
console.log(`  ${vault}`);

step(`Plugin installed in ${join(".obsidian", "plugins", manifest.id)} and enabled`);
const pluginDir = join(vault, ".obsidian", "plugins", manifest.id);
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) cpSync(join(root, file), join(pluginDir, file));
writeFileSync(join(vault, ".obsidian", "community-plugins.json"), JSON.stringify([manifest.id], null, 2));
writeFileSync(join(pluginDir, "data.json"), JSON.stringify({ siteTitle: "Musée démo", questionTemplatePath: "" }, null, 2));

step("A new question, created with the command line (the same plan as the plugin's command)");
const status = cli("new-question", "--vault", vault, "--question", "Comment mesurer l'impact d'un site de musée ?", "--answer", "En suivant quelques indicateurs choisis avec les équipes.", "--parent", "agir");
if (status !== 0) process.exit(status ?? 1);

step("The same question again: nothing is overwritten (exit code 3)");
cli("new-question", "--vault", vault, "--question", "Comment mesurer l'impact d'un site de musée ?");

// The plugin cannot run in Node: each writing aid is shown by its command line twin, which runs the same core.
step("Similar questions to « Comment élaborer une stratégie numérique ? » (similar; in Obsidian: the dialog of Create museum strategy question, as you type)");
cli("similar", "--vault", vault, "--question", "Comment élaborer une stratégie numérique ?");

step("“Apparaît dans” lines kept true (sync-appears-in; in Obsidian: Update 'Appears in' lines): preview (--dry-run), applied, second run");
cli("sync-appears-in", "--vault", vault, "--dry-run");
cli("sync-appears-in", "--vault", vault, 1);
cli("sync-appears-in", "--vault", vault, "--dry-run");

step("A video note from a link, attached to a question (new-video --offline: the demo asks no video host; in Obsidian: Create video note from a link)");
const question = "Notes/Qu'est-ce qu'un jumeau numérique.md";
if (cli("new-video", "--vault", vault, "--url", "https://youtu.be/dQw4w9WgXcQ?t=42", "--title", "Ouverture du forum", "--speaker", "claire martin", "--event", "J1", "--question", question, "--offline") === 0) {
	const note = readFileSync(join(vault, "Notes", "Ouverture du forum.md"), "utf8").split("\n");
	const body = note.indexOf("---", 1) + 1;
	console.log(note.slice(body, body + 4).map((l) => `  │ ${l.length > 100 ? l.slice(0, 99) + "…" : l}`).join("\n"));
	const talk = readFileSync(join(vault, question), "utf8").split("\n").find((l) => l.includes("[[Ouverture du forum]]"));
	console.log(`  ${question}, video section: ${talk}`);
}

if (existsSync(join(root, "src", "cli", "commands", "inspect.ts"))) {
	step("What the sidebar shows for a question (inspect)");
	cli("inspect", "--vault", vault, "--note", "Notes/Qu'est-ce qu'un jumeau numérique.md");
	step("Problems in the vault (check)");
	cli("check", "--vault", vault);
}

if (existsSync(join(root, "src", "cli", "commands", "publish.ts"))) {
	step(`Publishing the vault to ${site} (recreated on every run)`);
	rmSync(site, { recursive: true, force: true });
	const published = cli("publish", "--vault", vault, "--out", site);
	if (published !== 0) process.exit(published ?? 1);
	step("Building the site with Eleventy");
	// The site folder is inside the repository: its config's imports resolve from the repository's node_modules.
	const eleventy = spawnSync(process.execPath, [join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet"], { cwd: site, encoding: "utf8" });
	if (eleventy.status !== 0) {
		console.log((eleventy.stdout + eleventy.stderr).trim().split("\n").map((l) => `  ${l}`).join("\n"));
		process.exit(eleventy.status ?? 1);
	}
	step("Building the search index with Pagefind (the site's npm run build does the same)");
	const pagefind = spawnSync(process.execPath, [join(root, "node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", "_site"], { cwd: site, encoding: "utf8" });
	if (pagefind.status !== 0) {
		console.log((pagefind.stdout + pagefind.stderr).trim().split("\n").map((l) => `  ${l}`).join("\n"));
		process.exit(pagefind.status ?? 1);
	}
	console.log(`  ${(/Indexed (\d+) pages?/.exec(pagefind.stdout) || ["", "?"])[1]} pages indexed`);
	const built = join(site, "_site");
	const check = checkSite(built);
	console.log(`  Pages built: ${check.pages}`);
	console.log(`  Links checked: ${check.links} internal links, ${check.broken.length} broken, ${check.wikilinks.length} pages with a [[ left`);
	for (const problem of [...check.broken, ...check.wikilinks].slice(0, 20)) console.log(`    ${problem}`);
	console.log(`  Home page: ${join(built, "index.html")}`);
	if (check.broken.length || check.wikilinks.length) process.exitCode = 1;
}

step("Open it in Obsidian");
console.log(`  Obsidian → Open another vault → Open folder as vault → ${vault}`);
console.log("  Then trust the author to enable community plugins, and try from the command palette:");
console.log("    Museum strategy notes: Create museum strategy question    (type one: the similar questions show)");
console.log("    Museum strategy notes: Update 'Appears in' lines          (nothing left to change after the demo: edit a question's resources first)");
console.log("    Museum strategy notes: Create video note from a link      (paste a video link: its host is asked for the title)");
console.log("    Museum strategy notes: Publish selected notes…            (to the site folder, or to GitHub from the settings)");
