import { spawn } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "yaml";
import { ContractServer } from "../destinations/github/contract-server";
import { TOKEN } from "../destinations/github/helpers";
import { runCommandLine, writeTree } from "../helpers/cli";

const vault = { "Notes/Qu'est-ce qu'une stratégie numérique ?.md": "# Question\n\n- [[Jumeau numérique]]\n", "Notes/Jumeau numérique.md": "Un jumeau.\n", "Brouillon/secret.md": "privé\n" };

let root: string;
let server: ContractServer;
beforeEach(async () => {
	root = mkdtempSync(join(tmpdir(), "publish-github-"));
	writeTree(join(root, "vault"), vault);
	server = new ContractServer({ repo: "site-musee" });
	await server.start();
	process.env.GITHUB_TOKEN = TOKEN;
});
afterEach(async () => {
	delete process.env.GITHUB_TOKEN;
	expect(server.violations).toEqual([]);
	expect(server.forced).toEqual([]);
	await server.stop();
	rmSync(root, { recursive: true, force: true });
});

const github = (...extra: string[]) => runCommandLine("publish", "--vault", join(root, "vault"), "--github", "musee/site-musee", "--api-url", server.url, ...extra);

function files(dir: string, folder = ""): Map<string, string> {
	const found = new Map<string, string>();
	for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) for (const [p, t] of files(dir, path)) found.set(p, t);
		else found.set(path, readFileSync(join(dir, path), "utf8"));
	}
	return found;
}

describe("publish --github", () => {
	test("an empty repository: first commit by the contents API, then the site, the starter and the Pages workflow in one commit, equal to --out", async () => {
		// The loopback server stands for an Enterprise server: the site's address comes from its Pages settings.
		server.pages = { build_type: "workflow" };
		const result = await github("--json");
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.commit).toBe(server.head());
		expect(report.url).toBe("https://musee.github.io/site-musee/");
		expect(server.commits()).toHaveLength(2);
		expect(server.count("PUT /contents/README.md")).toBe(1);
		const repo = new Map([...server.files()].map(([p, b]) => [p, b.toString("utf8")]));
		const workflow = repo.get(".github/workflows/pages.yml");
		repo.delete(".github/workflows/pages.yml");
		// The folder publish with the prefix GitHub Pages gives this repository.
		const settings = join(root, "vault", ".obsidian", "plugins", "museum-strategy-notes");
		writeTree(settings, { "data.json": JSON.stringify({ pathPrefix: "/site-musee/" }) });
		expect((await runCommandLine("publish", "--vault", join(root, "vault"), "--out", join(root, "out"))).code).toBe(0);
		expect(new Map([...repo].sort())).toEqual(new Map([...files(join(root, "out"))].sort()));
		expect(repo.get("eleventy.config.mjs")).toContain('"pathPrefix": "/site-musee/"');
		expect(workflow).toBeDefined();
		for (const text of [result.stdout, result.stderr, ...repo.values(), server.git("log", "--format=%B%an%ae", "main")]) expect(text).not.toContain(TOKEN);
	});

	test("a republish of the same notes: commit null, exit 0, nothing written", async () => {
		server.pages = { build_type: "workflow" };
		await github();
		const result = await github("--json");
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ commit: null, url: "https://musee.github.io/site-musee/", added: [], changed: [] });
		expect(server.commits()).toHaveLength(2);
	});

	test.each<[string, string[], number, RegExp]>([
		["no token in the environment", ["--token-env", "NO_SUCH_VARIABLE"], 2, /NO_SUCH_VARIABLE holds no GitHub token/],
		["--out and --github together", ["--out", "/tmp/x"], 2, /give one/],
		["a bad token", ["--token-env", "BAD_TOKEN"], 1, /GitHub answered 401 to GET \/: Bad credentials; nothing was written/],
		["a branch that does not exist", ["--branch", "gh-pages"], 1, /the branch gh-pages does not exist/],
	])("%s: a clear message, the right exit code, the token in no output", async (_, extra, code, message) => {
		process.env.BAD_TOKEN = "ghp-bad-secret";
		server.push({ "README.md": "x" });
		const result = await github(...extra).catch((e: Error) => ({ code: 2, stdout: "", stderr: e.message }));
		expect(result.code).toBe(code);
		expect(result.stderr).toMatch(message);
		for (const text of [result.stdout, result.stderr]) {
			expect(text).not.toContain(TOKEN);
			expect(text).not.toContain("ghp-bad-secret");
		}
		delete process.env.BAD_TOKEN;
	});

	test("Pages not on (an Enterprise server): url null", async () => {
		server.push({ "README.md": "x" });
		expect(JSON.parse((await github("--json")).stdout).url).toBeNull();
	});

	test("--dry-run: nothing sent but reads", async () => {
		server.push({ "README.md": "x" });
		const result = await github("--dry-run", "--json");
		expect(JSON.parse(result.stdout)).toMatchObject({ dryRun: true, commit: null });
		expect(server.log.filter((r) => r.method !== "GET")).toEqual([]);
	});

	test("the command line killed (SIGKILL) mid-publish leaves the branch where it was; the next publish completes", async () => {
		await github();
		writeTree(join(root, "vault"), { "Notes/Jumeau numérique.md": "Un jumeau, revu.\n", "Notes/Nouveau.md": "Nouveau.\n" });
		const head = server.head();
		const bundle = join(process.cwd(), "dist", "cli.cjs");
		const child = spawn(process.execPath, [bundle, "publish", "--vault", join(root, "vault"), "--github", "musee/site-musee", "--api-url", server.url], { env: { ...process.env, GITHUB_TOKEN: TOKEN }, stdio: "ignore" });
		const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
		server.faults = [{ match: "POST /git/commits", before: () => void child.kill("SIGKILL"), drop: true }];
		expect(await exited).toBe("SIGKILL");
		expect(server.count("POST /git/trees")).toBeGreaterThan(0);
		expect(server.head()).toBe(head);
		const result = await github("--json");
		expect(JSON.parse(result.stdout).added).toEqual(["Notes/Nouveau.md"]);
		expect(server.files().get("Notes/Jumeau numérique.md")?.toString()).toContain("revu");
		expect(server.commits()).toHaveLength(3);
	});

	test("the Pages workflow: GitHub's own actions, the permissions they need, the site's own build", async () => {
		await github("--path-in-repo", "site");
		const workflow = parse(server.files().get(".github/workflows/pages.yml")?.toString() ?? "") as any;
		expect(workflow.on.push.branches).toEqual(["main"]);
		expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
		const uses = [...workflow.jobs.build.steps, ...workflow.jobs.deploy.steps].map((s: any) => s.uses).filter(Boolean).map((u: string) => u.split("@")[0]);
		expect(uses).toEqual(["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]);
		expect(workflow.jobs.build.defaults.run["working-directory"]).toBe("site");
		expect(workflow.jobs.build.steps.map((s: any) => s.run).filter(Boolean)).toEqual(["if [ -f package-lock.json ]; then npm ci; else npm install; fi", "npm run build"]);
		expect(workflow.jobs.build.steps.at(-1).with.path).toBe("site/_site");
		expect(workflow.jobs.deploy.environment.name).toBe("github-pages");
		const pkg = JSON.parse(server.files().get("site/package.json")?.toString() ?? "{}");
		// The site's own build makes the search index after the pages, with the address GitHub gives the site.
		expect(pkg.scripts.build).toBe("eleventy && pagefind --site _site");
		expect(pkg.devDependencies).toEqual(expect.objectContaining({ pagefind: "1.6.0", "@11ty/eleventy-plugin-rss": "3.0.0" }));
		const build = workflow.jobs.build.steps.find((s: any) => s.run === "npm run build");
		expect(build.env.SITE_URL).toBe("${{ steps.pages.outputs.origin }}");
		expect(workflow.jobs.build.steps.find((s: any) => s.uses?.startsWith("actions/configure-pages")).id).toBe("pages");
	});
});
