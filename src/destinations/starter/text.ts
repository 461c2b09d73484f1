/**
 * The starter site's texts: every file of files/ (templates, CSS, labels, READMEs, the site's config) is
 * packed at build time into one blob, minified, deflated (zopfli) and in base 93 (scripts/minify-text.cjs,
 * `packFolder`; esbuild and jest both use it). Read a file with `starterText("name.ext")`: a file added
 * to files/ needs no other change. It is data the plugin writes to the site, never code the plugin runs.
 */
import { unpackText } from "../../core/packed-text";
import PACKED from "./files.pack";

let files: Record<string, string> | undefined;

/** The text of `files/<name>`, minified; `__NAME__` placeholders filled from `values`. Unpacked on first use, not at load. */
export function starterText(name: string, values: Record<string, string> = {}): string {
	files ??= JSON.parse(unpackText(PACKED)) as Record<string, string>;
	const text = files[name];
	if (text === undefined) throw new Error(`starter site: no file ${name}`);
	return text.replace(/__([A-Z]+(?:_[A-Z]+)*)__/g, (placeholder, key: string) => {
		if (!(key in values)) throw new Error(`starter site: ${name} needs a value for ${placeholder}`);
		return values[key];
	});
}
