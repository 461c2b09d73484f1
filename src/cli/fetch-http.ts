import type { Http } from "../destinations/github/http";

/** `fetch` as an `Http` (the command line; Node 20 has it). */
export const fetchHttp: Http = async (request) => {
	const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
	return { status: response.status, headers, text: await response.text() };
};
