/**
 * The plugin's start-up loads neither the starter site's packed texts nor their inflater (src/core/inflate.ts): they come with the site folder, on the first publish (desktop-destination.ts).
 */
const mockLoaded: string[] = [];
jest.mock("../../../src/core/inflate", () => {
	mockLoaded.push("inflate");
	return jest.requireActual("../../../src/core/inflate");
});

test("importing the plugin does not load the inflater; opening a site folder does", async () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require("../../../src/main");
	expect(mockLoaded).toEqual([]);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { openSiteFolder } = require("../../../src/obsidian/publish/desktop-destination") as typeof import("../../../src/obsidian/publish/desktop-destination");
	await openSiteFolder("/nonexistent-museum-site-folder");
	expect(mockLoaded).toEqual(["inflate"]);
});
