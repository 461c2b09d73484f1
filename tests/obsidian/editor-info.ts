import { StateField } from "@codemirror/state";

/** What Obsidian's `editorInfoField` holds for a Markdown editor: its view's file (the part plugins read). */
export interface MarkdownFileInfo {
	file: { path: string } | null;
}

/**
 * Obsidian's `editorInfoField`: a CodeMirror state field naming the note an
 * editor shows. Tests create editors with `editorInfoField.init(() => ({ file }))`.
 */
export const editorInfoField = StateField.define<MarkdownFileInfo>({
	create: () => ({ file: null }),
	update: (value) => value,
});
