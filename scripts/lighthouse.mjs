// Lighthouse 12.2.3 (pinned: 13 needs Node 22) on the demo site as `npm run demo` builds it (Eleventy, then
// Pagefind), served locally and opened in Debian's Chromium: the four scores of the home, a question, a resource
// and a video page. Part of `npm run bench`, never of jest (a run takes tens of seconds).
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "demo-site", "_site");
const PAGES = [
	["home", "/"],
	["question", "/Notes/Qu'est-ce qu'un jumeau numérique/"],
	["resource", "/Notes/Le jumeau numérique du château/"],
	["video", "/Notes/Un temps pour la rematérialisation/"],
];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml" };

const demo = spawnSync(process.execPath, [join(root, "scripts", "demo.mjs")], { cwd: root, encoding: "utf8" });
if (demo.status !== 0) {
	console.error(demo.stdout + demo.stderr);
	process.exit(demo.status ?? 1);
}

const server = http.createServer((request, response) => {
	let file = resolve(site, "." + decodeURIComponent((request.url ?? "/").split("?")[0]));
	if (file !== site && !file.startsWith(site + sep)) return response.writeHead(403).end();
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
	if (!existsSync(file)) return response.writeHead(404).end("not found");
	response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
	createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
	chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const categories = ["performance", "accessibility", "best-practices", "seo"];
const rows = [];
try {
	for (const [name, path] of PAGES) {
		const url = base + path.split("/").map(encodeURIComponent).join("/");
		const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories, formFactor: "mobile", screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false } });
		const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
		const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
		rows.push({ name, scores, failing });
	}
} finally {
	await chrome.kill();
	server.close();
}
console.log("\nLighthouse 12.2.3 on the demo site (mobile, 390 px): performance / accessibility / best practices / SEO");
for (const { name, scores, failing } of rows) {
	console.log(`  ${name.padEnd(9)} ${scores.map((s) => String(s).padStart(3)).join("  ")}${failing.length ? `   failing: ${failing.join(", ")}` : ""}`);
}
