/**
 * The in-memory Obsidian's `requestUrl` answered by a real HTTP server (the
 * GitHub contract server), through Node's http client: the built plugin's
 * requests reach it as Obsidian would send them. Header names come back
 * capitalised, as some platforms give them, so the plugin must not rely on case.
 */
import * as http from "http";
import { RequestUrlParam, setRequestUrlHandler } from "../../obsidian";

export function routeRequestUrl(): void {
	setRequestUrlHandler(
		(req: RequestUrlParam) =>
			new Promise((resolve, reject) => {
				const request = http.request(req.url, { method: req.method ?? "GET", headers: req.headers }, (res) => {
					const chunks: Buffer[] = [];
					res.on("data", (chunk: Buffer) => chunks.push(chunk));
					res.on("end", () => {
						const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()), String(v)]));
						resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString("utf8") });
					});
				});
				request.on("error", reject);
				request.end(typeof req.body === "string" ? req.body : undefined);
			}),
	);
}
