import { GITHUB_API, GitHubClient, GitHubError } from "./client";

/** What "Test connection" found when nothing is wrong. */
export interface Connection {
	branch: string;
	/** No commit yet: offer to initialise it. */
	empty: boolean;
}

/**
 * Checks the token, the access to the repository and the branch, in that
 * order, so the first problem found is the one to fix. Throws a `GitHubError`
 * whose `problem` names it (no-token, bad-token, no-access, read-only,
 * branch-missing, rate-limited).
 */
export async function testConnection(client: GitHubClient, branch?: string): Promise<Connection> {
	let repo: { default_branch: string; permissions?: { push?: boolean } };
	try {
		repo = (await client.request<typeof repo>("GET", "")).data;
	} catch (error) {
		// GitHub answers 404, not 403, for a private repository the token cannot see.
		if (error instanceof GitHubError && error.problem === "not-found") throw new GitHubError("no-access", error.message, 404);
		throw error;
	}
	if (repo.permissions && repo.permissions.push === false) throw new GitHubError("read-only", `the token may read ${client.owner}/${client.repo} but not write to it`, 403);
	const name = branch || repo.default_branch;
	const { status } = await client.request("GET", `/git/ref/heads/${name.split("/").map(encodeURIComponent).join("/")}`, undefined, [404, 409]);
	if (status === 404) throw new GitHubError("branch-missing", `the branch ${name} does not exist`, 404);
	return { branch: name, empty: status === 409 };
}

/** The repository's page on the web (github.com or the Enterprise host). */
export function webUrl(client: GitHubClient, path = ""): string {
	const host = client.apiUrl === GITHUB_API ? "https://github.com" : client.apiUrl.replace(/\/api\/v3$/, "");
	return `${host}/${client.owner}/${client.repo}${path}`;
}

/**
 * Turns GitHub Pages on, built by the workflow, when the token may (it needs
 * "Pages: write" or admin rights). Returns the site's address, or throws a
 * "no-access" `GitHubError`: then the user changes the setting at `webUrl(client, "/settings/pages")`.
 */
export async function setUpPages(client: GitHubClient): Promise<string | null> {
	const body = { build_type: "workflow" };
	const created = await client.request<{ html_url?: string }>("POST", "/pages", body, [409]);
	if (created.status === 409) await client.request("PUT", "/pages", body);
	return created.data?.html_url ?? (await siteUrl(client));
}

/** The Pages site's address, or null when Pages is off or the token may not read it. */
export async function siteUrl(client: GitHubClient): Promise<string | null> {
	const { status, data } = await client.request<{ html_url?: string }>("GET", "/pages", undefined, [403, 404]);
	return status === 200 ? (data?.html_url ?? null) : null;
}

/**
 * Where the site will be: on github.com, OWNER.github.io + the prefix (GitHub
 * redirects it to a custom domain), without a request; on an Enterprise
 * server, what its Pages settings say.
 */
export async function siteAddress(client: GitHubClient, pathPrefix: string): Promise<string | null> {
	return client.apiUrl === GITHUB_API ? `https://${client.owner.toLowerCase()}.github.io${pathPrefix}` : siteUrl(client).catch(() => null);
}

export interface WorkflowRun {
	status: string;
	conclusion: string | null;
	url: string;
}

/** The workflow run of a commit, when it has started and the token may read Actions ("Actions: read"). */
export async function workflowRun(client: GitHubClient, commit: string): Promise<WorkflowRun | null> {
	const { status, data } = await client.request<{ workflow_runs?: { status: string; conclusion: string | null; html_url: string }[] }>("GET", `/actions/runs?head_sha=${commit}&per_page=1`, undefined, [403, 404]);
	const run = status === 200 ? data?.workflow_runs?.[0] : undefined;
	return run ? { status: run.status, conclusion: run.conclusion, url: run.html_url } : null;
}
