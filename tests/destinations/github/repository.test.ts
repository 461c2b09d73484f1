import { GitHubError } from "../../../src/destinations/github/client";
import { setUpPages, testConnection, webUrl, workflowRun } from "../../../src/destinations/github/repository";
import { ContractServer, ServerOptions } from "./contract-server";
import { destinationOn } from "./helpers";

let server: ContractServer;
async function start(options: ServerOptions = {}): Promise<void> {
	server = new ContractServer(options);
	await server.start();
}
afterEach(async () => {
	expect(server.violations).toEqual([]);
	await server.stop();
});

describe("Test connection says exactly what is wrong", () => {
	test.each<[string, ServerOptions, string | null, string, (s: ContractServer) => void]>([
		["connected", {}, null, "ok main", (s) => void s.push({ "README.md": "x" })],
		["repository empty: offer to initialise", {}, null, "empty main", () => undefined],
		["bad or expired token", {}, "ghp-expired", "bad-token", () => undefined],
		["no token", {}, "", "no-token", () => undefined],
		["read-only token", { tokens: { "ghp-test-token": { login: "lectrice", push: false } } }, null, "read-only", (s) => void s.push({ "README.md": "x" })],
	])("%s", async (_, options, token, expected, prepare) => {
		await start(options);
		prepare(server);
		const { client } = destinationOn(server, {}, token ?? undefined);
		const found = await testConnection(client).then((c) => `${c.empty ? "empty" : "ok"} ${c.branch}`, (e: GitHubError) => e.problem);
		expect(found).toBe(expected);
	});

	test("no access (a repository the token cannot see) and a missing branch", async () => {
		await start();
		server.push({ "README.md": "x" });
		const { client } = destinationOn(server);
		expect(await testConnection(client, "gh-pages").catch((e: GitHubError) => e.problem)).toBe("branch-missing");
		(client as { repo: string }).repo = "prive";
		expect(await testConnection(client).catch((e: GitHubError) => e.problem)).toBe("no-access");
	});

	test("rate limited: until when", async () => {
		await start();
		const reset = Math.floor(Date.now() / 1000) + 3600;
		server.faults = [{ match: "GET ", status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" } }];
		const error = (await testConnection(destinationOn(server).client).catch((e: unknown) => e)) as GitHubError;
		expect([error.problem, error.until?.getTime()]).toEqual(["rate-limited", reset * 1000]);
	});
});

describe("Set up GitHub Pages", () => {
	test("enables Pages with the workflow build type, also when Pages was already on", async () => {
		await start();
		const { client } = destinationOn(server);
		expect(await setUpPages(client)).toBe("https://musee.github.io/site/");
		expect(server.pages).toEqual({ build_type: "workflow" });
		server.pages = { build_type: "legacy" };
		await setUpPages(client);
		expect(server.pages).toEqual({ build_type: "workflow" });
		expect(await workflowRun(client, "a".repeat(40))).toMatchObject({ status: "queued" });
	});

	test("a token that may not: an error, and the settings page to change", async () => {
		await start({ pagesAllowed: false });
		const { client } = destinationOn(server);
		await expect(setUpPages(client)).rejects.toBeInstanceOf(GitHubError);
		expect(webUrl(client, "/settings/pages")).toBe(`${server.url}/musee/site/settings/pages`);
	});
});
