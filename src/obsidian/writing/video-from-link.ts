import { App, debounce, normalizePath, Notice, requestUrl, Setting } from "obsidian";
import { VaultIndex } from "../../core/index";
import { MuseumSettings } from "../../core/settings";
import { errorMessage } from "../../core/text";
import { fetchVideoDetails } from "../../core/video/oembed";
import { recogniseVideo, VideoLink } from "../../core/video/video-link";
import { fallbackTitle, planVideoNote, vaultSpeakers, withTalk } from "../../core/video/video-note";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { ensureFolder, noteTexts } from "../question/vault-context";
import { ListSuggest } from "../suggest";
import { commandDialog } from "./dialog";

/** How long the host may take to answer: `requestUrl` has no time limit of its own. */
const OEMBED_TIMEOUT_MS = 10_000;

/**
 * "Create video note from a link": the link (host and id recognised as it is
 * pasted, then the host's oEmbed endpoint asked for the title: the only
 * network call, made by this command alone), title, speakers (suggested from
 * the vault's), day or event, the questions to attach it to. The core writes
 * the note (never over another) and the question's talk line, as `new-video`
 * does. Without an answer the note is made from the link; the form keeps
 * what was typed until the note is written.
 */
export async function videoFromLink(app: App, settings: MuseumSettings, t: Translate, index: VaultIndex): Promise<void> {
	const { vault } = app;
	const known = vaultSpeakers(index, await noteTexts(app, index.videos()));
	const byName = new Map([...known].map(([name, line]) => [name.toLowerCase(), line]));
	// Template questions ("{{question}}") are left out, as in the similar-questions list.
	const questions = new Map(index.questions().filter((q) => !q.question?.includes("{{")).map((q) => [q.question ?? q.title, q.path]));
	// The questions picked, each a ticked row: unticking it leaves it out.
	const chosen = new Map<string, HTMLInputElement>();
	const { modal, el, open } = commandDialog(app, t, "video-from-link");
	const field = (name: string, placeholder = "") => {
		let input!: HTMLInputElement;
		new Setting(el).setName(t(name)).addText((text) => (input = text.setPlaceholder(placeholder).inputEl));
		return input;
	};
	const link = field("video.link", "https://");
	const found = el.createEl("small");
	const title = field("video.title");
	const speakers = field("video.speakers", "Claire Martin; …");
	const event = field("video.event", "J1");
	const question = field("video.questions");
	const list = el.createDiv();
	const error = el.createDiv({ cls: "museum-form-error", attr: { role: "alert" } });

	let video: VideoLink | null = null;
	let asked = "";
	link.oninput = debounce(async () => {
		const current = (video = recogniseVideo(link.value));
		found.setText(current ? `${current.host} · ${current.id}` : link.value.trim() && t("video.not-video"));
		if (!current || asked === current.oembed) return;
		asked = current.oembed;
		title.placeholder = fallbackTitle(current);
		const details = await fetchVideoDetails(current, (url) =>
			Promise.race([requestUrl({ url, throw: false }), new Promise<never>((_, reject) => window.setTimeout(reject, OEMBED_TIMEOUT_MS))]),
		);
		if (typeof details === "string") new Notice(t("video.no-details", { host: new URL(current.oembed).host }));
		else if (video === current) {
			title.value ||= details.title ?? "";
			if (details.channel) found.setText(`${current.host} · ${details.channel}`);
		}
	}, 400, true);

	const parts = () => speakers.value.split(";").map((s) => s.trim());
	new ListSuggest(app, speakers, () => [...known.keys()], (name) => (speakers.value = [...parts().slice(0, -1), name].join("; ") + "; "), (typed) => typed.split(";").pop()!);
	new ListSuggest(app, question, () => [...questions.keys()].filter((q) => !chosen.has(q)), (text) => {
		const row = list.createDiv({ cls: "museum-similar-item" });
		const box = row.createEl("input", { type: "checkbox" });
		box.checked = true;
		row.createSpan({ text });
		chosen.set(text, box);
		question.value = "";
	});

	open("modal.create", async () => {
		const current = recogniseVideo(link.value);
		if (!current) return error.setText(t("video.not-video"));
		const lines = parts().filter(Boolean).map((s) => byName.get(s.toLowerCase()) ?? s);
		const day = event.value.trim();
		const plan = planVideoNote({ video: current, title: title.value, speakers: lines }, settings, vault.getMarkdownFiles().map((f) => f.path), obsidianYaml);
		if (plan.status !== "create") return error.setText(plan.status === "exists" ? t("video.exists", { path: plan.path }) : t("video.bad-title"));
		try {
			await ensureFolder(app, settings.resourcesFolder);
			const file = await vault.create(normalizePath(plan.path), plan.content);
			for (const [text, box] of chosen) {
				const note = vault.getFileByPath(questions.get(text)!);
				if (note && box.checked) await vault.process(note, (body) => withTalk(body, plan.name, lines, day) ?? body);
			}
			modal.close();
			new Notice(t("resource.created", { path: file.path }));
			await app.workspace.getLeaf(false).openFile(file);
		} catch (e) {
			error.setText(t("notice.create-failed", { detail: errorMessage(e) }));
		}
	});
	link.focus();
}
