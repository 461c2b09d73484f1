/** FileManager: frontmatter editing, link-updating renames, link generation. */
import { TAbstractFile, TFile, TFolder, normalizePath, parentPath } from "./files";
import { getLinkpath, parseLinktext } from "./links";
import type { MetadataCache } from "./metadata-cache";
import type { Vault } from "./vault";
import { parseYaml, stringifyYaml } from "./yaml";

const FM_RE = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export class FileManager {
	constructor(private vault: Vault, private metadataCache: MetadataCache) {}

	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const loc = this.vault.getConfig("newFileLocation");
		if (loc === "current") {
			const f = this.vault.getFolderByPath(parentPath(sourcePath));
			if (f) return f;
		}
		if (loc === "folder") {
			const f = this.vault.getFolderByPath(String(this.vault.getConfig("newFileFolderPath") ?? "/"));
			if (f) return f;
		}
		return this.vault.getRoot();
	}

	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: { ctime?: number; mtime?: number }): Promise<void> {
		await this.vault.process(
			file,
			(data) => {
				const m = FM_RE.exec(data);
				const yamlText = m ? m[1] ?? "" : "";
				const body = m ? data.slice(m[0].length) : data;
				const fm = (m ? parseYaml(yamlText) : null) ?? {};
				if (typeof fm !== "object" || Array.isArray(fm)) throw new Error("Frontmatter is not an object");
				fn(fm);
				if (!m && Object.keys(fm).length === 0) return data;
				const yaml = Object.keys(fm).length ? stringifyYaml(fm) : "";
				return `---\n${yaml}---\n${body}`;
			},
			options,
		);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		const pref = this.vault.getConfig("trashOption");
		if (pref === "none") await this.vault.delete(file, true);
		else await this.vault.trash(file, pref === "system");
	}

	/** Honours the vault's `useMarkdownLinks` and `newLinkFormat` ("shortest", "relative", "absolute"). */
	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const useMd = this.vault.getConfig("useMarkdownLinks") === true;
		const format = this.vault.getConfig("newLinkFormat");
		const omitMd = !useMd && file.extension === "md";
		const path = omitMd ? file.path.slice(0, -3) : file.path;
		const linktext = format === "absolute" ? path : format === "relative" ? relativePath(parentPath(sourcePath), path) : this.metadataCache.fileToLinktext(file, sourcePath, !useMd);
		if (useMd) {
			const dest = encodeURI(linktext).replace(/[()]/g, (c) => encodeURIComponent(c)) + (subpath ? encodeURI(subpath).replace(/#/g, (_, i) => (i === 0 ? "#" : "%23")) : "");
			const text = alias ?? (file.extension === "md" ? file.basename : file.name);
			return `${file.extension === "md" ? "" : "!"}[${text}](${dest})`;
		}
		const embed = file.extension === "md" ? "" : "!";
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? "|" + alias : ""}]]`;
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const to = normalizePath(newPath);
		// Which notes link to the file(s) before the move
		const moving = file instanceof TFile ? [file] : this.vault.getFiles().filter((f) => f.path.startsWith(oldPath + "/"));
		const targets = new Set(moving.map((f) => f.path));
		const sources = Object.entries(this.metadataCache.resolvedLinks)
			.filter(([, dests]) => Object.keys(dests).some((d) => targets.has(d)))
			.map(([src]) => src);
		const before = new Map<string, Array<{ start: number; end: number; original: string; link: string; target: TFile }>>();
		for (const src of sources) {
			const cache = this.metadataCache.getCache(src);
			const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? [])];
			const list: Array<{ start: number; end: number; original: string; link: string; target: TFile }> = [];
			for (const r of refs) {
				const dest = this.metadataCache.getFirstLinkpathDest(getLinkpath(r.link), src);
				if (dest && targets.has(dest.path) && dest.path !== src) list.push({ start: r.position.start.offset, end: r.position.end.offset, original: r.original, link: r.link, target: dest });
			}
			before.set(src, list);
		}
		await this.vault.rename(file, to);
		for (const [oldSrc, list] of before) {
			const srcPath = targets.has(oldSrc) ? to + oldSrc.slice(oldPath.length) : oldSrc;
			const srcFile = this.vault.getFileByPath(srcPath);
			if (!srcFile || list.length === 0) continue;
			await this.vault.process(srcFile, (data) => {
				let out = data;
				for (const r of [...list].sort((a, b) => b.start - a.start)) {
					if (out.slice(r.start, r.end) !== r.original) continue;
					out = out.slice(0, r.start) + this.rewriteLink(r.original, r.link, r.target, srcPath) + out.slice(r.end);
				}
				return out;
			});
		}
	}

	private rewriteLink(original: string, link: string, target: TFile, sourcePath: string): string {
		const { subpath } = parseLinktext(link);
		const embed = original.startsWith("!") ? "!" : "";
		const body = embed ? original.slice(1) : original;
		if (body.startsWith("[[")) {
			const inner = body.slice(2, -2);
			const bar = inner.indexOf("|");
			const alias = bar >= 0 ? inner.slice(bar) : "";
			return `${embed}[[${this.metadataCache.fileToLinktext(target, sourcePath)}${subpath}${alias}]]`;
		}
		const m = /^\[([\s\S]*)\]\(([\s\S]*)\)$/.exec(body);
		if (!m) return original;
		const dest = encodeURI(this.metadataCache.fileToLinktext(target, sourcePath, false)) + (subpath ? encodeURI(subpath) : "");
		return `${embed}[${m[1]}](${dest})`;
	}
}

/** `to` (a vault path) as seen from the folder `from`: `../Notes/Note.md`. */
function relativePath(from: string, to: string): string {
	const up = from ? from.split("/") : [];
	const down = to.split("/");
	while (up.length && down.length > 1 && up[0] === down[0]) {
		up.shift();
		down.shift();
	}
	return [...up.map(() => ".."), ...down].join("/");
}
