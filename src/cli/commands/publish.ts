import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
import { VaultPathResolver } from "../../core/links/resolver";
import { parseNote } from "../../core/note/parse";
import { NoteRecord } from "../../core/note/record";
import { exclusionRules } from "../../core/publish/exclusions";
import { planPublish, PublishPlan } from "../../core/publish/plan";
import { PublishWarning } from "../../core/publish/report";
import { selectNotes } from "../../core/publish/selection";
import { errorMessage } from "../../core/text";
import { Destination } from "../../destinations/destination";
import { FolderDestination, Recovery } from "../../destinations/folder";
import { siteLayouts } from "../../destinations/site-layouts";
import { openGitHub } from "../../destinations/github/open";
import { fetchHttp } from "../fetch-http";
import type { GitHubDestination } from "../../destinations/github/github-destination";
import { siteAddress } from "../../destinations/github/repository";
import { parse5Html } from "../html-parser";
import { parseArgs, required, single } from "../args";
import type { CliCommand } from "../commands";
import { coreTemplatesFolder, loadVault, nodeYaml } from "../disk-vault";
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
	/** Leak audit findings above "info" (`source`: the unpublished note); any "error" stops the publish unless `--yes` confirms it. */
	leaks: { code: string; severity: string; message: string; path: string; line: number | null; source?: string }[];
	/** Files of the starter site written by this publish (first publish into an empty folder). */
	starterSite: string[];
	/** With --github: the new commit, null when nothing changed (or a dry run). */
	commit?: string | null;
	/** With --github: the site's address. */
	url?: string | null;
	commitUrl?: string | null;
	/** A publish interrupted earlier (killed, crashed), found in the site folder before this one: "finished" or "rolled-back". */
	recovered: Recovery;
}

/**
 * `publish --vault DIR --out DIR [--select PATH ...] [--with-linked] [--dry-run] [--yes] [--json]`:
 * compiles the chosen notes (every publishable note without `--select`) into
 * the site folder; with `--github OWNER/REPO [--branch NAME] [--api-url URL]
 * [--token-env VAR] [--path-in-repo DIR]` instead of `--out`, into one commit
 * on the repository (token read from $GITHUB_TOKEN by default, never printed). The vault is only read. Pages of notes that left the vault
 * or became private are deleted from the site; notes merely left out of
 * `--select` stay. Exit 0 on success, 1 when publishing failed, would leak, or
 * would delete more than a fifth of the site's pages (nothing changed; `--yes`
 * confirms the last two), 2 on bad input.
 */
export const publish: CliCommand = async (argv, io) => {
	const args = parseArgs(argv, { values: ["vault", "out", "github", "branch", "api-url", "token-env", "path-in-repo"], multi: ["select"], flags: ["with-linked", "dry-run", "json", "yes"] });
	const vaultDir = required(args, "vault");
	const repository = single(args, "github");
	if (repository !== undefined && args.options.has("out")) throw new UsageError("--out and --github are two destinations: give one");
	const outDir = repository === undefined ? required(args, "out") : "";
	for (const name of ["branch", "api-url", "token-env", "path-in-repo"]) if (repository === undefined && args.options.has(name)) throw new UsageError(`--${name} goes with --github`);
	const vault = loadVault(vaultDir);
	if (outDir) checkOutsideVault(vaultDir, outDir);
	let settings = vault.settings;
	let github: GitHubDestination | null = null;
	if (repository !== undefined) {
		const tokenEnv = single(args, "token-env") ?? "GITHUB_TOKEN";
		const token = process.env[tokenEnv] ?? "";
		if (!token) throw new UsageError(`--token-env: the environment variable ${tokenEnv} holds no GitHub token`);
		const opened = openGitHub({ http: fetchHttp, token, repository, apiUrl: single(args, "api-url"), branch: single(args, "branch"), pathInRepo: single(args, "path-in-repo") }, settings);
		github = opened.destination;
		settings = opened.settings;
	}
	const rules = exclusionRules(settings, vault.configDir, coreTemplatesFolder(vault));
	// Each note is read from disk once: parsing and compiling share the text.
	const texts = new Map(vault.notes.map((path) => [path, vault.readText(path)]));
	const records = new Map<string, NoteRecord>([...texts].map(([path, text]) => [path, parseNote(path, text, nodeYaml)]));
	const resolver = new VaultPathResolver(vault.files);
	const selectors = args.options.get("select") ?? null;
	const selection = selectNotes(selectors, records, settings, rules, { withLinked: args.flags.has("with-linked"), resolver });
	if (selection.unknown.length) throw new UsageError(`--select: not a note or folder of the vault: ${selection.unknown.join(", ")}`);

	const folder = github ? null : new FolderDestination(outDir, { starter: { siteTitle: settings.siteTitle, pathPrefix: settings.pathPrefix } });
	const destination: Destination = github ?? (folder as FolderDestination);
	let plan: PublishPlan;
	let recovered: Recovery;
	try {
		// Only a folder can hold an interrupted publish: on GitHub, the branch moves or not.
		recovered = folder ? folder.recover() : null;
		const manifest = await destination.readManifest();
		plan = planPublish({
			files: vault.files,
			readText: (path) => texts.get(path) ?? vault.readText(path),
			readBinary: (path) => vault.readBinary(path),
			selected: selection.notes,
			records,
			rules,
			manifest,
			settings,
			yaml: nodeYaml,
			resolver,
			html: parse5Html,
			siteLayouts: await siteLayouts(outDir),
			// A command line has no dialog to confirm in: what left the vault or became private goes.
			deletions: "all",
		});
	} catch (error) {
		io.stderr(`publish: ${errorMessage(error)}; nothing was written.\n`);
		return EXIT.failed;
	}

	const dryRun = args.flags.has("dry-run");
	const confirmed = args.flags.has("yes");
	const fileWarnings = vault.fileProblems.map((p) => ({ ...p, line: p.line === null ? null : p.line + 1 }));
	const report = { ...reportOf(plan, dryRun, [...fileWarnings, ...selection.excluded.map((e) => excludedWarning(e.path, e.reason))]), recovered };
	let failure = confirmed ? null : needsConfirmation(plan);
	if (github) Object.assign(report, { commit: null, url: null, commitUrl: null });
	if (!dryRun && !failure) {
		try {
			if (github) {
				const result = await github.apply(plan);
				Object.assign(report, { commit: result.commit, commitUrl: result.commitUrl, starterSite: result.written.filter((p) => !plan.writes.some((w) => w.path === p)) });
			} else {
				report.starterSite = (await destination.apply(plan)).starterSite ?? [];
			}
		} catch (error) {
			failure = `${errorMessage(error)}; the ${github ? "branch" : "site folder"} was left as it was`;
		}
	}
	if (github) report.url = await siteAddress(github.client, settings.pathPrefix);
	print(io, report, args.flags.has("json"), dryRun, outDir);
	if (failure) {
		io.stderr(`publish: ${failure}.\n`);
		return EXIT.failed;
	}
	return EXIT.ok;
};

/**
 * What `--yes` must confirm, or null: error-level leak findings, and deletions
 * of more than a fifth of the pages on the site (the dialog asks again there too).
 */
function needsConfirmation(plan: PublishPlan): string | null {
	const leakErrors = plan.leaks.filter((l) => l.severity === "error");
	if (leakErrors.length) {
		return `${leakErrors.length} leak(s) found (text of unpublished notes or private values would be published); nothing was written. Fix them, or run again with --yes to publish anyway`;
	}
	if (plan.deletionShare > 0.2) {
		const deleted = plan.status.filter((s) => s.kind === "note" && s.state === "deleted").length;
		const total = Math.round(deleted / plan.deletionShare);
		return `${deleted} of the ${total} pages on the site would be deleted (more than a fifth: notes deleted from the vault or made private); nothing was written. Check the list, then run again with --yes to delete them`;
	}
	return null;
}

function reportOf(plan: PublishPlan, dryRun: boolean, selectionWarnings: PublishWarning[]): Omit<PublishReport, "recovered"> {
	const paths = (state: string) => plan.status.filter((s) => s.state === state && s.kind !== "redirect").map((s) => s.path);
	return {
		dryRun,
		added: paths("new"),
		changed: paths("changed"),
		renamed: plan.status.filter((s) => s.state === "renamed").map((s) => ({ from: s.from ?? "", to: s.path })),
		deleted: [...plan.deletes],
		unchanged: paths("unchanged"),
		// Sentences shared with an unpublished note are the note's own: an info line per pair, among the warnings.
		warnings: [...selectionWarnings, ...plan.warnings, ...plan.leaks.filter((l) => l.code === "shared-text").map(({ code, severity, message, path, line, source }) => ({ code, severity, message, path, line, params: { source: source ?? "" } }))],
		leaks: plan.leaks.filter((l) => l.severity !== "info").map(({ code, severity, message, path, line, source }) => ({ code, severity, message, path, line, ...(source ? { source } : {}) })),
		starterSite: [],
	};
}

function print(io: CliIo, report: PublishReport, json: boolean, dryRun: boolean, outDir: string): void {
	if (json) {
		io.stdout(JSON.stringify(report, null, 2) + "\n");
		return;
	}
	if (report.recovered) io.stdout(`An interrupted publish was ${report.recovered === "finished" ? "finished" : "rolled back"} first.\n`);
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
	if (report.url !== undefined) {
		if (!dryRun) io.stdout(report.commit ? `Commit: ${report.commitUrl}\n` : "Nothing changed: no commit.\n");
		io.stdout(`Site: ${report.url}\n`);
	}
	io.stdout(dryRun ? "Dry run: nothing was written.\n" : outDir ? `Site folder: ${outDir}\n` : "");
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
