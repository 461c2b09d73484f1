/**
 * The one HTTP function the GitHub destination needs, injected: `requestUrl`
 * in the plugin (desktop and mobile), `fetch` on the command line, a loopback
 * server in tests. Nothing here uses a Node API.
 */
export interface HttpRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: string;
}

export interface HttpResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string>;
	text: string;
}

/** Resolves for every status; rejects only when no answer came (network down, connection dropped). */
export type Http = (request: HttpRequest) => Promise<HttpResponse>;
