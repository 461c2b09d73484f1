import { recogniseVideo, seconds } from "../../../src/core/video/video-link";

const YT = "dQw4w9WgXcQ";
const nocookie = (query = "") => `https://www.youtube-nocookie.com/embed/${YT}${query}`;

describe("video links (pasted → host, id, embedded player)", () => {
	it.each([
		// YouTube, every common form: the embed is always the privacy-friendly youtube-nocookie.com.
		[`https://www.youtube.com/watch?v=${YT}`, "YouTube", YT, nocookie()],
		[`https://youtube.com/watch?v=${YT}&feature=share&si=abc`, "YouTube", YT, nocookie()],
		[`https://m.youtube.com/watch?v=${YT}`, "YouTube", YT, nocookie()],
		[`https://youtu.be/${YT}`, "YouTube", YT, nocookie()],
		[`https://youtu.be/${YT}?si=tracking`, "YouTube", YT, nocookie()],
		[`https://youtu.be/${YT}?t=90`, "YouTube", YT, nocookie("?start=90")],
		[`https://www.youtube.com/watch?v=${YT}&t=1m30s`, "YouTube", YT, nocookie("?start=90")],
		[`https://www.youtube.com/watch?v=${YT}&t=1h2m3s`, "YouTube", YT, nocookie("?start=3723")],
		[`https://www.youtube.com/shorts/${YT}`, "YouTube", YT, nocookie()],
		[`https://www.youtube.com/embed/${YT}?start=42`, "YouTube", YT, nocookie("?start=42")],
		[`https://www.youtube-nocookie.com/embed/${YT}`, "YouTube", YT, nocookie()],
		[`https://www.youtube.com/live/${YT}`, "YouTube", YT, nocookie()],
		[`https://www.youtube.com/watch?v=${YT}&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=3`, "YouTube", YT, nocookie("?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG")],
		["https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG", "YouTube", "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG", "https://www.youtube-nocookie.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"],
		[`  https://youtu.be/${YT}  `, "YouTube", YT, nocookie()],
		// Vimeo: plain, private hash (path or ?h=), channels, groups, showcases, the player, #t= timestamps.
		["https://vimeo.com/76979871", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871"],
		["https://vimeo.com/76979871/8272103f6e", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871?h=8272103f6e"],
		["https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871?h=8272103f6e"],
		["https://vimeo.com/channels/staffpicks/76979871", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871"],
		["https://vimeo.com/groups/musees/videos/76979871", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871"],
		["https://vimeo.com/showcase/7981234/video/76979871", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871"],
		["https://vimeo.com/76979871#t=90s", "Vimeo", "76979871", "https://player.vimeo.com/video/76979871#t=90s"],
		// Dailymotion: page, short link, embed and geo players, start time.
		["https://www.dailymotion.com/video/x8abc12", "Dailymotion", "x8abc12", "https://www.dailymotion.com/embed/video/x8abc12"],
		["https://dai.ly/x8abc12", "Dailymotion", "x8abc12", "https://www.dailymotion.com/embed/video/x8abc12"],
		["https://www.dailymotion.com/embed/video/x8abc12?autoplay=1", "Dailymotion", "x8abc12", "https://www.dailymotion.com/embed/video/x8abc12"],
		["https://geo.dailymotion.com/player.html?video=x8abc12", "Dailymotion", "x8abc12", "https://www.dailymotion.com/embed/video/x8abc12"],
		["https://www.dailymotion.com/video/x8abc12?start=30", "Dailymotion", "x8abc12", "https://www.dailymotion.com/embed/video/x8abc12?start=30"],
		// PeerTube, on any instance: short /w/ and long /videos/watch/ forms.
		["https://tube.example.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d", "PeerTube", "9c9de5e8-0a1e-484a-b099-e80766180a6d", "https://tube.example.fr/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d"],
		["https://tube.example.fr/w/kkGMgK9ZtnKfYAgnEtQxbv?start=1m", "PeerTube", "kkGMgK9ZtnKfYAgnEtQxbv", "https://tube.example.fr/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?start=60"],
		["https://tube.example.fr/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d", "PeerTube", "9c9de5e8-0a1e-484a-b099-e80766180a6d", "https://tube.example.fr/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d"],
		["https://tube.example.fr/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv", "PeerTube", "kkGMgK9ZtnKfYAgnEtQxbv", "https://tube.example.fr/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv"],
	])("%s", (address, host, id, embed) => {
		expect(recogniseVideo(address)).toMatchObject({ host, id, embed });
	});

	it.each([
		["not a link"],
		["https://example.org/article"],
		["https://www.youtube.com/"],
		["https://www.youtube.com/watch?v=short"],
		["https://www.youtube.com/@musee"],
		["https://vimeo.com/user12345"],
		["https://www.dailymotion.com/musee"],
		["https://tube.example.fr/w/p/kkGMgK9ZtnKfYAgnEtQxbv"],
		["javascript:alert(1)//youtu.be/dQw4w9WgXcQ"],
		["ftp://youtu.be/dQw4w9WgXcQ"],
	])("%s is not a video", (address) => {
		expect(recogniseVideo(address)).toBeNull();
	});

	it("gives the page address without tracking and the host's oEmbed endpoint", () => {
		expect(recogniseVideo(`https://youtu.be/${YT}?si=x&t=5`)).toEqual({
			host: "YouTube",
			id: YT,
			url: `https://www.youtube.com/watch?v=${YT}`,
			embed: nocookie("?start=5"),
			oembed: `https://www.youtube.com/oembed?format=json&url=${encodeURIComponent(`https://www.youtube.com/watch?v=${YT}`)}`,
		});
		expect(recogniseVideo("https://vimeo.com/76979871/8272103f6e")?.oembed).toBe(`https://vimeo.com/api/oembed.json?format=json&url=${encodeURIComponent("https://vimeo.com/76979871/8272103f6e")}`);
		expect(recogniseVideo("https://dai.ly/x8abc12")?.oembed).toBe(`https://www.dailymotion.com/services/oembed?format=json&url=${encodeURIComponent("https://www.dailymotion.com/video/x8abc12")}`);
		expect(recogniseVideo("https://tube.example.fr/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv")?.oembed).toBe(`https://tube.example.fr/services/oembed?format=json&url=${encodeURIComponent("https://tube.example.fr/w/kkGMgK9ZtnKfYAgnEtQxbv")}`);
	});

	it.each([
		["90", 90],
		["90s", 90],
		["1m30s", 90],
		["1m30", 90],
		["1h2m3s", 3723],
		["01:30", 90],
		["", 0],
		["soon", 0],
	])("timestamp %j is %i s", (text, expected) => expect(seconds(text)).toBe(expected));
});
