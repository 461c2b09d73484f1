import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fetchVideoDetails } from "../../core/video/oembed";
import { recogniseVideo } from "../../core/video/video-link";
import { planVideoNote, vaultSpeakers, withTalk } from "../../core/video/video-note";
import { parseArgs, required, single } from "../args";
import type { CliCommand } from "../commands";
import { loadVault, nodeYaml } from "../disk-vault";
import { nodeGet } from "../http";
import { EXIT, UsageError } from "../io";
import { cliTranslator } from "../language";
import { indexDiskVault } from "../vault-index";

/**
 * `new-video --vault DIR --url URL [--speaker TEXT ...] [--question PATH ...]
 * [--title TEXT] [--event TEXT] [--offline] [--json]`: a video note from a
 * link, attached to questions. The host's oEmbed endpoint gives the title
 * unless `--offline`; without an answer the note is made from the address alone.
 */
export const newVideo: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault", "url", "title", "event"], multi: ["speaker", "question"], flags: ["json", "offline"] });
	const vault = loadVault(required(args, "vault"));
	const address = required(args, "url");
	const video = recogniseVideo(address);
	if (!video) throw new UsageError(`not a YouTube, Vimeo, Dailymotion or PeerTube video address: ${address}`);
	const index = indexDiskVault(vault);
	const questions = (args.options.get("question") ?? []).map((name) => {
		const path = index.findNote(name);
		if (!path || index.get(path)?.kind !== "question") throw new UsageError(`not a question note: ${name}`);
		return path;
	});
	const details = args.flags.has("offline") ? "skipped" : await fetchVideoDetails(video, nodeGet());
	if (typeof details === "string" && details !== "skipped") io.stderr(`new-video: ${cliTranslator(vault.settings)("cli.video.no-details", { host: new URL(video.oembed).host, reason: details })}\n`);
	const known = vaultSpeakers(index, (path) => vault.readText(path));
	const lower = new Map([...known].map(([name, line]) => [name.toLowerCase(), line]));
	const speakers = (args.options.get("speaker") ?? []).map((s) => lower.get(s.trim().toLowerCase()) ?? s.trim());
	const event = single(args, "event") ?? "";
	const title = single(args, "title") ?? (typeof details === "object" ? details.title : null) ?? "";
	const plan = planVideoNote({ video, title, speakers }, vault.settings, vault.notes, nodeYaml);
	if (plan.status === "invalid") throw new UsageError("the title holds only characters a file name cannot hold");
	if (plan.status === "exists") {
		io.stdout(args.flags.has("json") ? JSON.stringify({ created: false, path: plan.path }) + "\n" : `${plan.path}\n`);
		io.stderr(`new-video: a note of that name exists already: ${plan.path} (nothing written)\n`);
		return EXIT.exists;
	}
	const file = join(vault.root, plan.path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, plan.content, { encoding: "utf8", flag: "wx" });
	const attached: string[] = [];
	for (const question of questions) {
		const text = withTalk(vault.readText(question), plan.name, speakers, event);
		if (text === null) continue;
		vault.writeText(question, text);
		attached.push(question);
	}
	const found = typeof details === "object" ? details : null;
	const result = { created: true, path: plan.path, title: plan.name, host: video.host, id: video.id, details: found ? "ok" : details, channel: found?.channel ?? null, thumbnail: found?.thumbnail ?? null, questions: attached };
	io.stdout(args.flags.has("json") ? JSON.stringify(result) + "\n" : `${plan.path}\n${attached.map((q) => `  + ${q}\n`).join("")}`);
	return EXIT.ok;
};
