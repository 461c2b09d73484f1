import { AbstractInputSuggest, App, debounce, Modal, Notice, requestUrl, Setting, TextComponent } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { fetchVideoDetails, HttpGet } from "../../core/video/oembed";
import { recogniseVideo, VideoLink } from "../../core/video/video-link";
import { planVideoNote, speakerName, vaultSpeakers, withTalk } from "../../core/video/video-note";
import { Translate } from "../../i18n/translate";
import { obsidianYaml } from "../obsidian-yaml";
import { ensureFolder } from "../question/vault-context";
import { PluginIndex } from "../sidebar/plugin-index";

/** `requestUrl`, given up after 10 s: the form then works from the link alone. */
const get: HttpGet = (url) =>
	Promise.race([requestUrl({ url, throw: false }), new Promise<never>((_, reject) => window.setTimeout(() => reject(new Error("timeout")), 10000))]);

/** Suggests values whose label holds the last comma-separated part typed. */
class PickSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		input: HTMLInputElement,
		private readonly values: () => string[],
		private readonly label: (value: string) => string,
		private readonly pick: (value: string) => void,
	) {
		super(app, input);
	}

	protected getSuggestions(query: string): string[] {
		const wanted = (query.split(",").pop() ?? "").trim().toLowerCase();
		return this.values().filter((v) => this.label(v).toLowerCase().includes(wanted));
	}

	renderSuggestion(value: string, el: HTMLElement): void {
		el.setText(this.label(value));
	}

	override selectSuggestion(value: string): void {
		this.pick(value);
		this.close();
	}
}

/**
 * "Create video note from a link": the pasted link is recognised and the
 * host's oEmbed endpoint asked for the title (only now, by this command);
 * the form takes the title, the speakers (suggested from the vault), the day
 * or event and the questions to attach it to. The note goes to the resources
 * folder, never over another; each question gets the talk in its video
 * section. Without an answer from the host, the note is made from the link.
 */
export async function openVideoForm(app: App, settings: MuseumSettings, t: Translate, pluginIndex: PluginIndex): Promise<void> {
	const index = pluginIndex.index;
	const texts = new Map<string, string>();
	for (const video of index?.videos() ?? []) {
		const file = app.vault.getFileByPath(video.path);
		if (file) texts.set(video.path, await app.vault.cachedRead(file));
	}
	const known = index ? vaultSpeakers(index, (path) => texts.get(path) ?? "") : new Map<string, string>();
	const questions = new Map<string, string>();
	let video: VideoLink | null = null;

	const modal = new Modal(app);
	const { contentEl } = modal;
	modal.setTitle(t("command.new-video"));
	modal.modalEl.addClass("museum-new-video");
	const field = (name: string) => {
		let text!: TextComponent;
		new Setting(contentEl).setName(t(`video.${name}`)).addText((c) => (text = c));
		text.inputEl.addClass(`museum-video-${name}`);
		return text;
	};
	const url = field("url");
	const status = contentEl.createDiv({ cls: "museum-video-status", attr: { "aria-live": "polite" } });
	const title = field("title");
	const speakers = field("speakers");
	const event = field("event").setPlaceholder("J1");
	const questionInput = field("questions");
	const chosen = contentEl.createDiv({ cls: "museum-video-chosen" });

	const lookup = async (address: string) => {
		const found = (video = recogniseVideo(address));
		status.setText(found || !address.trim() ? "" : t("video.unknown"));
		if (!found) return;
		const details = await fetchVideoDetails(found, get);
		if (video !== found) return;
		if (typeof details === "string") status.setText(t("video.none", { host: found.host }));
		else if (details.title && !title.getValue()) title.setValue(details.title);
	};
	url.onChange(debounce((address: string) => void lookup(address), 400, true));
	new PickSuggest(app, speakers.inputEl, () => [...known.keys()], String, (name) => {
		speakers.setValue([...speakers.getValue().split(",").slice(0, -1), ` ${name}`].join(",").trim() + ", ");
	});
	const renderChosen = () => {
		chosen.empty();
		for (const [path, question] of questions) chosen.createEl("button", { text: `× ${question}` }).onclick = () => (questions.delete(path), renderChosen());
	};
	const questionText = (path: string) => index?.get(path)?.question ?? path;
	new PickSuggest(app, questionInput.inputEl, () => index?.questions().map((q) => q.path) ?? [], questionText, (path) => {
		questions.set(path, questionText(path));
		questionInput.setValue("");
		renderChosen();
	});

	const create = async () => {
		if (!video) return void status.setText(t("video.unknown"));
		const lines = new Map([...known].map(([name, line]) => [name.toLowerCase(), line]));
		const typed = speakers.getValue().split(",").map((s) => s.trim()).filter(Boolean).map((s) => lines.get(s.toLowerCase()) ?? s);
		const plan = planVideoNote({ video, title: title.getValue(), speakers: typed, event: event.getValue() }, settings, app.vault.getMarkdownFiles().map((f) => f.path), obsidianYaml);
		if (plan.status === "invalid") return void status.setText(t("video.no-name"));
		modal.close();
		if (plan.status === "exists") {
			const existing = app.vault.getFileByPath(plan.path);
			if (existing) await app.workspace.getLeaf(false).openFile(existing);
			return void new Notice(t("notice.exists", { name: existing?.basename ?? plan.path }));
		}
		await ensureFolder(app, plan.path.slice(0, Math.max(0, plan.path.lastIndexOf("/"))));
		const file = await app.vault.create(plan.path, plan.content);
		for (const path of questions.keys()) {
			const question = app.vault.getFileByPath(path);
			if (question) await app.vault.process(question, (text) => withTalk(text, plan.name, typed.map(speakerName), event.getValue()) ?? text);
		}
		await app.workspace.getLeaf("tab").openFile(file);
		new Notice(t("video.created", { path: plan.path }));
	};
	new Setting(contentEl)
		.addButton((b) => b.setButtonText(t("modal.cancel")).onClick(() => modal.close()))
		.addButton((b) => b.setButtonText(t("modal.create")).setCta().onClick(() => void create()));
	modal.open();
}
