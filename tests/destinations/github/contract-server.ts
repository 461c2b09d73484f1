/**
 * A GitHub contract server on 127.0.0.1: the REST endpoints the GitHub
 * destination uses, on top of a real git repository (the `git` command; blobs
 * written as git's own loose objects), with every request and every response
 * checked against GitHub's OpenAPI description (`violations` must stay empty).
 * Faults are injected per request: a status with headers, a dropped
 * connection, a pause, or an action run first (another push).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { deflateSync } from "zlib";
import { createHash } from "crypto";
import { checkRequest, checkResponse, example, validate } from "./openapi";

export interface Fault {
	/** "PATCH /git/refs": method and the path after /repos/OWNER/REPO, matched as a prefix. */
	match: string;
	/** How many matching requests it hits (default 1). */
	times?: number;
	status?: number;
	headers?: Record<string, string>;
	body?: unknown;
	/** Close the connection without an answer. */
	drop?: boolean;
	/** Run before the request is served (another push, a kill). */
	before?: () => void | Promise<void>;
	/** Wait this long, then serve the request normally (or, with `status`, answer that). */
	delayMs?: number;
}

export interface LoggedRequest {
	method: string;
	path: string;
	status: number;
	headers: Record<string, string>;
	body: string;
}

export interface ServerOptions {
	owner?: string;
	repo?: string;
	/** Tokens the server knows: token → user; a token absent here gets 401. */
	tokens?: Record<string, { login: string; push?: boolean }>;
	defaultBranch?: string;
	/** Recursive trees larger than this come back truncated (GitHub's limit is 100,000 entries or 7 MB). */
	truncateAt?: number;
	/** Whether POST /pages succeeds (the token has Pages: write). */
	pagesAllowed?: boolean;
}

const ZERO = "0".repeat(40);

export class ContractServer {
	readonly dir: string;
	readonly owner: string;
	readonly repo: string;
	readonly log: LoggedRequest[] = [];
	readonly violations: string[] = [];
	/** PATCH ref requests that asked for force: true (must stay empty). */
	readonly forced: string[] = [];
	faults: Fault[] = [];
	url = "";
	pages: { build_type: string } | null = null;

	private server: Server | null = null;
	private readonly options: Required<ServerOptions>;

	constructor(options: ServerOptions = {}) {
		this.options = { owner: "musee", repo: "site", tokens: { "ghp-test-token": { login: "editrice" } }, defaultBranch: "main", truncateAt: 100_000, pagesAllowed: true, ...options };
		this.owner = this.options.owner;
		this.repo = this.options.repo;
		this.dir = mkdtempSync(join(tmpdir(), "github-contract-"));
		this.git("init", "--quiet", "--bare", `--initial-branch=${this.options.defaultBranch}`);
	}

	/** Runs git in the repository. */
	git(...args: string[]): string {
		return execFileSync("git", args, { cwd: this.dir, encoding: "utf8", input: "", env: { ...process.env, GIT_DIR: this.dir, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" }, maxBuffer: 1 << 28 }).trim();
	}

	private gitIn(input: string, env: Record<string, string>, ...args: string[]): string {
		return execFileSync("git", args, { cwd: this.dir, encoding: "utf8", input, env: { ...process.env, GIT_DIR: this.dir, ...env }, maxBuffer: 1 << 28 }).trim();
	}

	/** Another editor's push: a commit with these files on top of the branch, made with git itself. */
	push(files: Record<string, string | null>, branch = this.options.defaultBranch, message = "Another push"): string {
		const head = this.head(branch);
		const index = join(this.dir, `index-${process.pid}-${Date.now()}`);
		const env = { GIT_INDEX_FILE: index };
		this.gitIn("", env, "read-tree", ...(head ? [head] : ["--empty"]));
		const lines = Object.entries(files).map(([path, text]) => (text === null ? `0 ${ZERO}\t${path}` : `100644 ${this.writeBlob(Buffer.from(text))}\t${path}`));
		this.gitIn(lines.join("\n") + "\n", env, "update-index", "--index-info");
		const tree = this.gitIn("", env, "write-tree");
		rmSync(index, { force: true });
		const commit = this.gitIn(message, { GIT_AUTHOR_NAME: "Autre", GIT_AUTHOR_EMAIL: "autre@example.org", GIT_COMMITTER_NAME: "Autre", GIT_COMMITTER_EMAIL: "autre@example.org" }, "commit-tree", tree, ...(head ? ["-p", head] : []));
		this.git("update-ref", `refs/heads/${branch}`, commit);
		return commit;
	}

	head(branch = this.options.defaultBranch): string | null {
		try {
			return this.git("rev-parse", "--verify", "--quiet", `refs/heads/${branch}`) || null;
		} catch {
			return null;
		}
	}

	/** Every file of the branch: path → bytes. */
	files(branch = this.options.defaultBranch): Map<string, Buffer> {
		const files = new Map<string, Buffer>();
		const head = this.head(branch);
		if (!head) return files;
		for (const line of this.git("ls-tree", "-r", "-z", head).split("\0").filter(Boolean)) {
			const [meta, path] = line.split("\t");
			files.set(path, execFileSync("git", ["cat-file", "blob", meta.split(" ")[2]], { env: { ...process.env, GIT_DIR: this.dir }, maxBuffer: 1 << 28 }));
		}
		return files;
	}

	commits(branch = this.options.defaultBranch): string[] {
		return this.head(branch) ? this.git("rev-list", `refs/heads/${branch}`).split("\n") : [];
	}

	/** A blob written as git writes it: a zlib-compressed loose object named by its SHA-1. */
	private writeBlob(bytes: Buffer): string {
		const object = Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]);
		const sha = createHash("sha1").update(object).digest("hex");
		const file = join(this.dir, "objects", sha.slice(0, 2), sha.slice(2));
		if (!existsSync(file)) {
			mkdirSync(join(this.dir, "objects", sha.slice(0, 2)), { recursive: true });
			writeFileSync(file, deflateSync(object));
		}
		return sha;
	}

	async start(): Promise<string> {
		this.server = createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise((resolve) => this.server?.close(resolve));
		rmSync(this.dir, { recursive: true, force: true });
	}

	/** Requests of the log matching "METHOD /path-prefix". */
	count(match: string): number {
		return this.log.filter((r) => `${r.method} ${r.path}`.startsWith(match)).length;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString("utf8");
		const url = new URL(req.url ?? "/", this.url);
		const base = `/repos/${this.owner}/${this.repo}`;
		const path = url.pathname.startsWith(base) ? decodeURIComponent(url.pathname.slice(base.length)) : url.pathname;
		const method = req.method ?? "GET";
		const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
		const entry: LoggedRequest = { method, path: path + url.search, status: 0, headers, body: text };
		this.log.push(entry);
		let body: unknown;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			this.violations.push(`${method} ${path}: body is not JSON`);
		}
		const checked = checkRequest(method, url, body);
		this.violations.push(...checked.errors.map((e) => `${method} ${path}: ${e}`));
		const send = (status: number, data?: unknown, extra: Record<string, string> = {}) => {
			entry.status = status;
			// Errors any endpoint may answer (401, 403 limits, 429, 5xx) have GitHub's documented error shape.
			const generic = status === 401 || status === 429 || status >= 500 || (status === 403 && (extra["x-ratelimit-remaining"] !== undefined || /rate limit/.test(JSON.stringify(data))));
			const errors = generic ? validate({ $ref: "#/components/schemas/basic-error" }, data) : checked.operation ? checkResponse(checked.operation, status, data) : [];
			this.violations.push(...errors.map((e) => `${method} ${path} → ${e}`));
			res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4999", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600), ...extra });
			res.end(data === undefined ? "" : JSON.stringify(data));
		};
		const fault = this.faults.find((f) => `${method} ${path}`.startsWith(f.match) && (f.times ?? 1) > 0);
		if (fault) {
			fault.times = (fault.times ?? 1) - 1;
			await fault.before?.();
			if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
			if (fault.drop) {
				entry.status = -1;
				req.socket.destroy();
				return;
			}
			if (fault.status) return send(fault.status, fault.body ?? { message: "Injected failure", documentation_url: "https://docs.github.com/rest" }, fault.headers);
		}
		const user = this.options.tokens[(headers.authorization ?? "").replace(/^(Bearer|token) /, "")];
		if (!user) return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" });
		if (!url.pathname.startsWith(base + "/") && url.pathname !== base) return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
		try {
			const [status, data] = this.route(method, path, url, body as Record<string, any>, user);
			send(status, data);
		} catch (error) {
			send(500, { message: String(error), documentation_url: "https://docs.github.com/rest" });
		}
	}

	private route(method: string, path: string, url: URL, body: Record<string, any>, user: { login: string; push?: boolean }): [number, unknown] {
		const api = `${this.url}/repos/${this.owner}/${this.repo}`;
		const web = `https://github.com/${this.owner}/${this.repo}`;
		const empty = !/^ref: |^[0-9a-f]{40}/.test(this.packedOrLooseRefs());
		const notFound: [number, unknown] = [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" }];
		const isEmpty: [number, unknown] = [409, { message: "Git Repository is empty.", documentation_url: "https://docs.github.com/rest" }];
		let m: RegExpExecArray | null;
		if (method === "GET" && path === "") {
			const repo = example("GET", "/repos/{owner}/{repo}", 200);
			return [200, { ...repo, language: null, source: repo.source && { ...repo.source, language: null }, name: this.repo, full_name: `${this.owner}/${this.repo}`, default_branch: this.options.defaultBranch, size: empty ? 0 : 1, permissions: { admin: false, maintain: false, push: user.push !== false, triage: true, pull: true } }];
		}
		if (method === "GET" && (m = /^\/git\/ref\/heads\/(.+)$/.exec(path))) {
			if (empty) return isEmpty;
			const sha = this.head(m[1]);
			return sha ? [200, this.ref(m[1], sha, api)] : notFound;
		}
		if (method === "GET" && (m = /^\/git\/trees\/([^?]+)$/.exec(path))) {
			if (empty) return isEmpty;
			let tree: string;
			try {
				tree = this.git("rev-parse", "--verify", "--quiet", `${m[1]}^{tree}`);
			} catch {
				return notFound;
			}
			const recursive = url.searchParams.has("recursive");
			const lines = this.git("ls-tree", "-z", "-l", ...(recursive ? ["-r", "-t"] : []), tree).split("\0").filter(Boolean);
			let entries = lines.map((line) => {
				const [meta, name] = line.split("\t");
				const [mode, type, sha, size] = meta.split(/\s+/);
				return { path: name, mode, type, sha, url: `${api}/git/${type}s/${sha}`, ...(type === "blob" ? { size: Number(size) } : {}) };
			});
			const truncated = recursive && entries.length > this.options.truncateAt;
			if (truncated) entries = entries.slice(0, this.options.truncateAt);
			return [200, { sha: tree, url: `${api}/git/trees/${tree}`, tree: entries, truncated }];
		}
		if (method === "GET" && (m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
			let bytes: Buffer;
			try {
				bytes = execFileSync("git", ["cat-file", "blob", m[1]], { env: { ...process.env, GIT_DIR: this.dir }, stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28 });
			} catch {
				return notFound;
			}
			return [200, { content: bytes.toString("base64"), encoding: "base64", url: `${api}/git/blobs/${m[1]}`, sha: m[1], size: bytes.length, node_id: "B_1" }];
		}
		if (user.push === false && method !== "GET") return [403, { message: "Resource not accessible by personal access token", documentation_url: "https://docs.github.com/rest" }];
		if (method === "POST" && path === "/git/blobs") {
			if (empty) return isEmpty;
			const sha = this.writeBlob(Buffer.from(body.content, body.encoding === "base64" ? "base64" : "utf8"));
			return [201, { url: `${api}/git/blobs/${sha}`, sha }];
		}
		if (method === "POST" && path === "/git/trees") {
			if (empty) return isEmpty;
			const index = join(this.dir, `index-${Math.random().toString(36).slice(2)}`);
			const env = { GIT_INDEX_FILE: index };
			try {
				this.gitIn("", env, "read-tree", ...(body.base_tree ? [body.base_tree] : ["--empty"]));
				const shas = body.tree.filter((e: any) => e.sha).map((e: any) => e.sha);
				const missing = shas.length ? this.gitIn(shas.join("\n") + "\n", {}, "cat-file", "--batch-check").split("\n").filter((l: string) => l.endsWith("missing")) : [];
				if (missing.length) return [422, { message: `tree.sha ${missing[0].split(" ")[0]} is not a valid blob`, documentation_url: "https://docs.github.com/rest" }];
				if (body.tree.some((e: any) => e.content !== undefined && e.sha !== undefined)) return [422, { message: "Use either tree.sha or content", documentation_url: "https://docs.github.com/rest" }];
				const lines = body.tree.map((e: any) => (e.sha === null ? `0 ${ZERO}\t${e.path}` : `${e.mode} ${e.content !== undefined ? this.writeBlob(Buffer.from(e.content, "utf8")) : e.sha}\t${e.path}`));
				this.gitIn(lines.join("\n") + "\n", env, "update-index", "--index-info");
				const tree = this.gitIn("", env, "write-tree");
				return [201, { sha: tree, url: `${api}/git/trees/${tree}`, tree: [], truncated: false }];
			} finally {
				rmSync(index, { force: true });
			}
		}
		if (method === "POST" && path === "/git/commits") {
			if (empty) return isEmpty;
			const who = { GIT_AUTHOR_NAME: user.login, GIT_AUTHOR_EMAIL: `${user.login}@users.noreply.github.com`, GIT_COMMITTER_NAME: user.login, GIT_COMMITTER_EMAIL: `${user.login}@users.noreply.github.com` };
			const sha = this.gitIn(body.message, who, "commit-tree", body.tree, ...(body.parents ?? []).flatMap((p: string) => ["-p", p]));
			return [201, this.commit(sha, api, web)];
		}
		if (method === "PATCH" && (m = /^\/git\/refs\/heads\/(.+)$/.exec(path))) {
			const old = this.head(m[1]);
			if (!old) return [422, { message: "Reference does not exist", documentation_url: "https://docs.github.com/rest" }];
			if (body.force) this.forced.push(`${m[1]} → ${body.sha}`);
			let ancestor = old === body.sha;
			try {
				ancestor ||= (this.git("merge-base", "--is-ancestor", old, body.sha), true);
			} catch {
				ancestor = false;
			}
			if (!ancestor && !body.force) return [422, { message: "Update is not a fast forward", documentation_url: "https://docs.github.com/rest" }];
			this.git("update-ref", `refs/heads/${m[1]}`, body.sha, old);
			return [200, this.ref(m[1], body.sha, api)];
		}
		if (method === "PUT" && (m = /^\/contents\/(.+)$/.exec(path))) {
			if (!empty) return [422, { message: "Invalid request.\n\n\"sha\" wasn't supplied.", documentation_url: "https://docs.github.com/rest" }];
			const branch = body.branch ?? this.options.defaultBranch;
			const bytes = Buffer.from(body.content, "base64");
			const index = join(this.dir, "index-contents");
			const blob = this.writeBlob(bytes);
			this.gitIn(`100644 ${blob}\t${m[1]}\n`, { GIT_INDEX_FILE: index }, "update-index", "--add", "--index-info");
			const tree = this.gitIn("", { GIT_INDEX_FILE: index }, "write-tree");
			rmSync(index, { force: true });
			const who = { GIT_AUTHOR_NAME: user.login, GIT_AUTHOR_EMAIL: `${user.login}@users.noreply.github.com`, GIT_COMMITTER_NAME: user.login, GIT_COMMITTER_EMAIL: `${user.login}@users.noreply.github.com` };
			const sha = this.gitIn(body.message, who, "commit-tree", tree);
			this.git("update-ref", `refs/heads/${branch}`, sha);
			const file = example("PUT", "/repos/{owner}/{repo}/contents/{path}", 201);
			const name = m[1].split("/").pop() ?? m[1];
			return [201, { content: { ...file.content, name, path: m[1], sha: blob, size: bytes.length }, commit: this.commit(sha, api, web) }];
		}
		if (path === "/pages" && (method === "POST" || method === "PUT")) {
			if (!this.options.pagesAllowed) return [method === "POST" ? 422 : 422, { message: "Resource not accessible by personal access token", documentation_url: "https://docs.github.com/rest" }];
			if (method === "POST" && this.pages) return [409, { message: "GitHub Pages is already enabled.", documentation_url: "https://docs.github.com/rest" }];
			this.pages = { build_type: body.build_type };
			return method === "PUT" ? [204, undefined] : [201, this.page()];
		}
		if (method === "GET" && path === "/pages") return this.pages ? [200, this.page()] : notFound;
		if (method === "GET" && path === "/actions/runs") {
			const runs = example("GET", "/repos/{owner}/{repo}/actions/runs", 200);
			const head = url.searchParams.get("head_sha");
			const run = { ...runs.workflow_runs[0], head_sha: head, status: "queued", conclusion: null, html_url: `${web}/actions/runs/1` };
			return [200, { total_count: this.pages && head ? 1 : 0, workflow_runs: this.pages && head ? [run] : [] }];
		}
		return notFound;
	}

	/** Whether the repository has a branch yet, without a git process per request. */
	private packedOrLooseRefs(): string {
		const heads = join(this.dir, "refs", "heads");
		const loose = existsSync(heads) && readdirSync(heads).length > 0;
		return loose || (existsSync(join(this.dir, "packed-refs")) && readFileSync(join(this.dir, "packed-refs"), "utf8").includes("refs/heads/")) ? "0".repeat(40) : "";
	}

	private page(): unknown {
		return { ...example("GET", "/repos/{owner}/{repo}/pages", 200), build_type: this.pages?.build_type, html_url: `https://${this.owner}.github.io/${this.repo}/` };
	}

	private ref(branch: string, sha: string, api: string): unknown {
		return { ref: `refs/heads/${branch}`, node_id: "REF_1", url: `${api}/git/refs/heads/${branch}`, object: { type: "commit", sha, url: `${api}/git/commits/${sha}` } };
	}

	private commit(sha: string, api: string, web: string): unknown {
		const raw = this.git("cat-file", "commit", sha);
		const [head, ...message] = raw.split("\n\n");
		const field = (name: string) => head.split("\n").filter((l) => l.startsWith(name + " ")).map((l) => l.slice(name.length + 1));
		const person = (line: string) => {
			const m = /^(.*) <(.*)> (\d+) /.exec(line) ?? ["", "", "", "0"];
			return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d+Z$/, "Z") };
		};
		const tree = field("tree")[0];
		return {
			sha,
			node_id: "C_1",
			url: `${api}/git/commits/${sha}`,
			html_url: `${web}/commit/${sha}`,
			author: person(field("author")[0]),
			committer: person(field("committer")[0]),
			message: message.join("\n\n"),
			tree: { sha: tree, url: `${api}/git/trees/${tree}` },
			parents: field("parent").map((p) => ({ sha: p, url: `${api}/git/commits/${p}`, html_url: `${web}/commit/${p}` })),
			verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
		};
	}
}
