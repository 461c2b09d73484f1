import type { unpackText } from "../core/packed-text";
import { bilingual, StringTable } from "./translate";

type Entries = Parameters<typeof bilingual>[0];

// Replaced, once main.js is built, by the blob of every table it uses (scripts/pack-strings.cjs).
const PACKED = "__MUSEUM_UI_STRINGS__";
let unpacked: Record<string, Entries> | undefined;

/**
 * A strings table as main.js holds it: its id in the blob of the UI strings, packed at build time,
 * unpacked on the first lookup (not when the plugin loads), each table made once. `unpacker` loads
 * src/core/packed-text.ts then, and fflate with it, which builds its tables as it loads: the build writes
 * it as a `require`, which esbuild runs on that first call, where an import would run with the plugin.
 */
export function packedStrings(id: string, unpacker: () => { unpackText: typeof unpackText }): StringTable {
	let table: StringTable | undefined;
	const made = () => (table ??= bilingual((unpacked ??= JSON.parse(unpacker().unpackText(PACKED)) as Record<string, Entries>)[id]));
	return {
		get en() {
			return made().en;
		},
		get fr() {
			return made().fr;
		},
	};
}
