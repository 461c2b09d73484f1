import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../src/cli/main";
import { ContractServer } from "../tests/destinations/github/contract-server";
import { BenchContext } from "./bench";

/**
 * Issue 9's figures: a first publish of the whole vault to GitHub (the
 * contract server on a real git repository), then a republish after one
 * note changed: requests, blobs uploaded, time, requests in flight at most.
 */
export async function githubBenchmarks({ vaultDir, report }: BenchContext): Promise<void> {
	const server = new ContractServer();
	await server.start();
	server.push({ "README.md": "# Le site du musée\n" });
	process.env.MUSEUM_BENCH_TOKEN = "ghp-test-token";
	let output = "";
	const publish = async () => {
		server.log.length = 0;
		output = "";
		const start = performance.now();
		const code = await runCli(["publish", "--vault", vaultDir, "--github", "musee/site", "--branch", "main", "--api-url", server.url, "--token-env", "MUSEUM_BENCH_TOKEN", "--json"], { stdout: (t) => (output += t), stderr: () => undefined });
		if (code !== 0) throw new Error(`publish --github exited ${code}`);
		// GET /pages only finds the address of an Enterprise server's site (the loopback server counts as one).
		return { ms: performance.now() - start, requests: server.log.length - server.count("GET /pages"), blobs: server.count("POST /git/blobs") };
	};
	let note = "";
	let original = "";
	try {
		const first = await publish();
		note = join(vaultDir, (JSON.parse(output) as { added: string[] }).added[0]);
		original = readFileSync(note, "utf8");
		report("GitHub: first publish (contract server)", `${first.ms.toFixed(0)} ms`, "");
		report("GitHub: first publish requests", `${first.requests} (${first.blobs} blobs)`, "linear in notes; 4 in flight");
		writeFileSync(note, original + "\nUne phrase de plus.\n");
		const again = await publish();
		report("GitHub: republish, one note changed", `${again.ms.toFixed(0)} ms`, "");
		report("GitHub: republish requests", `${again.requests - again.blobs} + ${again.blobs} blob`, "target ≤ 6 + 1 blob");
		if (server.violations.length) throw new Error(`contract violations: ${server.violations.slice(0, 3).join("; ")}`);
	} finally {
		if (note) writeFileSync(note, original);
		delete process.env.MUSEUM_BENCH_TOKEN;
		await server.stop();
	}
}
