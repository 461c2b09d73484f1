import { App, getLanguage, Modal, Notice, Platform } from "obsidian";
import { SiteManifest } from "../../core/publish/manifest";
import { PublishPlan, PublishState } from "../../core/publish/plan";
import { pruneRenames } from "../../core/publish/renames";
import { selectNotes, Selection } from "../../core/publish/selection";
import { noteStatuses, NoteStatus } from "../../core/publish/status";
import { MuseumSettings } from "../../core/settings";
import { languageOf, Translate } from "../../i18n/translate";
import { snapshotVault, VaultSnapshot, withLinkedNotes } from "./candidates";
import { Destination } from "../../destinations/destination";
import type { GitHubApplyResult, GitHubDestination } from "../../destinations/github/github-destination";
import { siteAddress, workflowRun } from "../../destinations/github/repository";
import { gitHubProblem, openRepository } from "./github";
import { openSiteFolder, siteFolderProblem } from "./desktop-destination";
import { renderDiff } from "./diff-view";
import { checkbox, part } from "./part";
import { finalPlan, PlanRequest, previewPlan } from "./run-publish";
import { errorMessage } from "../../core/text";

export interface PublishHost {
	app: App;
	settings: MuseumSettings;
	saveSettings(): Promise<void>;
}

interface Row {
	status: NoteStatus;
	el: HTMLElement;
	box: HTMLInputElement;
	tag: HTMLElement;
	visible: boolean;
}

interface Problem {
	code: string;
	severity: string;
	message: string;
	path: string;
	line: number | null;
	params?: Record<string, string | number>;
}

/** How long the selection must rest before the warnings are recomputed. */
const PREVIEW_DELAY_MS = 300;

const ORDER: PublishState[] = ["new", "changed", "renamed", "deleted", "unchanged"];

/**
 * The publish dialog: the candidate notes with their state against the site
 * (content hashes, `noteStatuses`), check boxes, a filter, the plan's
 * warnings and privacy findings (recomputed when the selection changes), a
 * diff per changed note, then the publish itself with progress and cancel.
 * The vault is only read; the site changes all at once or not at all.
 */
export class PublishModal extends Modal {
	#snapshot: VaultSnapshot | null = null;
	#site: Destination | null = null;
	#manifest: SiteManifest | null = null;
	/** The settings to compile with: GitHub Pages may give the address prefix. */
	#settings: MuseumSettings;
	/** Publishing to GitHub (always on mobile: the site folder needs the desktop), not to the site folder. */
	#github = false;
	/** Why there is no publish button (no or bad site folder, a GitHub problem), or null. */
	#blocked: string | null = null;
	#rows = new Map<string, Row>();
	#candidates = new Set<string>();
	#excluded: Selection["excluded"] = [];
	/** Notes the user checked; `forced` are the always-published folders' notes. */
	#checked = new Set<string>();
	#forced = new Set<string>();
	/** Deleted pages the user checked for deletion: none by default. */
	#deletions = new Set<string>();
	#withLinked = false;
	/** Attachments the last preview found unused by every page, and whether the user chose to delete them. */
	#unused: string[] = [];
	#deleteUnused = false;
	#selected = new Set<string>();
	#confirmed = { leaks: false, deletions: false };
	#controller: AbortController | null = null;
	#previewQueued = false;
	#closed = false;
	#bodyEl!: HTMLElement;
	#summaryEl!: HTMLElement;
	#problemsEl!: HTMLElement;
	#messageEl!: HTMLElement;
	#publishButton: HTMLElement | null = null;

	readonly #host: PublishHost;
	/** Notes and folders chosen in a menu; none from the command. */
	readonly #selectors: string[];

	constructor(
		host: PublishHost,
		private readonly t: Translate,
		selectors: string[],
	) {
		super(host.app);
		this.#host = host;
		this.#selectors = selectors;
		this.#settings = host.settings;
	}

	override onOpen(): void {
		this.setTitle(this.t("publish.title"));
		this.modalEl.addClass("museum-publish");
		this.#bodyEl = part(this.contentEl, "body", this.t("publish.loading"));
		void this.#load(true);
	}

	override onClose(): void {
		this.#closed = true;
		// Closing while publishing cancels; past the point of no return the publish completes or rolls back.
		this.#controller?.abort();
		this.contentEl.empty();
	}

	async #load(first: boolean): Promise<void> {
		const { app, settings } = this.#host;
		const snapshot = (this.#snapshot = await snapshotVault(app, settings));
		this.#site = null;
		this.#manifest = null;
		// GitHub through requestUrl works everywhere; the site folder needs Node's fs, on the desktop.
		const github = (this.#github = settings.destination === "github" || !Platform.isDesktopApp);
		const problem = github ? null : siteFolderProblem(app, settings.siteFolder);
		this.#blocked = problem && this.t(problem);
		this.#settings = settings;
		if (!problem) {
			try {
				if (github) ({ destination: this.#site, settings: this.#settings } = openRepository(app, settings));
				else this.#site = await openSiteFolder(settings.siteFolder, { siteTitle: settings.siteTitle, pathPrefix: settings.pathPrefix, language: languageOf(getLanguage()) });
				this.#manifest = await this.#site.readManifest();
			} catch (error) {
				this.#site = null;
				this.#blocked = github ? gitHubProblem(this.t, error) : this.t("publish.folder.unreadable", { message: errorMessage(error) });
			}
		}
		this.#candidates = new Set(snapshot.candidates);
		const notes = snapshot.candidates.map((path) => ({ path, text: snapshot.texts.get(path) ?? "" }));
		const statuses = noteStatuses({ notes, manifest: this.#manifest, settings: this.#settings });
		if (first) {
			this.#forced = new Set(selectNotes([], snapshot.records, settings, snapshot.rules).notes);
			const selection = selectNotes(this.#selectors, snapshot.records, settings, snapshot.rules);
			this.#checked = new Set(selection.notes);
			this.#excluded = selection.excluded;
		}
		this.#deletions.clear();
		if (!this.#closed) this.#render(statuses);
	}

	#render(statuses: NoteStatus[]): void {
		const { t } = this;
		const el = this.#bodyEl;
		el.empty();
		if (this.#blocked) part(el, "blocked", this.#blocked);
		if (!this.#site && !this.#github) this.#folderField(el);

		const bar = part(el, "toolbar");
		const filter = bar.createEl("input", { type: "search", cls: "museum-publish-filter", placeholder: t("publish.filter") });
		filter.addEventListener("input", () => this.#filter(filter.value));
		this.#button(bar, "publish.all", "all", () => this.#setAll(true));
		this.#button(bar, "publish.none", "none", () => this.#setAll(false));
		const linked = part(bar, "linked", undefined, "label");
		linked.title = t("publish.linked.desc");
		checkbox(linked, null, this.#withLinked, (checked) => {
			this.#withLinked = checked;
			this.#refresh();
		});
		linked.appendText(t("publish.linked"));

		this.#summaryEl = part(el, "summary");
		const list = part(el, "list");
		this.#rows.clear();
		const sorted = [...statuses].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || (a.path < b.path ? -1 : 1));
		for (const status of sorted) this.#row(list, status);
		for (const { path, reason } of this.#excluded) {
			part(list, "excluded", `${path}: ${t("publish.excluded", { reason: t(`publish.reason.${reason}`) })}`);
		}
		this.#problemsEl = part(el, "problems");
		this.#messageEl = part(el, "message");
		const footer = part(el, "footer modal-button-container");
		// Cancel stops a publish in progress; otherwise it closes the dialog.
		this.#button(footer, "publish.cancel", "cancel", () => (this.#controller ? this.#controller.abort() : this.close()));
		this.#publishButton = this.#site ? this.#button(footer, "publish.publish", "go mod-cta", () => void this.#publish()) : null;
		this.#refresh();
	}

	#folderField(el: HTMLElement): void {
		const { settings } = this.#host;
		const field = part(el, "folder");
		field.createEl("label", { text: this.t("publish.folder"), attr: { for: "museum-publish-folder" } });
		field.createDiv({ cls: "setting-item-description", text: this.t("publish.folder.desc") });
		const input = field.createEl("input", { type: "text", attr: { id: "museum-publish-folder" }, value: settings.siteFolder });
		// Saved when committed (Enter or leaving the field), then the site is read again.
		input.addEventListener("change", () => {
			settings.siteFolder = input.value.trim();
			void this.#host.saveSettings().then(() => this.#load(false));
		});
	}

	#row(list: HTMLElement, status: NoteStatus): void {
		const { t } = this;
		const { path, state } = status;
		const el = part(list, "row");
		el.dataset.path = path;
		const label = part(el, "label", undefined, "label");
		const set = state === "deleted" ? this.#deletions : this.#checked;
		// Checked or not by `refresh`, which knows the whole selection.
		const box = checkbox(label, "check", false, (checked) => {
			if (checked) set.add(path);
			else set.delete(path);
			this.#refresh();
		});
		part(label, "path", path, "span");
		part(el, `state is-${state}`, t(`publish.state.${state}`), "span");
		if (status.from) part(el, "from", t("publish.from", { from: status.from }), "span");
		const tag = part(el, "tag", undefined, "span");
		if (state === "deleted") box.title = t("publish.delete-tip");
		if (state === "changed" && this.#site) {
			const button = this.#button(el, "publish.diff", "diff-button", () => void this.#toggleDiff(el, path, button));
		}
		this.#rows.set(path, { status, el, box, tag, visible: true });
	}

	/** A button named as `part` names elements, saying `key`'s text. */
	#button(parent: HTMLElement, key: string, name: string, onClick: () => unknown): HTMLElement {
		const button = part(parent, name, this.t(key), "button");
		button.addEventListener("click", () => void onClick());
		return button;
	}

	/** After any change of the selection: boxes, summary, and a fresh preview of warnings. */
	#refresh(): void {
		const { t } = this;
		const snapshot = this.#snapshot;
		if (!snapshot) return;
		const base = new Set([...this.#checked, ...this.#forced]);
		this.#selected = this.#withLinked ? withLinkedNotes(base, snapshot, this.#candidates) : base;
		for (const [path, row] of this.#rows) {
			if (row.status.state === "deleted") {
				row.box.checked = this.#deletions.has(path);
				continue;
			}
			row.box.checked = this.#selected.has(path);
			const why = this.#forced.has(path) ? "publish.always" : row.box.checked && !this.#checked.has(path) ? "publish.linked-tag" : null;
			row.box.disabled = why !== null;
			row.tag.setText(why ? t(why) : "");
		}
		this.#summaryEl.setText(t("publish.summary", { selected: this.#selected.size, total: this.#candidates.size, deletions: this.#deletions.size }));
		this.#confirmed = { leaks: false, deletions: false };
		this.#messageEl.empty();
		if (this.#previewQueued) return;
		// Several changes in a row (select all, clicking down the list) make one preview: it compiles every selected note.
		this.#previewQueued = true;
		window.setTimeout(() => {
			this.#previewQueued = false;
			if (this.#closed || this.#controller) return;
			try {
				this.#problems(previewPlan(this.#request()));
			} catch (error) {
				this.#problemsEl.setText(errorMessage(error));
			}
		}, PREVIEW_DELAY_MS);
	}

	#request(): PlanRequest {
		const deletions = [...this.#deletions];
		// A deleted page's attachments go with it (the plan only deletes those no other page uses).
		for (const entry of this.#manifest?.notes ?? []) if (this.#deletions.has(entry.path)) deletions.push(...entry.attachments);
		if (this.#deleteUnused) deletions.push(...this.#unused);
		return { snapshot: this.#snapshot as VaultSnapshot, selected: [...this.#selected], manifest: this.#manifest, settings: this.#settings, deletions };
	}

	#filter(text: string): void {
		const query = text.trim().toLowerCase();
		for (const [path, row] of this.#rows) {
			row.visible = path.toLowerCase().includes(query);
			row.el.toggleClass("museum-publish-hidden", !row.visible);
		}
	}

	/** Select all / none, over the rows the filter shows; "all" never checks a deletion. */
	#setAll(on: boolean): void {
		for (const [path, row] of this.#rows) {
			if (!row.visible) continue;
			if (row.status.state === "deleted") {
				if (!on) this.#deletions.delete(path);
			} else if (on) this.#checked.add(path);
			else this.#checked.delete(path);
		}
		this.#refresh();
	}

	#problems(plan: PublishPlan): void {
		const el = this.#problemsEl;
		el.empty();
		const leaks: Problem[] = plan.leaks.filter((l) => l.code !== "private-key-removed").map((l) => ({ ...l, line: this.#noteLine(plan, l.path, l.line), params: l.source ? { source: l.source } : undefined }));
		this.#problemList(el, "publish.leaks", leaks);
		this.#problemList(el, "publish.warnings", plan.warnings);
		this.#unusedAttachments(el, plan);
	}

	/** The plan offers attachments no page uses any more; they go only when the user says so. */
	#unusedAttachments(el: HTMLElement, plan: PublishPlan): void {
		this.#unused = plan.status.filter((s) => s.kind === "attachment" && s.state === "deleted").map((s) => s.path);
		if (this.#unused.length === 0) return;
		const section = this.#section(el, "section museum-publish-unused", "publish.unused", this.#unused.length);
		for (const path of this.#unused) part(section, "problem", path);
		const label = section.createEl("label");
		checkbox(label, "unused-check", this.#deleteUnused, (checked) => (this.#deleteUnused = checked));
		label.appendText(this.t("publish.unused.delete"));
	}

	/** A leak's line is in the page written to the site: the note's line holding the same text, if any. */
	#noteLine(plan: PublishPlan, path: string, siteLine: number | null): number | null {
		const written = siteLine === null ? "" : (plan.compiled.get(path)?.split(/\r?\n/)[siteLine - 1]?.trim() ?? "");
		const index = written ? (this.#snapshot?.texts.get(path) ?? "").split(/\r?\n/).findIndex((line) => line.includes(written)) : -1;
		return index < 0 ? null : index + 1;
	}

	#problemList(el: HTMLElement, title: string, items: Problem[]): void {
		if (items.length === 0) return;
		const section = this.#section(el, "section", title, items.length);
		for (const item of items) {
			const key = `publish.warning.${item.code}`;
			const text = this.t(key, item.params);
			const row = part(section, `problem is-${item.severity}`);
			part(row, "where", item.path + (item.line === null ? "" : `:${item.line}`), "span");
			row.appendText(" " + (text === key ? item.message : text));
			if (item.path) row.addEventListener("click", () => this.#openAt(item.path, item.line));
		}
	}

	/** A section of findings, its title saying how many. */
	#section(el: HTMLElement, name: string, title: string, count: number): HTMLElement {
		const section = part(el, name);
		part(section, "section-title", this.t(title, { count }));
		return section;
	}

	/** Opens the note at the warning's line (1-based), closing the dialog that would hide it. */
	#openAt(path: string, line: number | null): void {
		const file = this.app.vault.getFileByPath(this.#snapshot?.vaultPath.get(path) ?? path);
		if (!file) return;
		this.close();
		void this.app.workspace.getLeaf(false).openFile(file, line ? { eState: { line: line - 1 } } : undefined);
	}

	async #toggleDiff(row: HTMLElement, path: string, button: HTMLElement): Promise<void> {
		const shown = row.querySelector(".museum-publish-diff");
		if (shown || !this.#site) {
			shown?.remove();
			button.setText(this.t("publish.diff"));
			return;
		}
		// The page as this publish would write it, with the current selection (its links depend on it).
		const after = previewPlan({ ...this.#request(), selected: [...this.#selected, path] }).compiled.get(path) ?? "";
		const before = (await this.#site.readText(path)) ?? "";
		renderDiff(row, before, after, this.t);
		button.setText(this.t("publish.diff.hide"));
	}

	#say(text: string, name = "note"): HTMLElement {
		this.#messageEl.empty();
		return part(this.#messageEl, name, text);
	}

	/** Plans with the attachments' bytes, asks again when needed, then applies. */
	async #publish(): Promise<void> {
		const { t } = this;
		const site = this.#site;
		if (!site || this.#controller) return;
		const request = this.#request();
		if (request.selected.length === 0 && request.deletions.length === 0) {
			this.#say(t("publish.nothing"));
			return;
		}
		this.#say(t("publish.reading"));
		let plan: PublishPlan;
		try {
			plan = await finalPlan(this.app, request);
		} catch (error) {
			this.#failed(error);
			return;
		}
		this.#problems(plan);
		if (!this.#confirmed.leaks && plan.leaks.some((l) => l.severity === "error")) {
			this.#ask(t("publish.leak-confirm"), "publish.anyway", () => (this.#confirmed.leaks = true));
			return;
		}
		const total = this.#manifest?.notes.length ?? 0;
		if (!this.#confirmed.deletions && total > 0 && this.#deletions.size / total > 0.2) {
			this.#ask(t("publish.delete-confirm", { count: this.#deletions.size, total }), "publish.delete-anyway", () => (this.#confirmed.deletions = true));
			return;
		}
		await this.#apply(site, plan);
	}

	/** A second, explicit button: the first click showed what is at stake. */
	#ask(text: string, buttonKey: string, confirm: () => void): void {
		const box = this.#say(text, "confirm");
		this.#button(box, buttonKey, "anyway mod-warning", () => {
			confirm();
			return this.#publish();
		});
	}

	async #apply(site: Destination, plan: PublishPlan): Promise<void> {
		const { t } = this;
		const controller = (this.#controller = new AbortController());
		this.#publishButton?.setAttr("disabled", true);
		const progress = this.#say("", "progress");
		try {
			const result = await site.apply(plan, (done, total) => progress.setText(t("publish.progress", { done, total })), controller.signal);
			if (result.cancelled) {
				new Notice(t("publish.cancelled"));
				this.#say(t("publish.cancelled"));
				return;
			}
			// The renames now published are done with (saved only then: publishing changes nothing in the vault otherwise).
			const renames = pruneRenames(this.#host.settings.renames, plan.manifest);
			if (renames) {
				this.#host.settings.renames = renames;
				void this.#host.saveSettings();
			}
			const written = plan.writes.filter((w) => w.kind !== "manifest").length;
			const github = this.#github ? (result as GitHubApplyResult) : null;
			new Notice(github?.commit === null ? t("github.unchanged") : t("publish.done", { written, deleted: result.deleted.length }) + (result.starterSite?.length ? " " + t("publish.starter") : ""));
			if (github) await this.#published(github);
			else this.close();
		} catch (error) {
			this.#failed(error);
		} finally {
			this.#controller = null;
			this.#publishButton?.removeAttribute("disabled");
		}
	}

	/** After a publish to GitHub: the commit, the site, and the workflow run building it when the token may read it. */
	async #published({ commit, commitUrl }: GitHubApplyResult): Promise<void> {
		const { client } = this.#site as GitHubDestination;
		const el = this.#bodyEl;
		el.empty();
		const link = (text: string, href: string) => el.createDiv().createEl("a", { text, href });
		if (commit && commitUrl) link(`Commit ${commit.slice(0, 7)}`, commitUrl);
		else el.createDiv({ text: this.t("github.unchanged") });
		const site = await siteAddress(client, this.#settings.pathPrefix);
		if (site) link(site, site);
		if (!commit) return;
		const run = await workflowRun(client, commit).catch(() => null);
		if (run) link(`GitHub Actions: ${run.conclusion ?? run.status}`, run.url);
		el.createDiv({ text: this.t("github.later") });
	}

	#failed(error: unknown): void {
		const text = this.t("publish.failed", { message: gitHubProblem(this.t, error) });
		new Notice(text);
		this.#say(text, "error");
	}
}
