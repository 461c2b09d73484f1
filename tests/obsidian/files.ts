/** TAbstractFile / TFile / TFolder and normalizePath, as in Obsidian. */
export class TAbstractFile {
	vault: any;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export interface FileStats { ctime: number; mtime: number; size: number }

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Obsidian's normalizePath. */
export function normalizePath(path: string): string {
	path = path.replace(/[\u00A0\u202F]/g, " ");
	path = path.replace(/[\\/]+/g, "/");
	path = path.replace(/^\/+|\/+$/g, "");
	if (path === "") path = "/";
	return path.normalize("NFC");
}

export function setFileNames(f: TAbstractFile, path: string): void {
	f.path = path;
	f.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	if (f instanceof TFile) {
		const dot = f.name.lastIndexOf(".");
		f.basename = dot > 0 ? f.name.slice(0, dot) : f.name;
		f.extension = dot > 0 ? f.name.slice(dot + 1) : "";
	}
}

export function parentPath(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "/" : path.slice(0, i);
}

/** Whether Obsidian hides the path (some segment starts with "."). */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((seg) => seg.startsWith("."));
}
