/**
 * The plugin's start-up inflates nothing: the inflater (src/core/inflate.ts) is bundled with the plugin, but the
 * starter site's packed texts and the UI strings are unpacked on first use (a publish, a lookup), not at import.
 */
import * as inflater from "../../../src/core/inflate";

jest.mock("../../../src/core/inflate", () => {
	const actual = jest.requireActual<typeof import("../../../src/core/inflate")>("../../../src/core/inflate");
	return { inflate: jest.fn(actual.inflate) };
});

test("importing the plugin inflates nothing; the first starter text does, once", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require("../../../src/main");
	expect(inflater.inflate).not.toHaveBeenCalled();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { starterSiteFiles } = require("../../../src/destinations/starter/index") as typeof import("../../../src/destinations/starter/index");
	expect(starterSiteFiles({ siteTitle: "Musée", pathPrefix: "/" }).length).toBeGreaterThan(0);
	expect(inflater.inflate).toHaveBeenCalledTimes(1);
});
