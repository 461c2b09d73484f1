/** A recorded talk's address, as the video note and the oEmbed request need it. */
export interface VideoLink {
	host: "YouTube" | "Vimeo" | "Dailymotion" | "PeerTube";
	/** The video id (YouTube: 11 characters; a playlist alone: its list id). */
	id: string;
	/** The address of the video's page, without tracking parameters. */
	url: string;
	/** The player to embed: `youtube-nocookie.com` for YouTube, with the start time and playlist kept. */
	embed: string;
	/** The host's oEmbed endpoint for this video. */
	oembed: string;
}

/** `90`, `90s`, `1m30s`, `1h2m3s`, `01:30` → seconds; 0 when absent or unreadable. */
export function seconds(value: string | null | undefined): number {
	const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value ?? "") ?? /^()(?:(\d+):)?(\d+)$/.exec(value ?? "");
	return parts ? Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0) : 0;
}

const query = (params: [string, string | number | null | undefined][]) => {
	const kept = params.filter(([, v]) => v);
	return kept.length ? "?" + kept.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join("&") : "";
};

/**
 * Recognises a video address in every common form: YouTube (`youtu.be/ID`,
 * `watch?v=`, `shorts/`, `embed/`, `live/`, timestamps, playlists), Vimeo
 * (`vimeo.com/ID`, private `ID/HASH` or `?h=`, channels, groups, showcases,
 * the player), Dailymotion (`/video/`, `dai.ly`, the embed and geo players)
 * and PeerTube instances (`/w/ID`, `/videos/watch/ID`, `/videos/embed/ID`).
 * Null for anything else.
 */
export function recogniseVideo(address: string): VideoLink | null {
	let u: URL;
	try {
		u = new URL(address.trim());
	} catch {
		return null;
	}
	if (!/^https?:$/.test(u.protocol)) return null;
	const host = u.hostname.toLowerCase().replace(/^(?:www|m|music|geo)\./, "");
	const path = u.pathname;
	const q = u.searchParams;
	const start = seconds(q.get("t") ?? q.get("start") ?? new URLSearchParams(u.hash.slice(1)).get("t"));
	// One shape for every host: the page's address names the video to the host's oEmbed endpoint.
	const link = (kind: VideoLink["host"], id: string, url: string, embed: string, endpoint: string): VideoLink => ({ host: kind, id, url, embed, oembed: `${endpoint}?format=json&url=${encodeURIComponent(url)}` });

	if (host === "youtube.com" || host === "youtube-nocookie.com" || host === "youtu.be") {
		const id = (host === "youtu.be" ? /^\/([\w-]{11})/.exec(path)?.[1] : q.get("v") ?? /^\/(?:shorts|embed|live|v)\/([\w-]{11})/.exec(path)?.[1]) ?? "";
		const list = q.get("list");
		if (!/^[\w-]{11}$/.test(id) && !(list && path === "/playlist")) return null;
		const url = id ? `https://www.youtube.com/watch${query([["v", id], ["list", list]])}` : `https://www.youtube.com/playlist?list=${list}`;
		return link("YouTube", id || list!, url, `https://www.youtube-nocookie.com/embed/${id || "videoseries"}${query([["list", list], ["start", start]])}`, "https://www.youtube.com/oembed");
	}
	if (host === "vimeo.com" || host === "player.vimeo.com") {
		const m = /\/(\d+)(?:\/([\da-f]{6,}))?\/?$/.exec(path);
		if (!m) return null;
		const hash = m[2] ?? q.get("h");
		return link("Vimeo", m[1], `https://vimeo.com/${m[1]}${hash ? `/${hash}` : ""}`, `https://player.vimeo.com/video/${m[1]}${query([["h", hash]])}${start ? `#t=${start}s` : ""}`, "https://vimeo.com/api/oembed.json");
	}
	if (host === "dailymotion.com" || host === "dai.ly") {
		const id = (host === "dai.ly" ? /^\/(\w+)/.exec(path)?.[1] : q.get("video") ?? /\/video\/([a-z0-9]+)/i.exec(path)?.[1]) ?? "";
		if (!id) return null;
		return link("Dailymotion", id, `https://www.dailymotion.com/video/${id}`, `https://www.dailymotion.com/embed/video/${id}${query([["start", start]])}`, "https://www.dailymotion.com/services/oembed");
	}
	const peertube = /^\/(?:w|videos\/watch|videos\/embed)\/([\w-]{10,})\/?$/.exec(path);
	if (!peertube) return null;
	return link("PeerTube", peertube[1], `${u.origin}/w/${peertube[1]}`, `${u.origin}/videos/embed/${peertube[1]}${query([["start", start]])}`, `${u.origin}/services/oembed`);
}
