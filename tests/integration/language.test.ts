/** @jest-environment jsdom */
import { setLanguage } from "../obsidian";
import { createApp, flush, loadBuiltPlugin } from "../obsidian/harness";

const DATA = ".obsidian/plugins/museum-strategy-notes/data.json";

afterEach(() => setLanguage("en"));

test("the plugin notes Obsidian's language in its settings once the layout is ready, for the command line (built main.js)", async () => {
	setLanguage("fr");
	const app = await createApp({ "A.md": "# A\n" });
	await loadBuiltPlugin(app);
	await flush(app);
	expect(JSON.parse(await app.vault.adapter.read(DATA))).toMatchObject({ language: "fr", questionsFolder: "Notes" });
});
