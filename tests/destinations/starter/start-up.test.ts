/**
 * The plugin's start-up loads neither the starter site's packed texts nor their inflater (fflate builds its
 * tables as it loads): they come with the site folder, on the first publish (desktop-destination.ts).
 */
const mockLoaded: string[] = [];
jest.mock("fflate", () => {
	mockLoaded.push("fflate");
	return jest.requireActual("fflate");
});

test("importing the plugin does not load fflate; opening a site folder does", async () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require("../../../src/main");
	expect(mockLoaded).toEqual([]);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { openSiteFolder } = require("../../../src/obsidian/publish/desktop-destination") as typeof import("../../../src/obsidian/publish/desktop-destination");
	await openSiteFolder("/nonexistent-museum-site-folder");
	expect(mockLoaded).toEqual(["fflate"]);
});
