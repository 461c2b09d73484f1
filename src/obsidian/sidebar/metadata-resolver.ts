import { MetadataCache } from "obsidian";
import { LinkResolver } from "../../core/links/resolver";

/** Links resolved by Obsidian itself: the truth inside the app. */
export class MetadataCacheResolver implements LinkResolver {
	readonly #metadataCache: MetadataCache;

	constructor(metadataCache: MetadataCache) {
		this.#metadataCache = metadataCache;
	}

	resolve(linkpath: string, sourcePath: string): string | null {
		// `[[#Heading]]` is the note itself.
		if (linkpath.trim() === "") return sourcePath;
		return this.#metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
	}
}
