/** App, Commands and Plugin. */
import { Component, Events } from "./events";
import { FileManager } from "./file-manager";
import { normalizePath, TFile } from "./files";
import { MetadataCache } from "./metadata-cache";
import { Keymap, Scope } from "./ui";
import { Vault } from "./vault";
import { MarkdownView, div, hasDom } from "./views";
import { ViewRegistry, Workspace } from "./workspace";

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => any;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: any, ctx: any) => any;
	editorCheckCallback?: (checking: boolean, editor: any, ctx: any) => boolean | void;
	hotkeys?: Array<{ modifiers: string[]; key: string }>;
}

export class Commands {
	commands: Record<string, Command> = {};
	editorCommands: Record<string, Command> = {};
	constructor(private app: App) {}
	addCommand(cmd: Command): void {
		this.commands[cmd.id] = cmd;
		if (cmd.editorCallback || cmd.editorCheckCallback) this.editorCommands[cmd.id] = cmd;
	}
	removeCommand(id: string): void {
		delete this.commands[id];
		delete this.editorCommands[id];
	}
	listCommands(): Command[] {
		return Object.values(this.commands);
	}
	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}
	private editorContext(): { editor: any; view: MarkdownView } | null {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		return view ? { editor: view.editor, view } : null;
	}
	/** Whether the command can run now (what the command palette lists). */
	isAvailable(id: string): boolean {
		const cmd = this.commands[id];
		if (!cmd) return false;
		if (cmd.checkCallback) return !!cmd.checkCallback(true);
		if (cmd.editorCheckCallback || cmd.editorCallback) {
			const ctx = this.editorContext();
			if (!ctx) return false;
			return cmd.editorCheckCallback ? !!cmd.editorCheckCallback(true, ctx.editor, ctx.view) : true;
		}
		return !!cmd.callback;
	}
	executeCommandById(id: string): boolean {
		const cmd = this.commands[id];
		if (!cmd) return false;
		return this.executeCommand(cmd);
	}
	executeCommand(cmd: Command): boolean {
		if (cmd.editorCheckCallback || cmd.editorCallback) {
			const ctx = this.editorContext();
			if (!ctx) return false;
			if (cmd.editorCheckCallback) {
				if (!cmd.editorCheckCallback(true, ctx.editor, ctx.view)) return false;
				cmd.editorCheckCallback(false, ctx.editor, ctx.view);
				return true;
			}
			cmd.editorCallback!(ctx.editor, ctx.view);
			return true;
		}
		if (cmd.checkCallback) {
			if (!cmd.checkCallback(true)) return false;
			cmd.checkCallback(false);
			return true;
		}
		if (cmd.callback) {
			cmd.callback();
			return true;
		}
		return false;
	}
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	author: string;
	description: string;
	dir?: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
}

/** A dragged file, as Obsidian's drag manager describes it. */
export interface Draggable { type: string; file?: TFile; source?: unknown; icon: string; title: string }

/**
 * Obsidian's drag manager (not in the typings; the file explorer uses it): `dragFile` describes the
 * file, `onDragStart` makes it the current drag; a Markdown editor the file is dropped into writes
 * `fileManager.generateMarkdownLink(file, <that note>)` (see `MarkdownView`).
 */
export class DragManager {
	draggable: Draggable | null = null;
	dragFile(_evt: DragEvent, file: TFile, source?: unknown): Draggable {
		return { type: "file", file, source, icon: "lucide-file", title: file.basename };
	}
	onDragStart(evt: DragEvent, draggable: Draggable | null): void {
		this.draggable = draggable;
		if (draggable?.file) evt.dataTransfer?.setData("text/plain", draggable.file.path);
	}
}

/**
 * Obsidian's secret storage (1.11.4): secrets by ID, kept by the app outside
 * the vault (never in a plugin's data.json). IDs are lowercase alphanumeric
 * with dashes; `setSecret` throws on any other.
 */
export class SecretStorage extends Events {
	private readonly secrets = new Map<string, string>();
	setSecret(id: string, secret: string): void {
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`Invalid secret ID: ${id}`);
		this.secrets.set(id, secret);
		this.trigger("changed", id);
	}
	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}
	listSecrets(): string[] {
		return [...this.secrets.keys()];
	}
}

export class App {
	vault: Vault;
	secretStorage = new SecretStorage();
	dragManager = new DragManager();
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	viewRegistry = new ViewRegistry();
	commands: Commands;
	scope = new Scope();
	keymap = { pushScope: (_s: Scope) => {}, popScope: (_s: Scope) => {} };
	lastEvent: UIEvent | null = null;
	isDarkMode = () => false;
	plugins = { plugins: {} as Record<string, Plugin>, manifests: {} as Record<string, PluginManifest>, enabledPlugins: new Set<string>(), getPlugin: (id: string) => this.plugins.plugins[id] ?? null };
	setting = { settingTabs: [] as any[], pluginTabs: [] as any[], open: () => {}, close: () => {}, openTabById: (_id: string) => {} };
	internalPlugins = { getPluginById: (_id: string) => null, getEnabledPluginById: (_id: string) => null };
	private localStore = new Map<string, unknown>();

	constructor(vault?: Vault) {
		this.vault = vault ?? new Vault();
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		if (hasDom()) {
			const body = (globalThis as any).document.body as HTMLElement;
			if (!body.contains(this.workspace.containerEl)) body.appendChild(this.workspace.containerEl);
		}
	}
	loadLocalStorage(key: string): any | null {
		return this.localStore.has(key) ? this.localStore.get(key) : null;
	}
	saveLocalStorage(key: string, data: unknown | null): void {
		if (data === null || data === undefined) this.localStore.delete(key);
		else this.localStore.set(key, data);
	}
}

export interface Ribbon { icon: string; title: string; callback: (evt: MouseEvent) => any; el: HTMLElement }

export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** test-visible registrations */
	ribbonIcons: Ribbon[] = [];
	statusBarItems: HTMLElement[] = [];
	settingTabs: any[] = [];
	editorExtensions: any[] = [];
	markdownPostProcessors: any[] = [];
	codeBlockProcessors: Record<string, any> = {};
	editorSuggests: any[] = [];
	obsidianProtocolHandlers: Record<string, any> = {};
	hoverLinkSources: Record<string, { display: string; defaultMod: boolean }> = {};

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}
	override onload(): void | Promise<void> {}
	onUserEnable(): void {}
	onExternalSettingsChange(): any {}

	private get dataPath(): string {
		return normalizePath(`${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`);
	}
	async loadData(): Promise<any> {
		const p = this.dataPath;
		if (!(await this.app.vault.adapter.exists(p))) return null;
		return JSON.parse(await this.app.vault.adapter.read(p));
	}
	async saveData(data: any): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}
	addCommand(command: Command): Command {
		const cmd = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.addCommand(cmd);
		this.register(() => this.app.commands.removeCommand(cmd.id));
		return cmd;
	}
	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = div("clickable-icon side-dock-ribbon-action");
		if (el) {
			el.setAttribute("aria-label", title);
			el.setAttribute("data-icon", icon);
			el.addEventListener("click", (evt) => callback(evt as MouseEvent));
			this.app.workspace.leftRibbon.containerEl?.appendChild(el);
		}
		const r = { icon, title, callback, el };
		this.ribbonIcons.push(r);
		this.register(() => {
			el?.remove();
			this.ribbonIcons = this.ribbonIcons.filter((x) => x !== r);
		});
		return el;
	}
	addStatusBarItem(): HTMLElement {
		const el = div("status-bar-item plugin-" + this.manifest.id.replace(/[^a-z0-9-]/gi, "-").toLowerCase());
		this.statusBarItems.push(el);
		this.register(() => el?.remove());
		return el;
	}
	addSettingTab(settingTab: any): void {
		this.settingTabs.push(settingTab);
		this.app.setting.pluginTabs.push(settingTab);
		this.register(() => {
			this.app.setting.pluginTabs = this.app.setting.pluginTabs.filter((t) => t !== settingTab);
		});
	}
	registerView(type: string, viewCreator: (leaf: any) => any): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.unregisterView(type);
		});
	}
	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.hoverLinkSources[id] = info;
		this.app.workspace.hoverLinkSources[id] = info;
		this.register(() => delete this.app.workspace.hoverLinkSources[id]);
	}
	registerEditorExtension(extension: any): void {
		this.editorExtensions.push(extension);
	}
	registerMarkdownPostProcessor(postProcessor: any, sortOrder?: number): any {
		postProcessor.sortOrder = sortOrder;
		this.markdownPostProcessors.push(postProcessor);
		return postProcessor;
	}
	registerMarkdownCodeBlockProcessor(language: string, handler: any, _sortOrder?: number): any {
		this.codeBlockProcessors[language] = handler;
		return handler;
	}
	registerEditorSuggest(editorSuggest: any): void {
		this.editorSuggests.push(editorSuggest);
		this.app.workspace.editorSuggest.suggests.push(editorSuggest);
	}
	registerObsidianProtocolHandler(action: string, handler: any): void {
		this.obsidianProtocolHandlers[action] = handler;
	}
	registerCliHandler(..._args: any[]): void {}
}

export { Keymap, Events };
