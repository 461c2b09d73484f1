/**
 * `npm run bench`: speed on a generated 10,000-note museum vault, never a timed test.
 * Bundled by scripts/bench.mjs with `obsidian` mapped to the in-memory Obsidian of tests/.
 */
import "./dom-setup";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { nodeYaml } from "../src/cli/disk-vault";
import { generateVault } from "../src/core/bench/generate-vault";
import { parseNote } from "../src/core/note/parse";
import { YamlCodec } from "../src/core/yaml";
import { extraBenchmarks } from "./extra";
import { similarBenchmarks } from "./similar-bench";

const NOTES = Number(process.env.BENCH_NOTES ?? 10000);
const yaml: YamlCodec = nodeYaml;

export interface BenchContext {
	notes: number;
	vault: Map<string, string>;
	vaultDir: string;
	yaml: YamlCodec;
	report(name: string, value: string, target?: string): void;
	/** Issue 13's table, printed at the end: measure → today's figure. */
	table: Map<string, string>;
}

/** Issue 13's rows, in its order, with its goals. */
const ISSUE_TABLE: [string, string][] = [
	["first publish to a folder", "≤ 3×"],
	["republish, nothing changed", "≤ 1.5×"],
	["dry run (against the published site)", "≤ 1.5×"],
	["peak memory of a publish", "≤ 150 MB"],
	["index build in the plugin", "≤ 0.3 s"],
	["`main.js` load (evaluate + `onload`)", "≤ 3 ms"],
];

/** Median of `runs` timings of `fn`, in milliseconds. */
export function time(fn: () => unknown, runs = 5): number {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

export async function timeAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

async function main(): Promise<void> {
	const rows: [string, string, string][] = [];
	const report = (name: string, value: string, target = "") => {
		rows.push([name, value, target]);
		console.log(`${name.padEnd(64)} ${value.padStart(14)}   ${target}`);
	};
	console.log(`Generated museum vault: ${NOTES} notes (Node ${process.version})\n`);
	const vault = generateVault(NOTES);
	const vaultDir = mkdtempSync(join(tmpdir(), "museum-bench-"));
	for (const [path, text] of vault) {
		mkdirSync(dirname(join(vaultDir, path)), { recursive: true });
		writeFileSync(join(vaultDir, path), text);
	}
	try {
		const entries = [...vault];
		const parseMs = time(() => entries.forEach(([path, text]) => parseNote(path, text, yaml)), 3);
		report("notes parsed per second", Math.round((entries.length / parseMs) * 1000).toLocaleString("en"), "");
		const size = statSync("main.js").size;
		report("main.js size (minified)", `${(size / 1024).toFixed(1)} KB`, "budget 160 KB");
		const table = new Map<string, string>();
		await extraBenchmarks({ notes: NOTES, vault, vaultDir, yaml, report, table });
		similarBenchmarks({ yaml, report });
		console.log(`\n| measure (${NOTES.toLocaleString("en")} notes; ratios of medians against cp -r) | today | goal |\n| --- | --- | --- |`);
		for (const [measure, goal] of ISSUE_TABLE) console.log(`| ${measure} | ${table.get(measure) ?? "not measured"} | ${goal} |`);
	} finally {
		rmSync(vaultDir, { recursive: true, force: true });
	}
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
