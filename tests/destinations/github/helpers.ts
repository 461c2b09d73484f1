import { GitHubClient } from "../../../src/destinations/github/client";
import { GitHubDestination, GitHubTarget } from "../../../src/destinations/github/github-destination";
import { fetchHttp } from "../../../src/cli/fetch-http";
import { ContractServer } from "./contract-server";

export const TOKEN = "ghp-test-token";

/** A destination on the contract server; `waits` collects the backoff delays instead of sleeping them. */
export function destinationOn(server: ContractServer, target: GitHubTarget = {}, token = TOKEN): { destination: GitHubDestination; client: GitHubClient; waits: number[] } {
	const waits: number[] = [];
	const client = new GitHubClient({ http: fetchHttp, token, repository: `${server.owner}/${server.repo}`, apiUrl: server.url, sleep: async (ms) => void waits.push(ms) });
	return { destination: new GitHubDestination(client, target), client, waits };
}
