import { MANIFEST_PATH, parseManifest, SiteManifest } from "../../core/publish/manifest";
import { PublishPlan } from "../../core/publish/plan";
import { ApplyResult, Destination, PublishProgress } from "../destination";
import type { StarterFile } from "../starter/index";
import { ELEVENTY_CONFIG_NAMES } from "../starter/config-names";
import { GitHubClient, GitHubError } from "./client";
import { fromBase64, gitBlobSha, toBase64 } from "./git-sha";
import { WORKFLOW_PATH } from "./pages-workflow";

export interface GitHubTarget {
	/** The branch to publish to; the repository's default branch when empty. */
	branch?: string;
	/** The site's folder in the repository, "" for its root. */
	pathInRepo?: string;
	/**
	 * The starter site (paths relative to the site folder) and the Pages
	 * workflow: added, in the publish's commit, when the folder holds no
	 * Eleventy project yet; a file already there is never replaced.
	 */
	starter?: { files: () => Promise<StarterFile[]>; workflow: (branch: string) => Promise<string> };
}

export interface GitHubApplyResult extends ApplyResult {
	/** The new commit, or null when the repository already held exactly this site. */
	commit: string | null;
	commitUrl: string | null;
}

interface TreeEntry {
	path: string;
	mode: string;
	type: string;
	sha: string;
}

/** The branch head: its commit, its tree, and every file of the tree by repository path. */
interface Head {
	branch: string;
	commit: string | null;
	tree: string | null;
	files: Map<string, { sha: string; mode: string }>;
}

/** Branch moves survived (another push during ours): the commit is rebuilt on the new head. */
const REF_RETRIES = 3;
/** Requests in flight at once, as GitHub asks of integrations. */
const IN_FLIGHT = 4;
const SUMMARY_LINES = 40;

/**
 * A GitHub repository as a destination, through the git data API: the plan
 * becomes one tree on the branch head's tree (only blobs that differ are
 * uploaded, their SHA computed here), one commit, and one fast-forward of
 * the branch. Until the branch moves nothing is visible, so a failed or
 * interrupted publish changes nothing. Only the manifest's files and the
 * starter site (when missing) are ever written; every other file of the
 * repository is kept as it is.
 */
export class GitHubDestination implements Destination {
	#head: Head | null = null;
	readonly #prefix: string;
	readonly #target: GitHubTarget;

	constructor(
		readonly client: GitHubClient,
		target: GitHubTarget = {},
	) {
		this.#target = target;
		const folder = (target.pathInRepo ?? "").replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
		if (folder.split("/").some((part) => part === "." || part === "..")) throw new GitHubError("not-found", `not a folder of the repository: ${folder}`);
		this.#prefix = folder ? `${folder}/` : "";
	}

	/** Every request of this destination, through its client. */
	#request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
		return this.client.request<T>(method, path, body);
	}

	async readManifest(): Promise<SiteManifest | null> {
		const text = await this.readText(MANIFEST_PATH);
		if (text === null) return null;
		// What the repository holds decides: a page someone deleted there is "new" again.
		const files = (await this.#readHead()).files;
		const manifest = parseManifest(text);
		const here = (entry: { path: string }) => files.has(this.#prefix + entry.path);
		return { ...manifest, notes: manifest.notes.filter(here), attachments: manifest.attachments.filter(here), redirects: manifest.redirects.filter(here) };
	}

	async readText(path: string): Promise<string | null> {
		const file = (await this.#readHead()).files.get(this.#prefix + path);
		if (!file) return null;
		const { data } = await this.#request<{ content: string }>("GET", `/git/blobs/${file.sha}`);
		return new TextDecoder().decode(fromBase64(data.content));
	}

	/** The branch this destination publishes to (the repository's default when none was set). */
	async branch(): Promise<string> {
		return this.#target.branch || (await this.#request<{ default_branch: string }>("GET", "")).data.default_branch;
	}

	/** Writes a plan; only its files and deletions matter here (the starter site is added when missing). */
	async apply(plan: Pick<PublishPlan, "writes" | "deletes">, progress?: PublishProgress, signal?: AbortSignal): Promise<GitHubApplyResult> {
		for (const path of [...plan.writes.map((w) => w.path), ...plan.deletes]) if (/^\/|(^|\/)\.{0,2}(\/|$)/.test(path)) throw new Error(`refusing to write outside the site folder: ${path}`);
		// The manifest goes inside the tree request: one request fewer for every publish.
		const writes = await Promise.all(plan.writes.map((w) => blob(this.#prefix + w.path, w.content, w.kind === "manifest")));
		const uploaded = new Set<string>();
		for (let attempt = 0; ; attempt++) {
			let head = await this.#readHead();
			if (head.commit === null) {
				await this.#firstCommit(head.branch);
				head = await this.#readHead();
			}
			const changes = [...writes, ...(await this.#starterWrites(head))].filter((w) => head.files.get(w.path)?.sha !== w.sha);
			const deletes = plan.deletes.map((p) => this.#prefix + p).filter((p) => head.files.has(p));
			if (changes.length === 0 && deletes.length === 0) return nothingDone(false);
			const known = new Set([...head.files.values()].map((f) => f.sha));
			const missing = [...new Map(changes.filter((c) => !c.inline && !known.has(c.sha) && !uploaded.has(c.sha)).map((c) => [c.sha, c])).values()];
			const total = missing.length + 3;
			let done = 0;
			await inFlight(missing, IN_FLIGHT, async (change) => {
				if (signal?.aborted) return;
				await this.#request("POST", "/git/blobs", { content: toBase64(change.bytes), encoding: "base64" });
				uploaded.add(change.sha);
				progress?.(++done, total);
			});
			if (signal?.aborted) return nothingDone(true);
			const entries = [
				...changes.map((c) => ({ path: c.path, mode: head.files.get(c.path)?.mode ?? "100644", type: "blob", ...(c.inline === undefined ? { sha: c.sha } : { content: c.inline }) })),
				...deletes.map((path) => ({ path, mode: "100644", type: "blob", sha: null })),
			];
			const tree = (await this.#request<{ sha: string }>("POST", "/git/trees", { base_tree: head.tree, tree: entries })).data.sha;
			progress?.(++done, total);
			const message = commitMessage(changes.map((c) => c.path), deletes, head.files);
			const commit = (await this.#request<{ sha: string; html_url: string }>("POST", "/git/commits", { message, tree, parents: [head.commit] })).data;
			progress?.(++done, total);
			if (signal?.aborted) return nothingDone(true);
			// The point of no return: one fast-forward (never forced) makes the whole publish visible at once.
			this.#head = null;
			try {
				await this.#request("PATCH", `/git/refs/heads/${encodeRef(head.branch)}`, { sha: commit.sha, force: false });
			} catch (error) {
				if (!(error instanceof GitHubError && error.problem === "conflict")) throw error;
				// Someone pushed meanwhile, or our own update went through before a dropped answer.
				const now = await this.#readHead();
				if (now.commit !== commit.sha) {
					if (attempt >= REF_RETRIES) throw new GitHubError("conflict", `the branch ${head.branch} kept moving during the publish; nothing was changed. Publish again`, error.status);
					continue;
				}
			}
			progress?.(total, total);
			const site = (paths: string[]) => paths.map((p) => p.slice(this.#prefix.length));
			return { cancelled: false, written: site(changes.map((c) => c.path)), deleted: site(deletes), commit: commit.sha, commitUrl: commit.html_url };
		}
	}

	/** The starter site and workflow, when the site folder holds no Eleventy project; existing files are kept. */
	async #starterWrites(head: Head): Promise<Blob[]> {
		const starter = this.#target.starter;
		if (!starter || ELEVENTY_CONFIG_NAMES.some((name) => head.files.has(this.#prefix + name))) return [];
		const files = [...(await starter.files()).map((f) => ({ path: this.#prefix + f.path, content: f.content })), { path: WORKFLOW_PATH, content: await starter.workflow(head.branch) }];
		return Promise.all(files.filter((f) => !head.files.has(f.path)).map((f) => blob(f.path, f.content)));
	}

	/** An empty repository ("Test connection" offers it): the first commit, then the starter site and the workflow. */
	initialise(): Promise<GitHubApplyResult> {
		return this.apply({ writes: [], deletes: [] });
	}

	/** An empty repository has no git database yet: its first commit goes through the contents API. */
	async #firstCommit(name: string): Promise<void> {
		const readme = (await this.#target.starter?.files())?.find((f) => f.path === "README.md")?.content ?? `# ${this.client.repo}\n`;
		await this.#request("PUT", `/contents/${encodePath(this.#prefix + "README.md")}`, { message: "Start the museum site", content: toBase64(new TextEncoder().encode(readme)), branch: name });
		this.#head = null;
	}

	async #readHead(): Promise<Head> {
		if (this.#head) return this.#head;
		const branch = await this.branch();
		const files = new Map<string, { sha: string; mode: string }>();
		let ref: { object: { sha: string } };
		try {
			ref = (await this.#request<typeof ref>("GET", `/git/ref/heads/${encodeRef(branch)}`)).data;
		} catch (error) {
			if (error instanceof GitHubError && error.problem === "empty") return (this.#head = { branch, commit: null, tree: null, files });
			if (error instanceof GitHubError && error.problem === "not-found") throw new GitHubError("branch-missing", `the branch ${branch} does not exist in ${this.client.owner}/${this.client.repo}`, 404);
			throw error;
		}
		const commit = ref.object.sha;
		// A commit is a tree-ish: one request gives the head's whole tree.
		const { data } = await this.#request<{ sha: string; truncated: boolean; tree: TreeEntry[] }>("GET", `/git/trees/${commit}?recursive=1`);
		if (!data.truncated) {
			for (const e of data.tree) if (e.type === "blob") files.set(e.path, e);
		} else await this.#walk(data.sha, "", files);
		return (this.#head = { branch, commit, tree: data.sha, files });
	}

	/** A tree too big for one answer: read folder by folder, only those that lead to the site or the workflow. */
	async #walk(tree: string, base: string, files: Head["files"]): Promise<void> {
		const wanted = (dir: string) => [this.#prefix, ".github/workflows/"].some((p) => p.startsWith(dir) || dir.startsWith(p));
		const { data } = await this.#request<{ tree: TreeEntry[] }>("GET", `/git/trees/${tree}`);
		const folders: TreeEntry[] = [];
		for (const e of data.tree) {
			const path = base + e.path;
			if (e.type === "blob") files.set(path, e);
			else if (e.type === "tree" && wanted(`${path}/`)) folders.push({ ...e, path: `${path}/` });
		}
		await inFlight(folders, IN_FLIGHT, (e) => this.#walk(e.sha, e.path, files));
	}
}

/** A publish that wrote nothing: cancelled, or the repository held exactly this site already. */
function nothingDone(cancelled: boolean): GitHubApplyResult {
	return { cancelled, written: [], deleted: [], commit: null, commitUrl: null };
}

interface Blob {
	path: string;
	bytes: Uint8Array;
	sha: string;
	/** Text sent inside the tree request instead of as a blob. */
	inline?: string;
}

async function blob(path: string, content: string | Uint8Array, inline = false): Promise<Blob> {
	const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
	return { path, bytes, sha: await gitBlobSha(bytes), inline: inline ? (content as string) : undefined };
}

/** "Publish: 3 added, 1 changed, 2 deleted", then one line per file (the first few). */
function commitMessage(changed: string[], deleted: string[], before: Head["files"]): string {
	const added = changed.filter((p) => !before.has(p));
	const lines = [...added.map((p) => `+ ${p}`), ...changed.filter((p) => before.has(p)).map((p) => `~ ${p}`), ...deleted.map((p) => `- ${p}`)];
	const more = lines.length > SUMMARY_LINES ? [`… ${lines.length - SUMMARY_LINES} more`] : [];
	return `Publish: ${added.length} added, ${changed.length - added.length} changed, ${deleted.length} deleted\n\n${[...lines.slice(0, SUMMARY_LINES), ...more].join("\n")}\n`;
}

function encodeRef(branch: string): string {
	return branch.split("/").map(encodeURIComponent).join("/");
}

const encodePath = encodeRef;

/** Runs `task` over `items`, at most `limit` at a time; the first failure rejects once the running ones settle. */
export async function inFlight<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (!failed && next < items.length) await task(items[next++]).catch((error: unknown) => {
			failed = true;
			throw error;
		});
	};
	const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
	const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
	if (rejected) throw rejected.reason;
}
