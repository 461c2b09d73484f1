import { App, ItemView, Keymap, Menu, TFile, WorkspaceLeaf } from "obsidian";
import { normaliseTags } from "../../core/note/tags";
import { sidebarModel, SidebarModel } from "../../core/sidebar";
import { Translate } from "../../i18n/translate";
import { SidebarActions } from "./actions";
import { arrowNavigation } from "./keyboard";
import { itemEvents } from "./link-item";
import { PluginIndex } from "./plugin-index";
import { renderSidebar } from "./render";
import { RESOURCE_SIDEBAR_VIEW } from "./view-type";

/** Updates are gathered for this long: typing in a question should not redraw the panel at every key. */
export const REFRESH_DELAY_MS = 250;

/** Obsidian's drag manager: not in the typings, but what the file explorer and core panes drag files with. */
interface DragManager {
	dragFile(evt: DragEvent, file: TFile, source?: unknown): unknown;
	onDragStart(evt: DragEvent, draggable: unknown): void;
}

export interface SidebarViewOptions {
	index: PluginIndex;
	t: Translate;
	onCreateResource: (linkpath: string, sourcePath: string) => unknown;
	isTemplate: (path: string) => boolean;
}

/**
 * The resource sidebar. It follows the active note and renders the core's
 * model for it; it keeps no state of its own beyond the filter text and
 * scroll positions, and does no work while hidden.
 */
export class SidebarView extends ItemView {
	/** The note shown (the last active Markdown file), or null. */
	notePath: string | null = null;
	/** The model last rendered: tests and the benchmark read it. */
	model: SidebarModel | null = null;
	#filterText = "";
	#timer?: number;
	#stale = true;
	readonly #scrollTops = new Map<string, number>();

	readonly #options: SidebarViewOptions;

	constructor(leaf: WorkspaceLeaf, options: SidebarViewOptions) {
		super(leaf);
		this.#options = options;
	}

	override getViewType(): string {
		return RESOURCE_SIDEBAR_VIEW;
	}

	override getDisplayText(): string {
		return this.#options.t("sidebar.title");
	}

	override getIcon(): string {
		return "library";
	}

	override async onOpen(): Promise<void> {
		const { contentEl } = this;
		contentEl.addClass("museum-sidebar");
		this.registerDomEvent(contentEl, "keydown", arrowNavigation(contentEl));
		itemEvents((type, handler) => this.registerDomEvent(contentEl, type, handler), this.#actions);
		const { workspace } = this.app;
		this.registerEvent(workspace.on("file-open", () => this.#follow()));
		this.registerEvent(workspace.on("active-leaf-change", () => this.#follow()));
		// Shown again after being hidden (a collapsed sidebar, another tab of the split): catch up.
		this.registerEvent(workspace.on("layout-change", () => this.#stale && this.#schedule()));
		this.register(this.#options.index.onChange(() => this.invalidate()));
		this.register(() => this.#cancel());
		this.notePath = workspace.getActiveFile()?.path ?? null;
		this.refresh();
	}

	override async onClose(): Promise<void> {
		this.#cancel();
	}

	/** Re-reads the active note; the panel keeps showing the last note while the sidebar itself is focused. */
	#follow(): void {
		const file = this.app.workspace.getActiveFile();
		if (!file || file.path === this.notePath) return;
		this.notePath = file.path;
		this.invalidate();
	}

	invalidate(): void {
		this.#stale = true;
		this.#schedule();
	}

	#schedule(): void {
		this.#cancel();
		this.#timer = window.setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
	}

	#cancel(): void {
		window.clearTimeout(this.#timer);
	}

	/** Renders now if visible; a hidden panel only remembers that it is out of date. */
	refresh(): void {
		const { contentEl } = this;
		if (!contentEl.isShown()) {
			this.#stale = true;
			return;
		}
		const index = this.#options.index.index;
		if (!index) {
			contentEl.empty();
			contentEl.createDiv({ cls: "museum-empty", text: this.#options.t("sidebar.loading") });
			return;
		}
		const previous = this.model?.note ?? "";
		this.#scrollTops.set(previous, contentEl.scrollTop);
		const filterFocused = contentEl.doc.activeElement?.hasClass("museum-filter") ?? false;
		this.model = sidebarModel(index, this.notePath, { filter: this.#filterText, isTemplate: this.#options.isTemplate });
		renderSidebar(contentEl, this.model, this.#options.t, this.#actions);
		contentEl.scrollTop = this.#scrollTops.get(this.model.note ?? "") ?? 0;
		if (filterFocused) this.#refocusFilter();
		this.#stale = false;
	}

	#refocusFilter(): void {
		const input = this.contentEl.querySelector<HTMLInputElement>("input.museum-filter");
		if (!input) return;
		input.focus();
		input.setSelectionRange(input.value.length, input.value.length);
	}

	#file(path: string): TFile | null {
		return this.app.vault.getFileByPath(path);
	}

	readonly #actions: SidebarActions = {
		open: (path, evt, line) => {
			const file = this.#file(path);
			if (!file) return;
			const leaf = this.app.workspace.getLeaf(Keymap.isModEvent(evt));
			void leaf.openFile(file, line ? { eState: { line: line - 1 } } : undefined);
		},
		openUrl: (url) => window.open(url),
		hover: (event, targetEl, path) => {
			this.app.workspace.trigger("hover-link", { event, source: RESOURCE_SIDEBAR_VIEW, hoverParent: this, targetEl, linktext: path, sourcePath: this.notePath ?? "" });
		},
		fileMenu: (evt, path) => {
			const file = this.#file(path);
			if (!(file instanceof TFile)) return;
			const menu = new Menu();
			this.app.workspace.trigger("file-menu", menu, file, RESOURCE_SIDEBAR_VIEW, this.leaf);
			menu.showAtMouseEvent(evt);
		},
		drag: (evt, path) => {
			const file = this.#file(path);
			// As the file explorer does: the drag carries the file, and the note it is dropped into writes
			// the link itself, relative to that note and in the user's link format.
			const manager = (this.app as App & { dragManager?: DragManager }).dragManager;
			if (file && manager) manager.onDragStart(evt, manager.dragFile(evt, file, this));
		},
		create: (linkpath) => void this.#options.onCreateResource(linkpath, this.notePath ?? ""),
		fixTags: (path, commented) => {
			const file = this.#file(path);
			if (file) void this.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => (frontmatter.tags = normaliseTags(commented).join(" ")));
		},
		filter: (text) => {
			this.#filterText = text;
			this.invalidate();
		},
	};
}
