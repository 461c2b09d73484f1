import { unpackText } from "../core/packed-text";
import { bilingual, StringTable } from "./translate";

/**
 * A strings table as main.js holds it: the entries of `bilingual`, packed at build time
 * (scripts/pack-strings.cjs), unpacked on the first lookup, not when the plugin loads.
 */
export function packedStrings(packed: string): StringTable {
	let table: StringTable | undefined;
	const unpacked = () => (table ??= bilingual(JSON.parse(unpackText(packed)) as Parameters<typeof bilingual>[0]));
	return {
		get en() {
			return unpacked().en;
		},
		get fr() {
			return unpacked().fr;
		},
	};
}
