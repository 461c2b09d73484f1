import { TextDecoder, TextEncoder } from "node:util";

// Obsidian (desktop and mobile) has TextEncoder; jest's jsdom environment does not. Import this first.
Object.assign(globalThis, { TextEncoder, TextDecoder });
