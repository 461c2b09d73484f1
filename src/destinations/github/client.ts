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
	/** Retries of a request that failed with 5xx, 429, a secondary rate limit or a dropped connection. */
	retries?: number;
	/** Longest wait for a rate limit before giving up with "rate limited until"; milliseconds. */
	maxWaitMs?: number;
	sleep?: (ms: number) => Promise<void>;
	now?: () => number;
}

export const GITHUB_API = "https://api.github.com";

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
	/** Requests sent, retries included (the benchmark counts them). */
	requests = 0;
	private readonly options: Required<Omit<GitHubClientOptions, "apiUrl">>;

	constructor(options: GitHubClientOptions) {
		const [owner, repo, extra] = options.repository.trim().split("/");
		if (!owner || !repo || extra !== undefined) throw new GitHubError("not-found", `"${options.repository}" is not OWNER/REPO`);
		this.owner = owner;
		this.repo = repo.replace(/\.git$/, "");
		this.apiUrl = (options.apiUrl?.trim() || GITHUB_API).replace(/\/+$/, "");
		this.options = { retries: 4, maxWaitMs: 60_000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now(), ...options };
	}

	/** `/repos/OWNER/REPO` + `path`, or an absolute API path starting with "/" when `path` starts with "!". */
	async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, accept: number[] = []): Promise<{ status: number; data: T }> {
		if (!this.options.token) throw new GitHubError("no-token", "no GitHub token is set");
		const url = `${this.apiUrl}/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
		const headers: Record<string, string> = { accept: "application/vnd.github+json", authorization: `Bearer ${this.options.token}`, "x-github-api-version": "2022-11-28" };
		if (body !== undefined) headers["content-type"] = "application/json";
		for (let attempt = 0; ; attempt++) {
			let response: HttpResponse | null = null;
			this.requests++;
			try {
				response = await this.options.http({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) });
			} catch {
				// No answer (connection dropped, offline): retried like a 5xx; every request here is safe to repeat.
			}
			const wait = response ? this.retryDelay(response, attempt) : 1000 * 2 ** attempt;
			if (wait !== null && attempt < this.options.retries) {
				await this.options.sleep(wait);
				continue;
			}
			if (!response) throw new GitHubError("network", `GitHub did not answer ${method} ${path || "/"} (network)`);
			const data = parse(response.text) as T;
			if (response.status < 300 || accept.includes(response.status)) return { status: response.status, data };
			throw this.failure(method, path, response, data);
		}
	}

	/** Milliseconds to wait before retrying, or null when the answer is final. */
	private retryDelay(response: HttpResponse, attempt: number): number | null {
		const { status, headers } = response;
		const limited = status === 429 || (status === 403 && (headers["retry-after"] !== undefined || headers["x-ratelimit-remaining"] === "0" || /secondary rate limit|abuse/i.test(response.text)));
		if (status < 500 && !limited) return null;
		// GitHub's advice: Retry-After first, then the reset time when no request is left, else a minute; 5xx back off.
		const until = headers["x-ratelimit-remaining"] === "0" ? resetTime(headers) : null;
		const wait = headers["retry-after"] !== undefined ? Number(headers["retry-after"]) * 1000 : until ? until - this.options.now() : limited ? 60_000 : 1000 * 2 ** attempt;
		if (!(wait <= this.options.maxWaitMs)) return null;
		return Math.max(0, wait);
	}

	private failure(method: string, path: string, response: HttpResponse, data: unknown): GitHubError {
		const { status } = response;
		const said = (data as { message?: unknown } | null)?.message;
		const text = `GitHub answered ${status} to ${method} ${path || "/"}${typeof said === "string" ? `: ${said}` : ""}`;
		if (status === 401) return new GitHubError("bad-token", text, status);
		if (status === 429 || (status === 403 && (response.headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(String(said))))) {
			const reset = resetTime(response.headers);
			const retry = response.headers["retry-after"];
			return new GitHubError("rate-limited", text, status, new Date(reset ?? this.options.now() + (Number(retry) || 60) * 1000));
		}
		if (status === 409 && /empty/i.test(String(said))) return new GitHubError("empty", text, status);
		if (status === 403) return new GitHubError("no-access", text, status);
		if (status === 404) return new GitHubError("not-found", text, status);
		if (status === 409 || status === 422) return new GitHubError("conflict", text, status);
		return new GitHubError("http", text, status);
	}
}

function resetTime(headers: Record<string, string>): number | null {
	const reset = Number(headers["x-ratelimit-reset"]);
	return headers["x-ratelimit-reset"] !== undefined && reset > 0 ? reset * 1000 : null;
}

function parse(text: string): unknown {
	try {
		return text ? JSON.parse(text) : null;
	} catch {
		return null;
	}
}
