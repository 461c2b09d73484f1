/** The vault index: records, navigation, reverse citations, problems. */
export { VaultIndex } from "./vault-index";
export type { PathAwareResolver } from "./vault-index";
export type { Citation, CitationEdge } from "./citations";
export type { NavigationTree } from "./navigation";
export type { FrontmatterLines } from "./frontmatter-lines";
export { vaultProblems, noteProblems } from "./problems";
export type { VaultProblem, ProblemOptions } from "./problems";
export { linkWarnings } from "./link-warnings";
