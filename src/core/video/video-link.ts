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
	const text = value ?? "";
	const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(text) ?? /^()(?:(\d+):)?(\d+)$/.exec(text);
	// Hours, minutes, seconds: each unit is 60 of the next.
	return parts ? parts.slice(1).reduce((total, part) => total * 60 + Number(part ?? 0), 0) : 0;
}

/** `?list=…&start=…` of the parameters that have a value, in their order; "" when none has. */
const query = (params: Record<string, string | number | null>) =>
	Object.entries(params)
		.filter(([, v]) => v)
		.map(([k, v], i) => `${i ? "&" : "?"}${k}=${encodeURIComponent(v!)}`)
		.join("");

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
	// The URL parser lowercases the host name of http(s) addresses already.
	const host = u.hostname.replace(/^(?:www|m|music|geo)\./, "");
	const { pathname: path, searchParams: q, origin } = u;
	const start = seconds(q.get("t") ?? q.get("start") ?? new URLSearchParams(u.hash.slice(1)).get("t"));
	// One shape for every host: the page's address (on `site`) names the video to the host's oEmbed endpoint (on `site` too).
	const link = (kind: VideoLink["host"], id: string, site: string, page: string, embed: string, endpoint: string): VideoLink => ({
		host: kind,
		id,
		url: site + page,
		embed,
		oembed: `${site}${endpoint}?format=json&url=${encodeURIComponent(site + page)}`,
	});

	if (/^(?:youtube(?:-nocookie)?\.com|youtu\.be)$/.test(host)) {
		const id = (host === "youtu.be" ? /^\/([\w-]{11})/.exec(path)?.[1] : q.get("v") ?? /^\/(?:shorts|embed|live|v)\/([\w-]{11})/.exec(path)?.[1]) ?? "";
		const list = q.get("list");
		if (!/^[\w-]{11}$/.test(id) && !(list && path === "/playlist")) return null;
		return link("YouTube", id || list!, "https://www.youtube.com", id ? `/watch${query({ v: id, list })}` : `/playlist?list=${list}`, `https://www.youtube-nocookie.com/embed/${id || "videoseries"}${query({ list, start })}`, "/oembed");
	}
	if (/^(?:player\.)?vimeo\.com$/.test(host)) {
		const m = /\/(\d+)(?:\/([\da-f]{6,}))?\/?$/.exec(path);
		if (!m) return null;
		const hash = m[2] ?? q.get("h");
		return link("Vimeo", m[1], "https://vimeo.com", `/${m[1]}${hash ? `/${hash}` : ""}`, `https://player.vimeo.com/video/${m[1]}${query({ h: hash })}${start ? `#t=${start}s` : ""}`, "/api/oembed.json");
	}
	// Dailymotion and PeerTube: the same oEmbed path and start parameter, on their own site.
	const dailymotion = /^(?:dailymotion\.com|dai\.ly)$/.test(host);
	const id = dailymotion
		? (host === "dai.ly" ? /^\/(\w+)/.exec(path)?.[1] : q.get("video") ?? /\/video\/([a-z0-9]+)/i.exec(path)?.[1])
		: /^\/(?:w|videos\/watch|videos\/embed)\/([\w-]{10,})\/?$/.exec(path)?.[1];
	if (!id) return null;
	const site = dailymotion ? "https://www.dailymotion.com" : origin;
	const [page, embed] = dailymotion ? ["/video/", "/embed/video/"] : ["/w/", "/videos/embed/"];
	return link(dailymotion ? "Dailymotion" : "PeerTube", id, site, page + id, `${site}${embed}${id}${query({ start })}`, "/services/oembed");
}
