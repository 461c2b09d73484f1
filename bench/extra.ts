import { BenchContext } from "./bench";
import { indexBenchmarks } from "./index-bench";
import { pluginOnload } from "./plugin-load";
import { githubBenchmarks } from "./github-bench";
import { publishBenchmarks } from "./publish-bench";

/** Benchmarks of the later parts, each in its own module. */
export async function extraBenchmarks(context: BenchContext): Promise<void> {
	await pluginOnload(context);
	await indexBenchmarks(context);
	await publishBenchmarks(context);
	await githubBenchmarks(context);
}
