import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadVault } from "../src/cli/disk-vault";
import { MANIFEST_PATH, parseManifest } from "../src/core/publish/manifest";
import { noteStatuses } from "../src/core/publish/status";
import { BenchContext, time } from "./bench";

const RUNS = 5;

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/** What one whole process cost: its wall time and, for Node, its peak resident memory. */
interface ProcessRun {
	ms: number;
	maxRssMb?: number;
}

/**
 * Issue 13's table: the command line as a user runs it, one whole process
 * each (start, read, plan, write), against a plain `cp -r` of the same vault,
 * in the same run. Copies and publishes alternate, each into a fresh folder
 * removed afterwards, so that both meet the disk in the same state.
 */
export async function publishBenchmarks({ vaultDir, report, table }: BenchContext): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), "museum-bench-site-"));
	// Loaded before the command line in its process: writes the process's peak memory (resourceUsage, in KB) on exit.
	const preload = join(work, "max-rss.cjs");
	writeFileSync(preload, `process.on("exit", () => require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));`);
	const cli = resolve("dist", "cli.cjs");
	const run = (command: string, args: string[]): ProcessRun => {
		const rssFile = join(work, "rss");
		rmSync(rssFile, { force: true });
		const start = performance.now();
		const result = spawnSync(command, args, { env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"] });
		const ms = performance.now() - start;
		if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${String(result.stderr)}`);
		return command === "cp" ? { ms } : { ms, maxRssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
	};
	const publish = (site: string, ...extra: string[]) => run(process.execPath, ["--require", preload, cli, "publish", "--vault", vaultDir, "--out", site, "--json", ...extra]);
	const copies: number[] = [];
	const first: ProcessRun[] = [];
	const again: ProcessRun[] = [];
	const dry: ProcessRun[] = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			const copy = join(work, `copy-${i}`);
			copies.push(run("cp", ["-r", vaultDir, copy]).ms);
			rmSync(copy, { recursive: true, force: true });
			const site = join(work, `site-${i}`);
			first.push(publish(site));
			again.push(publish(site));
			dry.push(publish(site, "--dry-run"));
			if (i < RUNS - 1) rmSync(site, { recursive: true, force: true });
		}
		const copy = median(copies);
		report("cp -r of the vault (one process)", `${copy.toFixed(0)} ms`, "");
		for (const [name, runs, goal] of [
			["first publish to a folder", first, "≤ 3×"],
			["republish, nothing changed", again, "≤ 1.5×"],
			["dry run (against the published site)", dry, "≤ 1.5×"],
		] as const) {
			const ms = median(runs.map((r) => r.ms));
			report(`${name} (command line, one process)`, `${ms.toFixed(0)} ms`, "");
			report(`${name} / cp -r`, `${(ms / copy).toFixed(1)}×`, `goal ${goal}`);
			table.set(name, `${(ms / copy).toFixed(1)}× (${(ms / 1000).toFixed(2)} s vs ${(copy / 1000).toFixed(2)} s)`);
		}
		const peak = Math.max(...first.map((r) => r.maxRssMb ?? 0));
		report("peak memory of a first publish (max RSS)", `${peak.toFixed(0)} MB`, "goal ≤ 150 MB");
		table.set("peak memory of a publish", `${peak.toFixed(0)} MB`);

		const vault = loadVault(vaultDir);
		const notes = vault.notes.map((path) => ({ path, text: vault.readText(path) }));
		const manifest = parseManifest(readFileSync(join(work, `site-${RUNS - 1}`, MANIFEST_PATH), "utf8"));
		const status = time(() => noteStatuses({ notes, manifest, settings: vault.settings }), 5);
		report(`publish dialog status (${notes.length} notes)`, `${status.toFixed(0)} ms`, "target ≤ 200 ms");
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
