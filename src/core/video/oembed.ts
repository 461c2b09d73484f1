import { VideoLink } from "./video-link";

/** An HTTP GET, injected: the command line's is `fetch` (the plugin would pass `requestUrl`). Rejects when offline or too slow. */
export type HttpGet = (url: string) => Promise<{ status: number; text: string }>;

export interface VideoDetails {
	title: string | null;
	channel: string | null;
	thumbnail: string | null;
}

/** Why no details came: no answer (offline, timeout), a refusal (private, removed: 4xx/5xx), or an answer that is not oEmbed JSON. */
export type NoDetails = "offline" | "refused" | "invalid";

/** Asks the host's oEmbed endpoint for the title, channel and thumbnail. Never throws. */
export async function fetchVideoDetails(video: VideoLink, get: HttpGet): Promise<VideoDetails | NoDetails> {
	let answer;
	try {
		answer = await get(video.oembed);
	} catch {
		return "offline";
	}
	if (answer.status < 200 || answer.status > 299) return "refused";
	try {
		const json = JSON.parse(answer.text) as Record<string, unknown>;
		// A blank or non-text value counts as absent.
		const [title, channel, thumbnail] = ["title", "author_name", "thumbnail_url"].map((key) => {
			const value = json[key];
			return (typeof value === "string" && value.trim()) || null;
		});
		return title || channel ? { title, channel, thumbnail } : "invalid";
	} catch {
		return "invalid";
	}
}
