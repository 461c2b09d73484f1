import { BenchContext } from "./bench";
import { pluginOnload } from "./plugin-load";

/** Benchmarks of the later parts, each in its own module. */
export async function extraBenchmarks(context: BenchContext): Promise<void> {
	await pluginOnload(context);
}
