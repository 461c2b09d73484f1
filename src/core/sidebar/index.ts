/** The resource sidebar's view model, computed from the vault index. */
export { sidebarModel } from "./build";
export type { SidebarOptions } from "./build";
export { overviewModel, foldForSearch } from "./overview";
export { editorMarks } from "./editor-marks";
export type { EditorMark } from "./editor-marks";
export type * from "./model";
