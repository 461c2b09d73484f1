import { VaultPathResolver } from "../../../src/core/links/resolver";
import { nfc } from "../../../src/core/text";
import { MetadataCacheResolver } from "../../../src/obsidian/sidebar/metadata-resolver";
import { createApp } from "../../obsidian/harness";
import { RESOLUTION_CASES, RESOLUTION_PATHS } from "./resolution-cases";

describe("VaultPathResolver (command line) follows Obsidian's link resolution", () => {
	const resolver = new VaultPathResolver(RESOLUTION_PATHS);
	test.each(RESOLUTION_CASES)("$name: [[$link]] from $source", ({ link, source, expected }) => {
		expect(resolver.resolve(link, source)).toBe(expected);
	});
});

describe("MetadataCacheResolver (plugin) answers the same table through Obsidian's metadata cache", () => {
	let resolver: MetadataCacheResolver;
	beforeAll(async () => {
		const app = await createApp(Object.fromEntries(RESOLUTION_PATHS.map((path) => [path, path.endsWith(".md") ? "# Note\n" : new Uint8Array([1])])));
		resolver = new MetadataCacheResolver(app.metadataCache as never);
	});
	// Obsidian reports vault paths in NFC (normalizePath), whatever the disk holds.
	test.each(RESOLUTION_CASES)("$name: [[$link]] from $source", ({ link, source, expected }) => {
		expect(resolver.resolve(link, source)).toBe(expected === null ? null : nfc(expected));
	});
});
