import { VaultPathResolver } from "../../../src/core/links/resolver";
import { RESOLUTION_CASES, RESOLUTION_PATHS } from "./resolution-cases";

describe("VaultPathResolver follows Obsidian's link resolution", () => {
	const resolver = new VaultPathResolver(RESOLUTION_PATHS);
	test.each(RESOLUTION_CASES)("$name: [[$link]] from $source", ({ link, source, expected }) => {
		expect(resolver.resolve(link, source)).toBe(expected);
	});
});
