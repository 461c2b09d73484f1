import { VaultIndex } from "../../../src/core/index";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { recogniseVideo } from "../../../src/core/video/video-link";
import { planVideoNote, speakerName, vaultSpeakers, withTalk } from "../../../src/core/video/video-note";
import { parseNote } from "../../../src/core/note/parse";
import { testYaml } from "../../helpers/yaml";
import { plan as planSite } from "../publish/helpers";

const video = recogniseVideo("https://youtu.be/dQw4w9WgXcQ?t=90")!;
const CLAIRE = "[Claire Martin](https://example.org/claire), cheffe de projet, Musée des Exemples (CH)";

describe("the video note", () => {
	it("is written in the museum format and reads back as a video note with its speakers", () => {
		const plan = planVideoNote({ video, title: "Un temps pour la rematérialisation", speakers: [CLAIRE] }, { ...DEFAULT_SETTINGS, resourcesFolder: "Ressources/Vidéos" }, [], testYaml);
		expect(plan).toEqual({
			status: "create",
			path: "Ressources/Vidéos/Un temps pour la rematérialisation.md",
			name: "Un temps pour la rematérialisation",
			content: [
				"---",
				"title: MuseumXTD",
				"layout: layouts/post.njk",
				"tags: ressource forum",
				"---",
				"## Un temps pour la rematérialisation",
				CLAIRE,
				"",
				'<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90" title="Un temps pour la rematérialisation" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe>',
				"",
			].join("\n"),
		});
		const record = parseNote(plan.status === "create" ? plan.path : "", plan.status === "create" ? plan.content : "", testYaml);
		expect(record).toMatchObject({ kind: "video", heading: "Un temps pour la rematérialisation", speakers: ["Claire Martin"] });
	});

	it.each(["https://youtu.be/dQw4w9WgXcQ?t=90", "https://vimeo.com/76979871", "https://www.dailymotion.com/video/x8abcd1", "https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv"])(
		"from %s publishes with its player and no warning",
		(address) => {
			const link = recogniseVideo(address)!;
			const note = planVideoNote({ video: link, title: "Le musée en 2030", speakers: [CLAIRE] }, DEFAULT_SETTINGS, [], testYaml);
			if (note.status !== "create") throw new Error(note.status);
			// A PeerTube player is kept from the instances the settings name (every other iframe host is refused).
			const site = planSite({ [note.path]: note.content }, { settings: { peertubeHosts: ["peertube.example"] } });
			expect(site.warnings).toEqual([]);
			expect(site.compiled.get(note.path)).toContain(`src="${link.embed}"`);
		},
	);

	it("from a PeerTube instance the settings do not name publishes without its player, and says so", () => {
		const note = planVideoNote({ video: recogniseVideo("https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv")!, title: "Le musée en 2030", speakers: [] }, DEFAULT_SETTINGS, [], testYaml);
		if (note.status !== "create") throw new Error(note.status);
		expect(planSite({ [note.path]: note.content }).warnings.map((w) => w.code)).toEqual(["iframe-removed"]);
	});

	it.each([
		// Without a title, the address names it; characters file names cannot hold are dropped; quotes are escaped in the player's title.
		["", "Vidéo YouTube dQw4w9WgXcQ", 'title="Vidéo YouTube dQw4w9WgXcQ"'],
		['Le "musée" : 2030 ?', "Le musée 2030", 'title="Le &quot;musée&quot; : 2030 ?"'],
	])("title %j → file %j", (title, name, attribute) => {
		const plan = planVideoNote({ video, title, speakers: [] }, DEFAULT_SETTINGS, [], testYaml);
		expect(plan).toMatchObject({ status: "create", path: `Notes/${name}.md` });
		expect(plan.status === "create" && plan.content).toContain(attribute);
	});

	it("never overwrites: a note of that name anywhere in the vault is reported; a title of only forbidden characters is invalid", () => {
		expect(planVideoNote({ video, title: "Rapport", speakers: [] }, DEFAULT_SETTINGS, ["Archives/rapport.md"], testYaml)).toEqual({ status: "exists", path: "Archives/rapport.md" });
		expect(planVideoNote({ video, title: "???", speakers: [] }, DEFAULT_SETTINGS, [], testYaml)).toEqual({ status: "invalid" });
	});
});

describe("the talk in the question's video section (before → after)", () => {
	const q = (tail: string) => `---\ntags: question\n---\n# Q ?\n\n1. [[R]]\n   Résumé.\n\n${tail}`;
	it.each([
		["after the talks of the first video section", "## Vidéos\n\nAnne: [[Autre]]\n\nRessources similaires: [[X]]\n", "## Vidéos\n\nAnne: [[Autre]]\nClaire Martin: [[Talk]]\n\nRessources similaires: [[X]]\n", ""],
		["in the section named for the event", "Video J1\n\n- [[A]]\n\nVideo J2\n\n- [[B]]\n", "Video J1\n\n- [[A]]\n\nVideo J2\n\n- [[B]]\nClaire Martin: [[Talk]]\n", "J2"],
		["under an empty section's heading", "## Vidéos\n", "## Vidéos\n\nClaire Martin: [[Talk]]\n", ""],
		["in a new section at the end", "Ressources similaires: [[X]]", "Ressources similaires: [[X]]\n\n## Vidéos J1\n\nClaire Martin: [[Talk]]\n", "J1"],
		["with the note's CRLF line endings", "## Vidéos\r\n\r\n- [[A]]\r\n", "## Vidéos\r\n\r\n- [[A]]\r\nClaire Martin: [[Talk]]\r\n", ""],
	])("%s", (_, before, after, event) => {
		expect(withTalk(q(before), "Talk", [CLAIRE], event)).toBe(q(after));
	});

	it("is not added twice; without speakers it is a list item", () => {
		expect(withTalk(q("## Vidéos\n\n- [[Talk|Le talk]]\n"), "Talk", [], "")).toBeNull();
		expect(withTalk(q("## Vidéos\n"), "Talk", [], "")).toBe(q("## Vidéos\n\n- [[Talk]]\n"));
		const record = parseNote("Q.md", withTalk(q("## Vidéos\n"), "Talk", [CLAIRE, "Jean Neuf"], "")!, testYaml);
		expect(record.videoSections[0].talks).toMatchObject([{ speaker: "Claire Martin, Jean Neuf", link: { linkpath: "Talk" } }]);
	});

	it.each([
		[CLAIRE, "Claire Martin"],
		["Jean Neuf, médiateur", "Jean Neuf"],
		["  Anne  ", "Anne"],
	])("speaker %j is named %j", (line, name) => expect(speakerName(line)).toBe(name));
});

it("the vault's speakers: video notes' lines as written, then the questions' talk speakers", () => {
	const files: [string, string][] = [
		["Talk.md", `---\ntags: ressource forum\n---\n## Talk\n${CLAIRE}\n\n<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>\n`],
		["Q.md", "---\ntags: question\n---\n# Q ?\n\n1. [[Talk]]\n   R.\n\nVideo J1\n\nClaire Martin, Paul Roux: Ouverture\n"],
	];
	const index = VaultIndex.build(files, testYaml);
	expect([...vaultSpeakers(index, (path) => files.find(([p]) => p === path)![1])]).toEqual([
		["Claire Martin", CLAIRE],
		["Paul Roux", "Paul Roux"],
	]);
});
