import { App, getLanguage, TFile } from "obsidian";
import { languageOf } from "../../i18n/translate";
import { SiteManifest } from "../../core/publish/manifest";
import { planPublish, PublishPlan } from "../../core/publish/plan";
import { MuseumSettings } from "../../core/settings";
import { obsidianYaml } from "../obsidian-yaml";
import { VaultSnapshot } from "./candidates";
import { domHtml } from "./html-parser";

export interface PlanRequest {
	snapshot: VaultSnapshot;
	selected: readonly string[];
	manifest: SiteManifest | null;
	settings: MuseumSettings;
	/** Deletion candidates the user checked. */
	deletions: readonly string[];
}

const NO_BYTES = new Uint8Array(0);

/**
 * A plan without attachment bytes (`requested` collects the attachments the
 * compiler asked for): enough for the dialog's warnings, leak audit and diffs.
 */
export function previewPlan(request: PlanRequest, requested?: Set<string>): PublishPlan {
	return plan(request, (path) => {
		requested?.add(path);
		return NO_BYTES;
	});
}

/**
 * The plan to apply. `planPublish` reads synchronously and the vault
 * asynchronously, so the attachments are read first: which ones, only the
 * compiler knows exactly (embeds of inlined notes, `<img src>`, attachments of
 * pages kept on the site), so a first plan records the paths it asks for,
 * those are read with `vault.readBinary`, and the plan is made again with the
 * bytes. Nothing asked for: the first plan is the plan.
 */
export async function finalPlan(app: App, request: PlanRequest): Promise<PublishPlan> {
	const requested = new Set<string>();
	const first = previewPlan(request, requested);
	if (requested.size === 0) return first;
	const bytes = new Map<string, Uint8Array>();
	await Promise.all(
		[...requested].map(async (path) => {
			const file = app.vault.getAbstractFileByPath(request.snapshot.vaultPath.get(path) ?? path);
			if (file instanceof TFile) bytes.set(path, new Uint8Array(await app.vault.readBinary(file)));
		}),
	);
	return plan(request, (path) => {
		const found = bytes.get(path);
		if (!found) throw new Error(`${path} could not be read`);
		return found;
	});
}

function plan(request: PlanRequest, readBinary: (path: string) => Uint8Array): PublishPlan {
	const { snapshot } = request;
	return planPublish({
		files: snapshot.files,
		readText: (path) => snapshot.texts.get(path) ?? "",
		readBinary,
		selected: request.selected,
		records: snapshot.records,
		rules: snapshot.rules,
		manifest: request.manifest,
		settings: request.settings,
		yaml: obsidianYaml,
		resolver: snapshot.resolver,
		html: domHtml,
		siteLanguage: languageOf(getLanguage()),
		deletions: request.deletions,
	});
}
