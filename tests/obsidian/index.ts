/** In-memory fake of the `obsidian` module for jest (see README.md). */
import "./dom";

export * from "./dom";
export * from "./events";
export * from "./files";
export * from "./vault";
export * from "./links";
export * from "./yaml";
export * from "./metadata-cache";
export * from "./file-manager";
export * from "./views";
export * from "./workspace";
export * from "./ui";
export * from "./settings";
export * from "./misc";
export * from "./plugin";
export * from "./editor-info";
export { computeMetadata } from "./markdown-metadata";
export type { Loc, Pos } from "./markdown-metadata";
