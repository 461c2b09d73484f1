import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { nodeGet } from "../../../src/cli/http";
import { fetchVideoDetails } from "../../../src/core/video/oembed";
import { recogniseVideo } from "../../../src/core/video/video-link";

/** A loopback "PeerTube instance" whose oEmbed endpoint answers by video id. */
const ANSWERS: Record<string, (res: import("node:http").ServerResponse) => void> = {
	"good-video-1": (res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ type: "video", title: "  Un temps pour la rematérialisation ", author_name: "Forum des musées", thumbnail_url: "https://tube.example.fr/thumb.jpg" })),
	"html-instead": (res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Tube</title><p>Welcome"),
	"json-not-oembed": (res) => res.writeHead(200, { "content-type": "application/json" }).end('{"error": "nothing here"}'),
	"private-video": (res) => res.writeHead(403).end('{"error":"private"}'),
	"missing-video": (res) => res.writeHead(404).end("Not found"),
	"server-broken": (res) => res.writeHead(500).end("oops"),
	"never-answers": () => undefined,
	"cut-midway": (res) => res.socket?.destroy(),
};

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		requests.push(req.url ?? "");
		const asked = new URL(req.url ?? "", "http://x").searchParams.get("url") ?? "";
		(ANSWERS[asked.split("/w/")[1]] ?? ((r) => r.writeHead(404).end()))(res);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

const video = (id: string) => recogniseVideo(`${base}/w/${id}`)!;

describe("oEmbed details (answered by a loopback server)", () => {
	it("reads the title, channel and thumbnail, trimmed", async () => {
		expect(await fetchVideoDetails(video("good-video-1"), nodeGet(2000))).toEqual({ title: "Un temps pour la rematérialisation", channel: "Forum des musées", thumbnail: "https://tube.example.fr/thumb.jpg" });
		expect(requests.at(-1)).toBe(`/services/oembed?format=json&url=${encodeURIComponent(`${base}/w/good-video-1`)}`);
	});

	it.each([
		["html-instead", "invalid"],
		["json-not-oembed", "invalid"],
		["private-video", "refused"],
		["missing-video", "refused"],
		["server-broken", "refused"],
		["never-answers", "offline"],
		["cut-midway", "offline"],
	])("%s → %s, never an exception", async (id, expected) => {
		expect(await fetchVideoDetails(video(id), nodeGet(300))).toBe(expected);
	});

	it("a host that refuses connections is offline", async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		expect(await fetchVideoDetails(recogniseVideo(`http://127.0.0.1:${port}/w/good-video-1`)!, nodeGet(2000))).toBe("offline");
	});

	it("an injected HTTP that throws or answers garbage is handled the same way", async () => {
		const yt = recogniseVideo("https://youtu.be/dQw4w9WgXcQ")!;
		expect(await fetchVideoDetails(yt, () => Promise.reject(new Error("net::ERR_INTERNET_DISCONNECTED")))).toBe("offline");
		expect(await fetchVideoDetails(yt, async () => ({ status: 200, text: "null" }))).toBe("invalid");
		expect(await fetchVideoDetails(yt, async () => ({ status: 401, text: "Unauthorized" }))).toBe("refused");
	});
});
