/** @jest-environment jsdom */
import {
	AbstractInputSuggest, ItemView, MarkdownView, Menu, Modal, Notice, Setting, TFile, TFolder, WorkspaceLeaf,
	debounce, getLanguage, normalizePath, setIcon, setLanguage, Keymap,
} from "../obsidian";
import { createApp, flush, loadBuiltPlugin, runCommand } from "../obsidian/harness";

describe("vault", () => {
	it("seeds files, hides dot-folders and builds the folder tree", async () => {
		const app = await createApp({ "Notes/A.md": "a", "img/x.png": new Uint8Array([1, 2, 3]), ".trash/old.md": "gone", ".obsidian/app.json": "{}" });
		const { vault } = app;
		expect(vault.getFiles().map((f) => f.path).sort()).toEqual(["Notes/A.md", "img/x.png"]);
		expect(vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Notes/A.md"]);
		expect(vault.getAbstractFileByPath(".trash/old.md")).toBeNull();
		expect(await vault.adapter.exists(".trash/old.md")).toBe(true);
		const a = vault.getFileByPath("Notes/A.md")!;
		expect([a.name, a.basename, a.extension, a.parent?.path, a.stat.size]).toEqual(["A.md", "A", "md", "Notes", 1]);
		expect(vault.getFolderByPath("Notes")).toBeInstanceOf(TFolder);
		expect(vault.getRoot().isRoot()).toBe(true);
		expect(new Uint8Array(await vault.readBinary(vault.getFileByPath("img/x.png")!))).toEqual(new Uint8Array([1, 2, 3]));
		expect(vault.configDir).toBe(".obsidian");
	});

	it("fires create/modify/rename/delete and enforces Obsidian's errors", async () => {
		const app = await createApp({ "A.md": "x" });
		const { vault } = app;
		const events: string[] = [];
		for (const name of ["create", "modify", "rename", "delete"]) vault.on(name, (f: any, old?: string) => events.push(`${name}:${f.path}${old ? "<" + old : ""}`));
		await expect(vault.create("A.md", "y")).rejects.toThrow("File already exists.");
		await expect(vault.create("Missing/B.md", "y")).rejects.toThrow();
		await vault.createFolder("Sub/Deep");
		await expect(vault.createFolder("Sub")).rejects.toThrow("Folder already exists.");
		const b = await vault.create("Sub/Deep/B.md", "b");
		await vault.modify(b, "b2");
		await vault.append(b, "+");
		expect(await vault.process(b, (t) => t.toUpperCase())).toBe("B2+");
		await vault.rename(b, "Sub/C.md");
		await vault.delete(b);
		expect(events).toEqual([
			"create:Sub", "create:Sub/Deep", "create:Sub/Deep/B.md", "modify:Sub/Deep/B.md", "modify:Sub/Deep/B.md",
			"modify:Sub/Deep/B.md", "rename:Sub/C.md<Sub/Deep/B.md", "delete:Sub/C.md",
		]);
		const a = vault.getFileByPath("A.md")!;
		await vault.trash(a, false);
		expect(await vault.adapter.read(".trash/A.md")).toBe("x");
		expect(vault.getFileByPath("A.md")).toBeNull();
	});

	it("normalizePath behaves like Obsidian's", () => {
		expect(normalizePath("//a\\b//c/")).toBe("a/b/c");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("a\u00A0b")).toBe("a b");
		expect(normalizePath("e\u0301.md")).toBe("\u00e9.md");
	});
});

describe("metadata cache", () => {
	it("reindexes asynchronously on modify, then fires changed and resolved", async () => {
		const app = await createApp({ "A.md": "# A", "B.md": "" });
		const seen: string[] = [];
		app.metadataCache.on("changed", (f: TFile, data: string, cache: any) => seen.push(`changed:${f.path}:${data}:${cache.links?.[0]?.link}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		await app.vault.modify(app.vault.getFileByPath("A.md")!, "see [[B]]");
		expect(seen).toEqual([]);
		await app.metadataCache.whenIdle();
		expect(seen).toEqual(["changed:A.md:see [[B]]:B", "resolved"]);
		expect(app.metadataCache.resolvedLinks["A.md"]).toEqual({ "B.md": 1 });
	});
});

describe("file manager", () => {
	it("processFrontMatter rewrites YAML and keeps the body byte for byte", async () => {
		const body = "\n# Title\n\nText with trailing spaces  \n\n- [ ] task\n";
		const app = await createApp({ "N.md": `---\ntitle: Old\ntags: [a]\n---${"\n"}${body}`, "Bare.md": "Just text\n" });
		const n = app.vault.getFileByPath("N.md")!;
		await app.fileManager.processFrontMatter(n, (fm) => {
			fm.title = "New";
			fm.alias = ["Qu'est-ce qu'un jumeau?"];
		});
		const text = await app.vault.read(n);
		expect(text.endsWith(body)).toBe(true);
		expect(text.startsWith("---\ntitle: New\n")).toBe(true);
		await app.metadataCache.whenIdle();
		expect(app.metadataCache.getFileCache(n)?.frontmatter).toEqual({ title: "New", tags: ["a"], alias: ["Qu'est-ce qu'un jumeau?"] });
		const bare = app.vault.getFileByPath("Bare.md")!;
		await app.fileManager.processFrontMatter(bare, (fm) => (fm.status = "draft"));
		expect(await app.vault.read(bare)).toBe("---\nstatus: draft\n---\nJust text\n");
	});

	it("renameFile updates wikilinks and markdown links in other notes", async () => {
		const app = await createApp({ "Old.md": "x", "Ref.md": "[[Old]] and [[Old#H|alias]] and [t](Old.md)" });
		await app.fileManager.renameFile(app.vault.getFileByPath("Old.md")!, "New Name.md");
		expect(await app.vault.read(app.vault.getFileByPath("Ref.md")!)).toBe("[[New Name]] and [[New Name#H|alias]] and [t](New%20Name.md)");
	});
});

describe("modal, suggest, menu, settings", () => {
	it("Modal opens into the body and Escape closes it", () => {
		const events: string[] = [];
		class M extends Modal {
			override onOpen() {
				events.push("open");
				this.setTitle("Hi");
				this.contentEl.createEl("p", { text: "body" });
			}
			override onClose() {
				events.push("close");
			}
		}
		const m = new M({} as any);
		m.open();
		expect(document.querySelector(".modal-container .modal-title")?.textContent).toBe("Hi");
		expect(document.querySelector(".modal-content p")?.textContent).toBe("body");
		m.modalEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		expect(document.querySelector(".modal-container")).toBeNull();
		expect(events).toEqual(["open", "close"]);
	});

	it("AbstractInputSuggest renders suggestions on input and selects one", async () => {
		class S extends AbstractInputSuggest<string> {
			getSuggestions(q: string) {
				return ["apple", "apricot", "banana"].filter((x) => x.startsWith(q));
			}
			renderSuggestion(v: string, el: HTMLElement) {
				el.setText(v);
			}
		}
		const input = document.body.createEl("input", { type: "text" });
		const chosen: string[] = [];
		const s = new S({} as any, input).onSelect((v) => {
			chosen.push(v);
			s.setValue(v);
			s.close();
		});
		input.value = "ap";
		input.dispatchEvent(new Event("input"));
		await flush();
		const items = Array.from(document.querySelectorAll(".suggestion-container .suggestion-item")).map((e) => e.textContent);
		expect(items).toEqual(["apple", "apricot"]);
		(document.querySelectorAll(".suggestion-item")[1] as HTMLElement).click();
		expect(chosen).toEqual(["apricot"]);
		expect(input.value).toBe("apricot");
		expect(document.querySelector(".suggestion-container")).toBeNull();
	});

	it("Menu records the last shown menu and its items can be clicked", () => {
		const clicked: string[] = [];
		new Menu()
			.addItem((i) => i.setTitle("One").setIcon("star").onClick(() => clicked.push("one")))
			.addSeparator()
			.addItem((i) => i.setTitle("Two").setDisabled(true).onClick(() => clicked.push("two")))
			.showAtPosition({ x: 1, y: 2 });
		const menu = Menu.lastShown!;
		menu.findItem("Two")!.click();
		menu.findItem("One")!.click();
		expect(clicked).toEqual(["one"]);
		expect(menu.shown).toBe(false);
	});

	it("Setting components are real inputs", () => {
		const container = document.body.createDiv();
		const values: unknown[] = [];
		new Setting(container).setName("Name").setDesc("Desc").addText((t) => t.setValue("a").onChange((v) => values.push(v)))
			.addToggle((t) => t.setValue(false).onChange((v) => values.push(v)))
			.addDropdown((d) => d.addOptions({ x: "X", y: "Y" }).setValue("x").onChange((v) => values.push(v)));
		const input = container.querySelector("input[type=text]") as HTMLInputElement;
		input.value = "typed";
		input.dispatchEvent(new Event("input"));
		(container.querySelector(".checkbox-container") as HTMLElement).click();
		const select = container.querySelector("select") as HTMLSelectElement;
		select.value = "y";
		select.dispatchEvent(new Event("change"));
		expect(values).toEqual(["typed", true, "y"]);
		expect(container.querySelector(".setting-item-name")?.textContent).toBe("Name");
	});

	it("Notice records messages and renders .notice", () => {
		Notice.clear();
		new Notice("Saved");
		expect(Notice.messages).toEqual(["Saved"]);
		expect(document.querySelector(".notice")?.textContent).toBe("Saved");
	});
});

describe("plugin, commands and workspace", () => {
	it("loads a built bundle, prefixes command ids and honours checkCallback", async () => {
		const app = await createApp({ "A.md": "a", "B.md": "b" });
		const plugin: any = await loadBuiltPlugin(app, "tests/obsidian-fidelity/sample-plugin/main.js", "tests/obsidian-fidelity/sample-plugin/manifest.json");
		expect(plugin.layoutReadySeen).toBe(true);
		expect(app.commands.listCommands().map((c) => c.id).sort()).toEqual(["sample-plugin:count-notes", "sample-plugin:only-with-active-file"]);
		Notice.clear();
		expect(runCommand(app, "sample-plugin:count-notes")).toBe(true);
		expect(runCommand(app, "sample-plugin:only-with-active-file")).toBe(false);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("B.md")!);
		expect(runCommand(app, "sample-plugin:only-with-active-file")).toBe(true);
		expect(Notice.messages).toEqual(["2 notes", "active: B.md"]);
		await app.vault.create("C.md", "");
		expect(plugin.lastCreated).toBe("C.md");
		plugin.settings.greeting = "bonjour";
		await plugin.saveSettings();
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/sample-plugin/data.json"))).toEqual({ greeting: "bonjour" });
	});

	it("registers views, opens leaves and reports the active markdown view", async () => {
		const app = await createApp({ "A.md": "line 1\nline 2" });
		class MyView extends ItemView {
			getViewType() {
				return "my-view";
			}
			getDisplayText() {
				return "Mine";
			}
			override async onOpen() {
				this.contentEl.createEl("h4", { text: "Hello" });
			}
		}
		app.viewRegistry.registerView("my-view", (leaf: WorkspaceLeaf) => new MyView(leaf));
		const side = app.workspace.getRightLeaf(false);
		await side.setViewState({ type: "my-view", active: true });
		expect(app.workspace.getLeavesOfType("my-view")).toHaveLength(1);
		expect(side.view.containerEl.children[1].querySelector("h4")?.textContent).toBe("Hello");
		expect(side.getDisplayText()).toBe("Mine");
		const leaf = app.workspace.getLeaf("tab");
		await leaf.openFile(app.vault.getFileByPath("A.md")!);
		const mv = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(mv.file?.path).toBe("A.md");
		expect(mv.editor.getLine(1)).toBe("line 2");
		mv.editor.setCursor({ line: 0, ch: 6 });
		mv.editor.replaceSelection("!");
		expect(mv.editor.getValue()).toBe("line 1!\nline 2");
		app.workspace.detachLeavesOfType("my-view");
		expect(app.workspace.getLeavesOfType("my-view")).toHaveLength(0);
	});
});

describe("harness flush", () => {
	it("runs 0-ms timers and indexing with fake timers too", async () => {
		jest.useFakeTimers();
		try {
			const app = await createApp({ "A.md": "" });
			let fired = false;
			setTimeout(() => (fired = true), 0);
			await app.vault.modify(app.vault.getFileByPath("A.md")!, "#tag");
			await flush(app);
			expect(fired).toBe(true);
			expect(app.metadataCache.getCache("A.md")?.tags?.[0].tag).toBe("#tag");
		} finally {
			jest.useRealTimers();
		}
	});
});

describe("misc", () => {
	it("debounce, icons, language, Keymap", () => {
		jest.useFakeTimers();
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100, true);
		d(1);
		jest.advanceTimersByTime(50);
		d(2);
		jest.advanceTimersByTime(99);
		expect(calls).toEqual([]);
		jest.advanceTimersByTime(1);
		expect(calls).toEqual([2]);
		d(3);
		d.cancel();
		d(4);
		d.run();
		expect(calls).toEqual([2, 4]);
		jest.useRealTimers();
		const el = document.createElement("div");
		setIcon(el, "folder");
		expect(el.querySelector("svg")?.getAttribute("class")).toBe("svg-icon lucide-folder");
		setLanguage("fr");
		expect(getLanguage()).toBe("fr");
		setLanguage("en");
		expect(Keymap.isModEvent({ ctrlKey: true } as MouseEvent)).toBe("tab");
		expect(Keymap.isModEvent({} as MouseEvent)).toBe(false);
	});
});
