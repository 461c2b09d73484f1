// `npm run demo`: the plugin on the bundled demo vault, as a user would meet it.
// Copies demo-vault/ to demo-run/vault (git-ignored, so it can run again), installs
// the built plugin there, runs the command line on it, and says how to open it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(join(root, "manifest.json"), "utf8")));
const run = join(root, "demo-run");
const vault = join(run, "vault");
const site = join(root, "demo-site");

function step(text) {
	console.log(`\n▸ ${text}`);
}

function cli(...args) {
	const result = spawnSync(process.execPath, [join(root, "dist", "cli.cjs"), ...args], { encoding: "utf8" });
	const out = (result.stdout + result.stderr).trim();
	if (out) console.log(out.split("\n").map((l) => `  ${l}`).join("\n"));
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

if (existsSync(join(root, "src", "cli", "commands", "inspect.ts"))) {
	step("What the sidebar shows for a question (inspect)");
	cli("inspect", "--vault", vault, "--note", "Notes/Qu'est-ce qu'un jumeau numérique.md");
	step("Problems in the vault (check)");
	cli("check", "--vault", vault);
}

if (existsSync(join(root, "src", "cli", "commands", "publish.ts"))) {
	step(`Publishing the vault to ${site}`);
	rmSync(site, { recursive: true, force: true });
	const published = cli("publish", "--vault", vault, "--out", site);
	if (published !== 0) process.exit(published ?? 1);
	step("Building the site with Eleventy");
	const eleventy = spawnSync(process.execPath, [join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet"], { cwd: site, encoding: "utf8" });
	console.log((eleventy.stdout + eleventy.stderr).trim().split("\n").map((l) => `  ${l}`).join("\n"));
	if (eleventy.status !== 0) process.exit(eleventy.status ?? 1);
	console.log(`  Home page: ${join(site, "_site", "index.html")}`);
}

step("Open it in Obsidian");
console.log(`  Obsidian → Open another vault → Open folder as vault → ${vault}`);
console.log("  Then trust the author to enable community plugins, and run the command");
console.log("  \"Museum strategy notes: Create museum strategy question\" from the command palette.");
