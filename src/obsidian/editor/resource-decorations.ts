import { Extension, Range } from "@codemirror/state";
import { Decoration, DecorationSet, EditorView, ViewPlugin, ViewUpdate, WidgetType } from "@codemirror/view";
import { editorInfoField, setIcon } from "obsidian";
import { editorMarks, EditorMark } from "../../core/sidebar";
import { Translate } from "../../i18n/translate";
import { PluginIndex } from "../sidebar/plugin-index";

type MarkerKind = Exclude<EditorMark["kind"], "unresolved">;

const MARKER_ICON: Record<MarkerKind, string> = { video: "video", "missing-summary": "message-square-dashed" };

/** A small icon after an item: a video note, or a resource without summary (class `museum-editor-<kind>`). */
class MarkerWidget extends WidgetType {
	readonly #kind: MarkerKind;
	readonly #label: string;

	constructor(kind: MarkerKind, label: string) {
		super();
		this.#kind = kind;
		this.#label = label;
	}

	override eq(other: MarkerWidget): boolean {
		return other.#kind === this.#kind && other.#label === this.#label;
	}

	toDOM(): HTMLElement {
		// The DOM inserts it into the editor's own document, a popout window's too.
		const el = createSpan({ cls: `museum-editor-marker museum-editor-${this.#kind}`, attr: { "aria-label": this.#label } });
		setIcon(el, MARKER_ICON[this.#kind]);
		return el;
	}
}

/**
 * Marks in question notes, from the vault index (the note is not parsed
 * here): a video icon after items linking a video note, a muted style and a
 * tooltip on unresolved resource links, a marker on items without summary.
 * Only the visible ranges are decorated. Between a keystroke and the index
 * update the text may have moved: a mark is drawn only where its link is
 * still written, so stale positions draw nothing rather than the wrong thing.
 */
export function resourceDecorations(index: PluginIndex, t: Translate): Extension {
	return ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			readonly #view: EditorView;
			readonly #unsubscribe: () => void;

			constructor(view: EditorView) {
				this.#view = view;
				this.decorations = this.#build();
				// Any change can matter: a note created elsewhere resolves a link written here.
				this.#unsubscribe = index.onChange(() => {
					if (this.#path()) this.#redraw();
				});
			}

			update(update: ViewUpdate): void {
				if (update.docChanged || update.viewportChanged) this.decorations = this.#build();
			}

			destroy(): void {
				this.#unsubscribe();
			}

			#redraw(): void {
				this.decorations = this.#build();
				// An empty transaction makes CodeMirror read the new decorations.
				this.#view.dispatch({});
			}

			#path(): string | null {
				return this.#view.state.field(editorInfoField, false)?.file?.path ?? null;
			}

			#build(): DecorationSet {
				const path = this.#path();
				const vaultIndex = index.index;
				if (!path || !vaultIndex) return Decoration.none;
				const marks = editorMarks(vaultIndex, path);
				if (!marks.length) return Decoration.none;
				const doc = this.#view.state.doc;
				const ranges: Range<Decoration>[] = [];
				for (const { from, to } of this.#view.visibleRanges) {
					const first = doc.lineAt(from).number - 1;
					const last = doc.lineAt(to).number - 1;
					for (const mark of marks) {
						if (mark.line < first || mark.line > last || mark.line + 1 > doc.lines) continue;
						const line = doc.line(mark.line + 1);
						if (line.text.slice(mark.from, mark.to) !== mark.raw) continue;
						ranges.push(decorationOf(mark, line.from, line.to, t));
					}
				}
				return Decoration.set(ranges, true);
			}
		},
		{ decorations: (plugin) => plugin.decorations },
	);
}

function decorationOf(mark: EditorMark, lineFrom: number, lineTo: number, t: Translate): Range<Decoration> {
	if (mark.kind === "unresolved") {
		return Decoration.mark({ class: "museum-editor-unresolved", attributes: { title: t("editor.unresolved", { name: mark.linkpath ?? mark.raw }) } }).range(lineFrom + mark.from, lineFrom + mark.to);
	}
	return Decoration.widget({ widget: new MarkerWidget(mark.kind, t(`editor.${mark.kind}`)), side: 1 }).range(lineTo);
}
