import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/main";
import { loadVault } from "../src/cli/disk-vault";
import { MANIFEST_PATH, parseManifest } from "../src/core/publish/manifest";
import { noteStatuses } from "../src/core/publish/status";
import { BenchContext, time } from "./bench";

const RUNS = 5;

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Issue 5's targets: a full publish against a plain copy, and the dialog's
 * status computation. Copies and publishes alternate, each into a fresh
 * folder removed afterwards, so that both meet the disk in the same state.
 */
export async function publishBenchmarks({ vaultDir, report }: BenchContext): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), "museum-bench-site-"));
	const quiet = { stdout: () => undefined, stderr: () => undefined };
	const copies: number[] = [];
	const publishes: number[] = [];
	try {
		for (let run = 0; run < RUNS; run++) {
			const copy = join(work, `copy-${run}`);
			let start = performance.now();
			cpSync(vaultDir, copy, { recursive: true });
			copies.push(performance.now() - start);
			rmSync(copy, { recursive: true, force: true });

			const site = join(work, `site-${run}`);
			start = performance.now();
			const code = await runCli(["publish", "--vault", vaultDir, "--out", site, "--json"], quiet);
			publishes.push(performance.now() - start);
			if (code !== 0) throw new Error(`publish exited ${code}`);
			if (run < RUNS - 1) rmSync(site, { recursive: true, force: true });
		}
		const publish = median(publishes);
		const copy = median(copies);
		report("full publish to a folder (command line)", `${publish.toFixed(0)} ms`, "");
		report("plain recursive copy of the same vault", `${copy.toFixed(0)} ms`, "");
		report("publish / copy", `${(publish / copy).toFixed(1)}×`, "target ≤ 3×");

		const vault = loadVault(vaultDir);
		const notes = vault.notes.map((path) => ({ path, text: vault.readText(path) }));
		const manifest = parseManifest(readFileSync(join(work, `site-${RUNS - 1}`, MANIFEST_PATH), "utf8"));
		const status = time(() => noteStatuses({ notes, manifest, settings: vault.settings }), 5);
		report(`publish dialog status (${notes.length} notes)`, `${status.toFixed(0)} ms`, "target ≤ 200 ms");
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
