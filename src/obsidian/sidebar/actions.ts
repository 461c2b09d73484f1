/** What a rendered sidebar item can do; the view implements it with Obsidian's workspace. */
export interface SidebarActions {
	/** Opens a vault file (new tab on Ctrl/Cmd); `line` is 1-based. */
	open(path: string, evt: MouseEvent | KeyboardEvent, line?: number): void;
	openUrl(url: string): void;
	hover(evt: MouseEvent, targetEl: HTMLElement, path: string): void;
	fileMenu(evt: MouseEvent, path: string): void;
	/** The Markdown link a drag into the editor drops. */
	dragLink(path: string): string | null;
	create(linkpath: string): void;
	filter(text: string): void;
}
