import { unpackText } from "../core/packed-text";
import { bilingual, StringTable } from "./translate";

type Entries = Parameters<typeof bilingual>[0];

// Replaced, once main.js is built, by the blob of every table it uses (scripts/pack-strings.cjs).
const PACKED = "__MUSEUM_UI_STRINGS__";
let unpacked: Record<string, Entries> | undefined;

/**
 * A strings table as main.js holds it: its id in the blob of the UI strings, packed at build time,
 * unpacked on the first lookup (not when the plugin loads), each table made once.
 */
export function packedStrings(id: string): StringTable {
	let table: StringTable | undefined;
	const made = () => (table ??= bilingual((unpacked ??= JSON.parse(unpackText(PACKED)) as Record<string, Entries>)[id]));
	return {
		get en() {
			return made().en;
		},
		get fr() {
			return made().fr;
		},
	};
}
