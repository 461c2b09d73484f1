import { Http, HttpResponse } from "./http";

/** What went wrong, for a message the user can act on (see the `github.error.*` strings). */
export type GitHubProblem = "no-token" | "bad-token" | "no-access" | "read-only" | "not-found" | "branch-missing" | "empty" | "rate-limited" | "conflict" | "network" | "http";

/** A GitHub failure. Its message never holds the token: only statuses, paths and GitHub's own message. */
export class GitHubError extends Error {
	constructor(
		readonly problem: GitHubProblem,
		message: string,
		readonly status = 0,
		/** For "rate-limited": when GitHub accepts requests again. */
		readonly until: Date | null = null,
	) {
		super(message);
	}
}

export interface GitHubClientOptions {
	http: Http;
	/** Read when a request is made, never stored elsewhere. */
	token: string;
	/** `OWNER/REPO`. */
	repository: string;
	/** https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
	apiUrl?: string;
	/** Test seam: the backoff's wait. */
	sleep?: (ms: number) => Promise<void>;
}

export const GITHUB_API = "https://api.github.com";
/** Retries of a request that failed with 5xx, 429, a secondary rate limit or a dropped connection. */
const RETRIES = 4;
/** Longest wait for a rate limit before giving up with "rate limited until". */
const MAX_WAIT_MS = 60_000;

/**
 * GitHub's REST API for one repository: JSON in, JSON out, with the retries
 * GitHub asks clients to make (its "best practices"): 5xx, 429 and secondary
 * rate limits back off, honouring `Retry-After` and `x-ratelimit-reset`. It
 * never calls `/rate_limit` (Enterprise servers may not have it).
 */
export class GitHubClient {
	readonly owner: string;
	readonly repo: string;
	readonly apiUrl: string;

	constructor(private readonly options: GitHubClientOptions) {
		const [owner, repo, extra] = options.repository.trim().split("/");
		if (!owner || !repo || extra !== undefined) throw new GitHubError("not-found", `"${options.repository}" is not OWNER/REPO`);
		this.owner = owner;
		this.repo = repo.replace(/\.git$/, "");
		this.apiUrl = (options.apiUrl?.trim() || GITHUB_API).replace(/\/+$/, "");
	}

	/** METHOD `/repos/OWNER/REPO` + `path`; statuses in `accept` resolve instead of throwing. */
	async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, accept: number[] = []): Promise<{ status: number; data: T }> {
		const { token, http, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = this.options;
		if (!token) throw new GitHubError("no-token", "no GitHub token is set");
		const url = `${this.apiUrl}/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
		const headers: Record<string, string> = { accept: "application/vnd.github+json", authorization: `Bearer ${token}`, "x-github-api-version": "2022-11-28" };
		if (body !== undefined) headers["content-type"] = "application/json";
		const what = `${method} ${path || "/"}`;
		for (let attempt = 0; ; attempt++) {
			// No answer (connection dropped, offline) is retried like a 5xx: every request here is safe to repeat.
			const response = await http({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) }).catch(() => null);
			const wait = response ? retryDelay(response, attempt) : 1000 * 2 ** attempt;
			if (wait !== null && attempt < RETRIES) {
				await sleep(wait);
				continue;
			}
			if (!response) throw new GitHubError("network", `GitHub did not answer ${what}`);
			const data = parse(response.text) as T;
			if (response.status < 300 || accept.includes(response.status)) return { status: response.status, data };
			throw failure(what, response, data);
		}
	}
}

/** Milliseconds to wait before retrying, or null when the answer is final. */
function retryDelay({ status, headers, text }: HttpResponse, attempt: number): number | null {
	const limited = status === 429 || (status === 403 && (headers["retry-after"] !== undefined || headers["x-ratelimit-remaining"] === "0" || /secondary rate limit|abuse/i.test(text)));
	if (status < 500 && !limited) return null;
	// GitHub's advice: Retry-After first, then the reset time when no request is left, else a minute; 5xx back off.
	const until = headers["x-ratelimit-remaining"] === "0" ? resetTime(headers) : null;
	const wait = headers["retry-after"] !== undefined ? Number(headers["retry-after"]) * 1000 : until ? until - Date.now() : limited ? 60_000 : 1000 * 2 ** attempt;
	return wait <= MAX_WAIT_MS ? Math.max(0, wait) : null;
}

function failure(what: string, { status, headers }: HttpResponse, data: unknown): GitHubError {
	const message = (data as { message?: unknown } | null)?.message;
	const said = typeof message === "string" ? message : "";
	const text = `GitHub answered ${status} to ${what}${said && `: ${said}`}`;
	if (status === 429 || (status === 403 && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(said)))) {
		return new GitHubError("rate-limited", text, status, new Date(resetTime(headers) ?? Date.now() + (Number(headers["retry-after"]) || 60) * 1000));
	}
	const problem = status === 409 && /empty/i.test(said) ? "empty" : ({ 401: "bad-token", 403: "no-access", 404: "not-found", 409: "conflict", 422: "conflict" } as Record<number, GitHubProblem>)[status];
	return new GitHubError(problem ?? "http", text, status);
}

function resetTime(headers: Record<string, string>): number | null {
	const reset = Number(headers["x-ratelimit-reset"]);
	return reset > 0 ? reset * 1000 : null;
}

function parse(text: string): unknown {
	try {
		return text ? JSON.parse(text) : null;
	} catch {
		return null;
	}
}
