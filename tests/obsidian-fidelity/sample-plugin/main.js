"use strict";
// A tiny CommonJS plugin bundle, shaped like esbuild's output, used to test loadBuiltPlugin.
var obsidian = require("obsidian");
class SamplePlugin extends obsidian.Plugin {
	async onload() {
		this.settings = Object.assign({ greeting: "hello" }, await this.loadData());
		this.addCommand({
			id: "count-notes",
			name: "Count notes",
			callback: () => new obsidian.Notice(`${this.app.vault.getMarkdownFiles().length} notes`),
		});
		this.addCommand({
			id: "only-with-active-file",
			name: "Only with active file",
			checkCallback: (checking) => {
				const file = this.app.workspace.getActiveFile();
				if (!file) return false;
				if (!checking) new obsidian.Notice(`active: ${file.path}`);
				return true;
			},
		});
		this.layoutReadySeen = false;
		this.app.workspace.onLayoutReady(() => {
			this.layoutReadySeen = true;
		});
		this.registerEvent(this.app.vault.on("create", (f) => {
			if (f instanceof obsidian.TFile) this.lastCreated = f.path;
		}));
	}
	async saveSettings() {
		await this.saveData(this.settings);
	}
}
module.exports = SamplePlugin;
module.exports.default = SamplePlugin;
