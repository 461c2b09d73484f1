/** A tiny static server for a built `_site`, on 127.0.0.1 and an ephemeral port, with the site's path prefix. */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { normalizePathPrefix } from "../../src/destinations/starter-site";

export interface StaticServer {
	/** The site's address with its prefix, ending in "/": `http://127.0.0.1:PORT/musee/`. */
	url: string;
	port: number;
	/** The address of a page named by its root-absolute path without the prefix ("/Notes/X/"), encoded as needed. */
	urlOf(pagePath: string): string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
	".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
	".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif",
	".ico": "image/x-icon", ".pdf": "application/pdf", ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
	".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8",
};

export function serveStatic(root: string, options: { pathPrefix?: string } = {}): Promise<StaticServer> {
	const prefix = normalizePathPrefix(options.pathPrefix ?? "/");
	const rootDir = path.resolve(root);
	const server = http.createServer((request, response) => {
		const send = (status: number, body: string, headers: Record<string, string> = {}) => {
			response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
			response.end(request.method === "HEAD" ? undefined : body);
		};
		if (request.method !== "GET" && request.method !== "HEAD") return send(405, "method not allowed");
		const rawPath = (request.url ?? "/").split(/[?#]/)[0];
		if (!(rawPath + "/").startsWith(prefix)) return send(404, "outside the path prefix");
		let decoded: string;
		try {
			decoded = decodeURIComponent("/" + rawPath.slice(prefix.length));
		} catch {
			return send(400, "bad encoding");
		}
		let file = path.resolve(rootDir, "." + decoded);
		if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(403, "forbidden");
		let stat = fs.existsSync(file) ? fs.statSync(file) : null;
		if (stat?.isDirectory()) {
			if (!rawPath.endsWith("/")) return send(301, "moved", { location: rawPath + "/" });
			file = path.join(file, "index.html");
			stat = fs.existsSync(file) ? fs.statSync(file) : null;
		}
		if (!stat || !stat.isFile()) return send(404, "not found");
		response.writeHead(200, {
			"content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
			"content-length": String(stat.size),
		});
		if (request.method === "HEAD") return response.end();
		fs.createReadStream(file).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const port = (server.address() as AddressInfo).port;
			const origin = `http://127.0.0.1:${port}`;
			resolve({
				url: origin + prefix,
				port,
				urlOf: (pagePath) => {
					const encoded = pagePath.split("/").map((segment) => {
						let plain = segment;
						try {
							plain = decodeURIComponent(segment);
						} catch {
							/* keep */
						}
						return encodeURIComponent(plain);
					}).join("/");
					return origin + prefix.slice(0, -1) + (encoded.startsWith("/") ? encoded : "/" + encoded);
				},
				close: () => new Promise<void>((done) => {
					server.closeAllConnections();
					server.close(() => done());
				}),
			});
		});
	});
}
