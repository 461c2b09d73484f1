import { parse, stringify } from "yaml";
import { parseNote } from "../../../src/core/note/parse";
import { NoteRecord } from "../../../src/core/note/record";
import { exclusionRules } from "../../../src/core/publish/exclusions";
import { planPublish, PublishInput, PublishPlan } from "../../../src/core/publish/plan";
import { selectNotes } from "../../../src/core/publish/selection";
import { DEFAULT_SETTINGS, MuseumSettings } from "../../../src/core/settings";
import { YamlCodec } from "../../../src/core/yaml";
import { VaultPathResolver } from "../../../src/core/links/resolver";
import { SiteManifest } from "../../../src/core/publish/manifest";
import { parse5Html } from "../../../src/cli/html-parser";

export const yaml: YamlCodec = { parse: (t) => parse(t) as unknown, stringify: (v) => stringify(v) };

export type Vault = Record<string, string | Uint8Array>;

export function records(vault: Vault): Map<string, NoteRecord> {
	const map = new Map<string, NoteRecord>();
	for (const [path, text] of Object.entries(vault)) if (path.endsWith(".md") && typeof text === "string") map.set(path, parseNote(path, text, yaml));
	return map;
}

export interface PlanOptions {
	select?: string[] | null;
	manifest?: SiteManifest | null;
	settings?: Partial<MuseumSettings>;
	deletions?: PublishInput["deletions"];
	withLinked?: boolean;
	templatesFolder?: string | null;
	siteLayouts?: string[];
}

/** Selects (every publishable note by default) and plans, as the CLI does. */
export function plan(vault: Vault, options: PlanOptions = {}): PublishPlan {
	const settings = { ...DEFAULT_SETTINGS, ...options.settings };
	const rules = exclusionRules(settings, ".obsidian", options.templatesFolder ?? null);
	const files = Object.keys(vault).filter((p) => !p.split("/").some((s) => s.startsWith(".")));
	const recs = records(Object.fromEntries(Object.entries(vault).filter(([p]) => files.includes(p))));
	const selection = selectNotes(options.select ?? null, recs, settings, rules, { withLinked: options.withLinked, resolver: new VaultPathResolver(files) });
	return planPublish({
		files,
		readText: (p) => String(vault[p]),
		readBinary: (p) => (typeof vault[p] === "string" ? new TextEncoder().encode(vault[p] as string) : (vault[p] as Uint8Array)),
		selected: selection.notes,
		rules,
		manifest: options.manifest ?? null,
		settings,
		yaml,
		html: parse5Html,
		siteLayouts: options.siteLayouts,
		deletions: options.deletions,
	});
}

/** The compiled body of one note (frontmatter removed). */
export function body(p: PublishPlan, path: string): string {
	const text = p.compiled.get(path);
	if (text === undefined) throw new Error(`${path} was not compiled`);
	return text.replace(/^---\n[\s\S]*?\n---\n/, "");
}

export function frontmatterOf(p: PublishPlan, path: string): Record<string, unknown> {
	const text = p.compiled.get(path) ?? "";
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

export function allWrittenText(p: PublishPlan): string {
	return p.writes.map((w) => (typeof w.content === "string" ? w.content : new TextDecoder().decode(w.content))).join("\n");
}
