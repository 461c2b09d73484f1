import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { VaultPathResolver } from "../../core/links/resolver";
import { parseNote } from "../../core/note/parse";
import { NoteRecord } from "../../core/note/record";
import { exclusionRules, templatesFolderFromConfig } from "../../core/publish/exclusions";
import { planPublish, PublishPlan } from "../../core/publish/plan";
import { PublishWarning } from "../../core/publish/report";
import { selectNotes } from "../../core/publish/selection";
import { FolderDestination } from "../../destinations/folder";
import { writeStarterSiteIfMissing } from "../../destinations/starter-site";
import { parseArgs, required } from "../args";
import type { CliCommand } from "../commands";
import { loadVault, nodeYaml } from "../disk-vault";
import { CliIo, EXIT, UsageError } from "../io";

/** What `publish --json` prints (and the text output lists). */
export interface PublishReport {
	dryRun: boolean;
	added: string[];
	changed: string[];
	renamed: { from: string; to: string }[];
	deleted: string[];
	unchanged: string[];
	warnings: PublishWarning[];
	/** Leak audit findings above "info"; any "error" stops the publish. */
	leaks: { code: string; severity: string; message: string; path: string; line: number | null }[];
	/** Files of the starter site written by this publish (first publish into an empty folder). */
	starterSite: string[];
}

/**
 * `publish --vault DIR --out DIR [--select PATH ...] [--with-linked] [--dry-run] [--json]`:
 * compiles the chosen notes (every publishable note without `--select`) into
 * the site folder. The vault is only read. Exit 0 on success, 1 when publishing
 * failed or would leak (nothing changed), 2 on bad input.
 */
export const publish: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault", "out"], multi: ["select"], flags: ["with-linked", "dry-run", "json"] });
	const vaultDir = required(args, "vault");
	const outDir = required(args, "out");
	const vault = loadVault(vaultDir);
	checkOutsideVault(vaultDir, outDir);
	const settings = vault.settings;
	const templatesJson = join(vaultDir, vault.configDir, "templates.json");
	const rules = exclusionRules(settings, vault.configDir, templatesFolderFromConfig(existsSync(templatesJson) ? readFileSync(templatesJson, "utf8") : null));
	const records = new Map<string, NoteRecord>(vault.notes.map((path) => [path, parseNote(path, vault.readText(path), nodeYaml)]));
	const resolver = new VaultPathResolver(vault.files);
	const selectors = args.options.get("select") ?? null;
	const selection = selectNotes(selectors, records, settings, rules, { withLinked: args.flags.has("with-linked"), resolver });
	if (selection.unknown.length) throw new UsageError(`--select: not a note or folder of the vault: ${selection.unknown.join(", ")}`);

	const destination = new FolderDestination(outDir);
	let plan: PublishPlan;
	try {
		plan = planPublish({
			files: vault.files,
			readText: (path) => vault.readText(path),
			readBinary: (path) => vault.readBinary(path),
			selected: selection.notes,
			records,
			rules,
			manifest: await destination.readManifest(),
			settings,
			yaml: nodeYaml,
			resolver,
			// A command line has no dialog to confirm in: what left the vault or became private goes.
			deletions: "all",
		});
	} catch (error) {
		io.stderr(`publish: ${message(error)}; nothing was written.\n`);
		return EXIT.failed;
	}

	const dryRun = args.flags.has("dry-run");
	const report = reportOf(plan, dryRun, selection.excluded.map((e) => excludedWarning(e.path, e.reason)));
	const leakErrors = plan.leaks.filter((l) => l.severity === "error");
	let failure: string | null = leakErrors.length ? `${leakErrors.length} leak(s) found (text of unpublished notes or private values would be published); nothing was written` : null;
	if (!dryRun && !failure) {
		try {
			await destination.apply(plan);
			report.starterSite = (await writeStarterSiteIfMissing(outDir, { siteTitle: settings.siteTitle, pathPrefix: settings.pathPrefix })).written;
		} catch (error) {
			failure = `${message(error)}; the site folder was left as it was`;
		}
	}
	print(io, report, args.flags.has("json"), dryRun, outDir);
	if (failure) {
		io.stderr(`publish: ${failure}.\n`);
		return EXIT.failed;
	}
	return EXIT.ok;
};

function reportOf(plan: PublishPlan, dryRun: boolean, selectionWarnings: PublishWarning[]): PublishReport {
	const paths = (state: string) => plan.status.filter((s) => s.state === state && s.kind !== "redirect").map((s) => s.path);
	return {
		dryRun,
		added: paths("new"),
		changed: paths("changed"),
		renamed: plan.status.filter((s) => s.state === "renamed").map((s) => ({ from: s.from ?? "", to: s.path })),
		deleted: [...plan.deletes],
		unchanged: paths("unchanged"),
		warnings: [...selectionWarnings, ...plan.warnings],
		leaks: plan.leaks.filter((l) => l.severity !== "info").map(({ code, severity, message, path, line }) => ({ code, severity, message, path, line })),
		starterSite: [],
	};
}

function print(io: CliIo, report: PublishReport, json: boolean, dryRun: boolean, outDir: string): void {
	if (json) {
		io.stdout(JSON.stringify(report, null, 2) + "\n");
		return;
	}
	const list = (title: string, items: string[]) => {
		if (items.length === 0) return;
		io.stdout(`${title} (${items.length}):\n${items.map((i) => `  ${i}\n`).join("")}`);
	};
	list("Added", report.added);
	list("Changed", report.changed);
	list("Renamed", report.renamed.map((r) => `${r.from} → ${r.to}`));
	list("Deleted", report.deleted);
	io.stdout(`Left as is: ${report.unchanged.length}\n`);
	list("Warnings", report.warnings.map((w) => `${w.path || "(site)"}${w.line === null ? "" : `:${w.line}`}: ${w.severity} ${w.code}: ${w.message}`));
	list("Leak audit", report.leaks.map((l) => `${l.path}${l.line === null ? "" : `:${l.line}`}: ${l.severity} ${l.code}: ${l.message}`));
	list("Starter site written", report.starterSite);
	io.stdout(dryRun ? "Dry run: nothing was written.\n" : `Site folder: ${outDir}\n`);
}

function excludedWarning(path: string, reason: string): PublishWarning {
	return { code: "excluded-note", severity: "info", message: `Not published (${reason}).`, path, line: null, params: { reason } };
}

/** The site folder must not be, contain or sit in the vault: publishing never changes a vault file. */
function checkOutsideVault(vaultDir: string, outDir: string): void {
	const vault = realpathSync(resolve(vaultDir));
	let out = resolve(outDir);
	try {
		out = realpathSync(out);
	} catch {
		// not created yet
	}
	if (out === vault || out.startsWith(vault + sep) || vault.startsWith(out + sep)) {
		throw new UsageError("--out must be a folder outside the vault (and not one that contains it)");
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
