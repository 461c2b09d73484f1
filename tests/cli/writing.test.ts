import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommandLine as cli, snapshotTree } from "../helpers/cli";

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "museum-writing-"));
	cpSync("demo-vault", vault, { recursive: true });
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

const CHATEAU = "Notes/Le jumeau numérique du château.md";
const read = (path: string) => readFileSync(join(vault, path), "utf8");

describe("sync-appears-in (command line) on the demo vault", () => {
	it("--dry-run --json previews {changed: [{path, line, before, after}], unchanged} and writes nothing", async () => {
		const before = snapshotTree(vault);
		const result = await cli("sync-appears-in", "--vault", vault, "--dry-run", "--json");
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(JSON.parse(result.stdout)).toEqual({
			changed: [{ path: CHATEAU, line: 18, before: "Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]", after: "Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]" }],
			unchanged: 11,
		});
		expect(snapshotTree(vault)).toEqual(before);
	});

	it("rewrites that line only; a second run changes nothing; check then has no appears-in-stale", async () => {
		const text = read(CHATEAU);
		expect((await cli("check", "--vault", vault)).stdout).toContain(`${CHATEAU}:18: warning appears-in-stale: `);
		const result = await cli("sync-appears-in", "--vault", vault);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${CHATEAU}:18\n  - Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]\n  + Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]\n1 line(s) changed, 11 note(s) unchanged.\n`);
		expect(read(CHATEAU)).toBe(text.replace("Apparaît dans: [[Qu'est-ce qu'un jumeau numérique]]", "Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]"));
		const after = snapshotTree(vault);
		expect(JSON.parse((await cli("sync-appears-in", "--vault", vault, "--json")).stdout)).toEqual({ changed: [], unchanged: 12 });
		expect(snapshotTree(vault)).toEqual(after);
		expect((await cli("check", "--vault", vault)).stdout).not.toContain("appears-in-stale");
	});

	it('adds missing lines when the setting "Add missing lines" is on', async () => {
		const { writeFileSync, mkdirSync } = await import("node:fs");
		mkdirSync(join(vault, ".obsidian/plugins/museum-strategy-notes"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/museum-strategy-notes/data.json"), JSON.stringify({ addMissingAppearsIn: true }));
		const { changed } = JSON.parse((await cli("sync-appears-in", "--vault", vault, "--dry-run", "--json")).stdout);
		expect(changed.find((c: { path: string }) => c.path === "Notes/Guide de la stratégie numérique.md")).toEqual({
			path: "Notes/Guide de la stratégie numérique.md",
			line: expect.any(Number),
			before: "",
			after: "Apparaît dans: [[Qu'est-ce qu'une stratégie numérique]], [[Qu'est-ce qu'une stratégie numérique pour un musée]]",
		});
	});

	it("exits 2 on bad input", async () => {
		expect((await cli("sync-appears-in", "--vault", join(vault, "nowhere"))).code).toBe(2);
		expect((await cli("sync-appears-in")).code).toBe(2);
		expect((await cli("sync-appears-in", "--vault", vault, "--force")).code).toBe(2);
	});
});

describe("new-video (command line)", () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		server = createServer((req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ title: "Le musée en 2030", author_name: "Forum" })));
		await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	it("asks the host for the title, writes the video note and adds it to the questions' video section", async () => {
		const question = "Notes/Qu'est-ce qu'un jumeau numérique.md";
		const result = await cli("new-video", "--vault", vault, "--url", `${base}/w/kkGMgK9ZtnKfYAgnEtQxbv`, "--speaker", "claire martin", "--question", question, "--event", "J1", "--json");
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(JSON.parse(result.stdout)).toEqual({ created: true, path: "Notes/Le musée en 2030.md", title: "Le musée en 2030", host: "PeerTube", id: "kkGMgK9ZtnKfYAgnEtQxbv", details: "ok", channel: "Forum", thumbnail: null, questions: [question] });
		expect(read("Notes/Le musée en 2030.md")).toContain("## Le musée en 2030\n[Claire Martin](https://example.org/intervenants/claire-martin), cheffe de projet numérique, Musée des Exemples (CH)\n\n<iframe");
		expect(read(question)).toContain("Claire Martin: [[Le musée en 2030]]");
		// The same title again: never overwritten.
		const again = await cli("new-video", "--vault", vault, "--url", `${base}/w/kkGMgK9ZtnKfYAgnEtQxbv`);
		expect(again).toMatchObject({ code: 3, stdout: "Notes/Le musée en 2030.md\n" });
	});

	it("--offline makes the note from the address alone; an unreachable host says so and does the same", async () => {
		const offline = await cli("new-video", "--vault", vault, "--url", "https://youtu.be/dQw4w9WgXcQ", "--offline", "--title", "Ouverture du forum");
		expect(offline).toMatchObject({ code: 0, stdout: "Notes/Ouverture du forum.md\n", stderr: "" });
		expect(read("Notes/Ouverture du forum.md")).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
		const unreachable = await cli("new-video", "--vault", vault, "--url", "http://127.0.0.1:9/w/kkGMgK9ZtnKfYAgnEtQxbv", "--json");
		expect(JSON.parse(unreachable.stdout)).toMatchObject({ created: true, path: "Notes/Vidéo PeerTube kkGMgK9ZtnKfYAgnEtQxbv.md", details: "offline" });
		expect(unreachable.stderr).toMatch(/no details from 127\.0\.0\.1:9 \(offline\): the note is made from the address alone/);
	});

	it.each([
		[["--url", "https://example.org/page"], /not a YouTube, Vimeo, Dailymotion or PeerTube video address/],
		[["--url", "https://youtu.be/dQw4w9WgXcQ", "--offline", "--question", "Nulle part"], /not a question note: Nulle part/],
		[["--url", "https://youtu.be/dQw4w9WgXcQ", "--offline", "--question", "Notes/Agir.md"], /not a question note/],
		[["--offline"], /--url is required/],
	])("exits 2 on bad input %j, writing nothing", async (args, message) => {
		const before = snapshotTree(vault);
		const result = await cli("new-video", "--vault", vault, ...args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(snapshotTree(vault)).toEqual(before);
	});
});

describe("check: appears-in-stale and appears-in-uncited", () => {
	it("reports a stale line and an uncited one, in the vault's language", async () => {
		const { writeFileSync, mkdirSync } = await import("node:fs");
		writeFileSync(join(vault, "Notes/Seule.md"), "---\ntags: ressource\n---\n### Seule\nRésumé.\n\nApparaît dans: [[Comment numériser ses collections]]\n");
		const { problems } = JSON.parse((await cli("check", "--vault", vault, "--json")).stdout);
		expect(problems.filter((p: { code: string }) => p.code.startsWith("appears-in")).map((p: { path: string; line: number; code: string }) => [p.path, p.line, p.code])).toEqual([
			[CHATEAU, 18, "appears-in-stale"],
			["Notes/Seule.md", 7, "appears-in-uncited"],
		]);
		mkdirSync(join(vault, ".obsidian/plugins/museum-strategy-notes"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/museum-strategy-notes/data.json"), JSON.stringify({ language: "fr" }));
		const text = (await cli("check", "--vault", vault)).stdout;
		expect(text).toContain(`${CHATEAU}:18: warning appears-in-stale: La ligne « Apparaît dans » ne correspond pas aux questions qui citent cette note ; sync-appears-in écrit : Apparaît dans: [[Comment numériser ses collections]], [[Qu'est-ce qu'un jumeau numérique]]\n`);
		expect(text).toContain("Notes/Seule.md:7: warning appears-in-uncited: Plus aucune question ne cite cette note ; sa ligne « Apparaît dans » est gardée telle quelle.\n");
	});
});
