import { nameKey } from "../text";

/**
 * Finds the vault file a link points at. The plugin implements it with
 * Obsidian's metadata cache; the command line with `VaultPathResolver`, which
 * follows the same rules. Returns a vault-relative path, or null.
 */
export interface LinkResolver {
	resolve(linkpath: string, sourcePath: string): string | null;
}

/**
 * Obsidian's link resolution over a list of vault paths (as observed in Obsidian 1.13):
 * a link names a file by path or base name, case-insensitively, in NFC, `.md` optional;
 * aliases never resolve; among several candidates an exact vault path wins, then a
 * file in the linking note's folder, then the shortest path. Files in dot-folders
 * (`.trash`, the config folder) are invisible to Obsidian and never targets.
 */
export class VaultPathResolver implements LinkResolver {
	/** lowercased name ("note" for `Folder/Note.md`, "image.png") → paths. */
	readonly #byName = new Map<string, string[]>();
	/** lowercased path without `.md` for notes, with its extension otherwise → path. */
	readonly #byPath = new Map<string, string>();

	constructor(paths: Iterable<string>) {
		for (const path of paths) this.add(path);
	}

	add(path: string): void {
		if (isHidden(path)) return;
		const key = pathKey(path);
		this.#byPath.set(key, path);
		const name = nameOfKey(key);
		const list = this.#byName.get(name) ?? [];
		if (!list.includes(path)) list.push(path);
		this.#byName.set(name, list);
	}

	remove(path: string): void {
		const key = pathKey(path);
		if (this.#byPath.get(key) === path) this.#byPath.delete(key);
		const name = nameOfKey(key);
		const list = (this.#byName.get(name) ?? []).filter((p) => p !== path);
		if (list.length) this.#byName.set(name, list);
		else this.#byName.delete(name);
	}

	resolve(linkpath: string, sourcePath: string): string | null {
		if (linkpath.trim() === "") return sourcePath;
		const wanted = pathKey(resolveRelative(linkpath.trim(), sourcePath));
		const exact = this.#byPath.get(wanted);
		if (exact) return exact;
		const slash = wanted.lastIndexOf("/");
		const named = this.#byName.get(wanted.slice(slash + 1)) ?? [];
		// A bare name matches every path of that name; only a partial path (`Folder/Note`) narrows them.
		const candidates = slash < 0 ? named : named.filter((path) => {
			const key = pathKey(path);
			return key === wanted || key.endsWith("/" + wanted);
		});
		if (candidates.length < 2) return candidates[0] ?? null;
		const sourceFolder = folderOf(sourcePath);
		const sameFolder = candidates.find((path) => folderOf(path) === sourceFolder);
		if (sameFolder) return sameFolder;
		return [...candidates].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
	}
}

/** The key a path is looked up by: `Folder/Note.md` → `folder/note`; other files keep their extension. */
function pathKey(path: string): string {
	return nameKey(path.replace(/\.md$/i, ""));
}

/** The name part of a path key: `folder/note` → `note`. */
function nameOfKey(key: string): string {
	return key.slice(key.lastIndexOf("/") + 1);
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

function isHidden(path: string): boolean {
	return path.startsWith(".") || path.includes("/.");
}

/** `./Note` and `../Other/Note` are relative to the linking note's folder. */
function resolveRelative(linkpath: string, sourcePath: string): string {
	if (!linkpath.startsWith("./") && !linkpath.startsWith("../")) return linkpath.replace(/^\//, "");
	const parts = folderOf(sourcePath).split("/").filter(Boolean);
	for (const part of linkpath.split("/")) {
		if (part === "..") parts.pop();
		else if (part !== "." && part !== "") parts.push(part);
	}
	return parts.join("/");
}
