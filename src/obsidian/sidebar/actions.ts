/** What a rendered sidebar item can do; the view implements it with Obsidian's workspace. */
export interface SidebarActions {
	/** Opens a vault file (new tab on Ctrl/Cmd); `line` is 1-based. */
	open(path: string, evt: MouseEvent | KeyboardEvent, line?: number): void;
	openUrl(url: string): void;
	hover(evt: MouseEvent, targetEl: HTMLElement, path: string): void;
	fileMenu(evt: MouseEvent, path: string): void;
	/** Starts dragging the file, as the file explorer does (the drop target writes the link). */
	drag(evt: DragEvent, path: string): void;
	create(linkpath: string): void;
	/** Writes the tags of a `tags: #question` comment as a proper value. */
	fixTags(path: string, commented: string): void;
	filter(text: string): void;
}
