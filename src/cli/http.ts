import { HttpGet } from "../core/video/oembed";

/** The command line's HTTP: `fetch`, given up after `timeoutMs` (then the caller works offline). */
export function nodeGet(timeoutMs = 8000): HttpGet {
	return async (url) => {
		const response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
		return { status: response.status, text: await response.text() };
	};
}
