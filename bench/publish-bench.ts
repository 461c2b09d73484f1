import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/main";
import { loadVault } from "../src/cli/disk-vault";
import { MANIFEST_PATH, parseManifest } from "../src/core/publish/manifest";
import { noteStatuses } from "../src/core/publish/status";
import { BenchContext, time, timeAsync } from "./bench";

/** Issue 5's targets: a full publish against a plain copy, and the dialog's status computation. */
export async function publishBenchmarks({ vaultDir, report }: BenchContext): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), "museum-bench-site-"));
	try {
		let run = 0;
		const copy = time(() => cpSync(vaultDir, join(work, `copy-${run++}`), { recursive: true }), 3);
		const quiet = { stdout: () => undefined, stderr: () => undefined };
		let site = "";
		const publish = await timeAsync(async () => {
			site = join(work, `site-${run++}`);
			const code = await runCli(["publish", "--vault", vaultDir, "--out", site, "--json"], quiet);
			if (code !== 0) throw new Error(`publish exited ${code}`);
		}, 3);
		report("full publish to a folder (command line)", `${publish.toFixed(0)} ms`, "");
		report("plain recursive copy of the same vault", `${copy.toFixed(0)} ms`, "");
		report("publish / copy", `${(publish / copy).toFixed(1)}×`, "target ≤ 3×");

		const vault = loadVault(vaultDir);
		const notes = vault.notes.map((path) => ({ path, text: vault.readText(path) }));
		const manifest = parseManifest(readFileSync(join(site, MANIFEST_PATH), "utf8"));
		const status = time(() => noteStatuses({ notes, manifest, settings: vault.settings }), 5);
		report(`publish dialog status (${notes.length} notes)`, `${status.toFixed(0)} ms`, "target ≤ 200 ms");
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
