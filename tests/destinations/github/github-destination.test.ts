import { FolderDestination } from "../../../src/destinations/folder";
import { GitHubError } from "../../../src/destinations/github/client";
import { MANIFEST_PATH } from "../../../src/core/publish/manifest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { plan, Vault } from "../../core/publish/helpers";
import type { Http } from "../../../src/destinations/github/http";
import { ContractServer, Fault } from "./contract-server";
import { destinationOn, TOKEN } from "./helpers";

const v1: Vault = { "Notes/Qu'est-ce qu'une stratégie ?.md": "# Stratégie\n\nVoir [[Musée]].\n", "Notes/Musée.md": "Le musée ![[x.png]]\n", "Notes/Café.md": "café\n", "x.png": new Uint8Array([137, 80, 78, 71, 0, 255]) };
const v2: Vault = { ...v1, "Notes/Musée.md": "Le musée, modifié ![[x.png]]\n" };
delete v2["Notes/Café.md"];

let server: ContractServer;
beforeEach(async () => {
	server = new ContractServer();
	await server.start();
	server.push({ "README.md": "# Le site du musée\n", "assets/logo.svg": "<svg/>" }, "main", "The team's own files");
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	expect(server.forced).toEqual([]);
	await server.stop();
});

function folderFiles(root: string, folder = ""): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) for (const [p, b] of folderFiles(root, path)) found.set(p, b);
		else found.set(path, readFileSync(join(root, path)));
	}
	return found;
}

async function publish(vault: Vault, faults: Fault[] = [], target = {}) {
	const { destination, waits } = destinationOn(server, target);
	server.faults = faults;
	const manifest = await destination.readManifest();
	const result = await destination.apply(plan(vault, { manifest, deletions: "all" }));
	return { result, waits };
}

describe("GitHub destination: one commit per publish", () => {
	test("the repository's files equal, file for file, what the folder destination writes; the team's files stay", async () => {
		await publish(v1);
		const { result } = await publish(v2);
		const out = mkdtempSync(join(tmpdir(), "github-folder-"));
		try {
			const folder = new FolderDestination(out);
			await folder.apply(plan(v1, { deletions: "all" }));
			await folder.apply(plan(v2, { manifest: await folder.readManifest(), deletions: "all" }));
			const repo = server.files();
			expect(repo.get("README.md")?.toString()).toBe("# Le site du musée\n");
			repo.delete("README.md");
			repo.delete("assets/logo.svg");
			expect(new Map([...repo].sort())).toEqual(new Map([...folderFiles(out)].sort()));
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
		expect(result.deleted).toEqual(["Notes/Café.md"]);
		expect(server.commits()).toHaveLength(3);
		const message = server.git("log", "-1", "--format=%an%n%B", "main");
		expect(message).toContain("editrice\nPublish: 0 added, 2 changed, 1 deleted");
		expect(message).toContain("- Notes/Café.md");
	});

	test("nothing changed: no commit, no upload", async () => {
		await publish(v1);
		const before = server.commits();
		server.log.length = 0;
		const { result } = await publish(v1);
		expect(result.commit).toBeNull();
		expect(server.commits()).toEqual(before);
		expect(server.log.filter((r) => r.method !== "GET")).toEqual([]);
	});

	test("one note changed: one blob uploaded, the manifest inside the tree, six requests", async () => {
		await publish(v1);
		server.log.length = 0;
		const { destination } = destinationOn(server, { branch: "main" });
		const manifest = await destination.readManifest();
		await destination.apply(plan({ ...v1, "Notes/Café.md": "café noir\n" }, { manifest }));
		expect(server.log.map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}/g, "SHA")}`)).toEqual([
			"GET /git/ref/heads/main",
			"GET /git/trees/SHA?recursive=1",
			"GET /git/blobs/SHA",
			"POST /git/blobs",
			"POST /git/trees",
			"POST /git/commits",
			"PATCH /git/refs/heads/main",
		]);
	});

	test("uploads run 4 at a time, never more", async () => {
		const many: Vault = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Notes/Note ${i}.md`, `Note ${i}\n`]));
		const { destination, client } = destinationOn(server);
		let now = 0;
		let most = 0;
		const http = (client as unknown as { options: { http: Http } }).options;
		const inner = http.http;
		http.http = async (request) => {
			most = Math.max(most, ++now);
			try {
				return await inner(request);
			} finally {
				now--;
			}
		};
		await destination.apply(plan(many, { manifest: await destination.readManifest() }));
		expect(most).toBe(4);
	});

	test("a page deleted in the repository by hand is new again in the manifest the dialog reads", async () => {
		await publish(v1);
		server.push({ "Notes/Café.md": null });
		const { destination } = destinationOn(server);
		const manifest = await destination.readManifest();
		expect(manifest?.notes.map((n) => n.path)).toEqual(["Notes/Musée.md", "Notes/Qu'est-ce qu'une stratégie ?.md"]);
	});

	test("another push during the publish is kept: the commit is rebuilt on the new head", async () => {
		await publish(v1);
		server.log.length = 0;
		const { result } = await publish(v2, [{ match: "PATCH /git/refs", before: () => void server.push({ "CNAME": "musee.example.org\n" }) }]);
		const files = server.files();
		expect(files.get("CNAME")?.toString()).toBe("musee.example.org\n");
		expect(files.has("Notes/Café.md")).toBe(false);
		expect(server.git("log", "--format=%s", "-3", "main").split("\n")).toEqual(["Publish: 0 added, 2 changed, 1 deleted", "Another push", expect.stringMatching(/^Publish: /)]);
		expect(result.commit).toBe(server.head());
		expect(server.count("PATCH /git/refs")).toBe(2);
	});

	test("a branch that keeps moving: the publish gives up after 3 rebuilds, and nothing of it is on the branch", async () => {
		await publish(v1);
		const faults = [{ match: "PATCH /git/refs", times: 4, before: () => void server.push({ [`other-${Math.random()}`]: "x" }) }];
		await expect(publish(v2, faults)).rejects.toThrow("kept moving");
		expect(server.git("log", "-1", "--format=%s", "main")).toBe("Another push");
	});

	test("the site in a folder of the repository: paths under it, nothing outside changed", async () => {
		await publish(v1, [], { pathInRepo: "site" });
		const files = [...server.files().keys()].sort();
		expect(files).toEqual(["README.md", "assets/logo.svg", "site/.museum-publish.json", "site/Notes/Café.md", "site/Notes/Musée.md", "site/Notes/Qu'est-ce qu'une stratégie ?.md", "site/x.png"]);
	});

	test("a truncated recursive tree is read folder by folder", async () => {
		await publish(v1);
		server.log.length = 0;
		(server as unknown as { options: { truncateAt: number } }).options.truncateAt = 2;
		const { result } = await publish(v2);
		expect(result.written.sort()).toEqual([MANIFEST_PATH, "Notes/Musée.md"]);
		expect(result.deleted).toEqual(["Notes/Café.md"]);
		expect(server.log.filter((r) => r.path.startsWith("/git/trees/") && !r.path.includes("recursive")).length).toBeGreaterThan(1);
	});
});

describe("GitHub destination: failures and retries", () => {
	const steps = ["GET /git/ref/", "GET /git/trees/", "GET /git/blobs/", "POST /git/blobs", "POST /git/trees", "POST /git/commits", "PATCH /git/refs"];

	test.each(steps)("a 500 on %s is retried and the publish completes with one commit", async (step) => {
		await publish(v1);
		const commits = server.commits().length;
		const { waits } = await publish(v2, [{ match: step, status: 500 }]);
		expect(server.commits()).toHaveLength(commits + 1);
		expect(waits).toEqual([1000]);
	});

	test.each(steps)("a lasting 502 on %s fails, the branch stays where it was, the next publish completes", async (step) => {
		await publish(v1);
		const head = server.head();
		await expect(publish(v2, [{ match: step, status: 502, times: 5 }])).rejects.toThrow(/GitHub answered 502/);
		expect(server.head()).toBe(head);
		await publish(v2);
		expect(server.files().has("Notes/Café.md")).toBe(false);
	});

	test.each<[string, Fault, number]>([
		["429 with Retry-After", { match: "POST /git/blobs", status: 429, headers: { "retry-after": "7" } }, 7000],
		["429 without Retry-After", { match: "POST /git/blobs", status: 429 }, 60000],
		["403 secondary rate limit with Retry-After", { match: "POST /git/trees", status: 403, headers: { "retry-after": "3" }, body: { message: "You have exceeded a secondary rate limit.", documentation_url: "https://docs.github.com/rest" } }, 3000],
		["403 secondary rate limit without Retry-After", { match: "POST /git/commits", status: 403, body: { message: "You have exceeded a secondary rate limit.", documentation_url: "https://docs.github.com/rest" } }, 60000],
	])("%s: waits as GitHub asks, then completes", async (_, fault, wait) => {
		await publish(v1);
		const { waits } = await publish(v2, [fault]);
		expect(waits).toEqual([wait]);
		expect(server.files().has("Notes/Café.md")).toBe(false);
		expect(server.count("GET /rate_limit")).toBe(0);
	});

	test("403 with no request left until x-ratelimit-reset: waits until the reset when it is near", async () => {
		await publish(v1);
		const reset = Math.floor(Date.now() / 1000) + 20;
		const { waits } = await publish(v2, [{ match: "POST /git/blobs", status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" } }]);
		expect(waits[0]).toBeGreaterThan(15000);
		expect(waits[0]).toBeLessThanOrEqual(20000);
	});

	test("primary rate limit an hour away: fails at once, saying until when", async () => {
		await publish(v1);
		const reset = Math.floor(Date.now() / 1000) + 3600;
		const error = await publish(v2, [{ match: "GET /git/ref", status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" } }]).catch((e: GitHubError) => e);
		expect(error).toBeInstanceOf(GitHubError);
		expect((error as GitHubError).problem).toBe("rate-limited");
		expect((error as GitHubError).until?.getTime()).toBe(reset * 1000);
	});

	test("a dropped connection is retried", async () => {
		await publish(v1);
		const commits = server.commits().length;
		await publish(v2, [{ match: "POST /git/commits", drop: true }, { match: "POST /git/blobs", drop: true }]);
		expect(server.commits()).toHaveLength(commits + 1);
	});

	test("the ref update answered but the answer lost: the retry sees the branch already there", async () => {
		await publish(v1);
		const commits = server.commits().length;
		const { result } = await publish(v2, [{ match: "PATCH /git/refs", times: 1, status: 409, body: { message: "Reference update failed", documentation_url: "https://docs.github.com/rest" } }]);
		expect(server.commits()).toHaveLength(commits + 1);
		expect(result.commit).toBe(server.head());
	});

	test.each<[string, string, string]>([
		["a bad or expired token", "ghp-wrong", "bad-token"],
		["no token", "", "no-token"],
	])("%s: a clear problem, and the token in no message", async (_, token, problem) => {
		const { destination } = destinationOn(server, {}, token);
		const error = (await destination.readManifest().catch((e: unknown) => e)) as GitHubError;
		expect(error.problem).toBe(problem);
		if (token) expect(error.message).not.toContain(token);
		expect(JSON.stringify(server.log.map((r) => ({ ...r, headers: {} })))).not.toContain(TOKEN);
	});

	test("a repository the token cannot see (404) and a branch that does not exist", async () => {
		const { destination } = destinationOn(server, { branch: "gh-pages" });
		expect(((await destination.readManifest().catch((e: unknown) => e)) as GitHubError).problem).toBe("branch-missing");
		const other = destinationOn(server);
		(other.client as { repo: string }).repo = "secret";
		expect(((await other.destination.readManifest().catch((e: unknown) => e)) as GitHubError).problem).toBe("not-found");
	});
});
