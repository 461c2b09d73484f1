import { loadVault } from "../src/cli/disk-vault";
import { indexDiskVault } from "../src/cli/vault-index";
import { generateLinkedQuestions } from "../src/core/bench/generate-vault";
import { relatedRecall } from "../src/core/bench/similar-recall";
import { VaultIndex } from "../src/core/index";
import { similarRanking, similarSource } from "../src/core/similar/rank";
import { BenchContext, time } from "./bench";

/** Issue 11: the new question dialog on a 1,000-question vault (ranking built once per dialog, then one ranking per pause in typing). */
export function similarBenchmarks({ yaml, report }: Pick<BenchContext, "yaml" | "report">): void {
	const index = VaultIndex.build(generateLinkedQuestions(1000), yaml);
	const sources = index.questions().map(similarSource);
	report("similar questions: ranking built (1,000 questions)", `${time(() => similarRanking(sources), 5).toFixed(1)} ms`, "once per dialog");
	const rank = similarRanking(sources);
	report("similar questions: one ranking while typing", `${time(() => rank("Comment réussir la médiation numér", 5, { typing: true }), 201).toFixed(2)} ms`, "per pause in typing");
	const { found, links, recall } = relatedRecall(index);
	report("linked questions in the top 5 (generated vault)", `${found}/${links} (${(recall * 100).toFixed(1)} %)`, "");
	const demo = relatedRecall(indexDiskVault(loadVault("demo-vault")), 5, (path) => !path.startsWith("Template/"));
	report("linked questions in the top 5 (demo vault)", `${demo.found}/${demo.links} (${(demo.recall * 100).toFixed(1)} %)`, "");
}
