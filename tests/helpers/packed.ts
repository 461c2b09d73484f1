import { inflateRawSync } from "zlib";
import { fromBase93 } from "../../src/core/packed-text";

/** A packed text read back with Node's own inflate: tests check the plugin's inflater against it. */
export function unpackTextWithNode(packed: string): string {
	return inflateRawSync(fromBase93(packed)).toString("utf8");
}
