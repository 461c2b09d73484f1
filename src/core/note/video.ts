/** Hosts whose pages are recorded talks. The publisher's iframe allow-list starts from the same list. */
export const VIDEO_HOSTS = ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "youtube-nocookie.com", "www.youtube-nocookie.com", "vimeo.com", "player.vimeo.com", "dailymotion.com", "www.dailymotion.com", "dai.ly"];

export function isVideoUrl(url: string): boolean {
	try {
		const parsed = new URL(url);
		return VIDEO_HOSTS.includes(parsed.hostname.toLowerCase());
	} catch {
		return false;
	}
}

/** Video URLs in a line: `<iframe src=...>`, `![](...)`, `[..](...)`, or a bare URL. */
export function videoUrlsIn(line: string): string[] {
	const urls: string[] = [];
	for (const match of line.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)) {
		if (isVideoUrl(match[0]) && !urls.includes(match[0])) urls.push(match[0]);
	}
	return urls;
}
