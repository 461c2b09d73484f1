import { App, getLanguage, requestUrl } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { GitHubError } from "../../destinations/github/client";
import type { GitHubDestination } from "../../destinations/github/github-destination";
import { Http } from "../../destinations/github/http";
import { openGitHub } from "../../destinations/github/open";
import { languageOf, Translate } from "../../i18n/translate";

/** `requestUrl` as the GitHub destination's HTTP: desktop and mobile, no CORS, every status resolved. */
export const requestUrlHttp: Http = async ({ method, url, headers, body }) => {
	const response = await requestUrl({ method, url, headers, body, throw: false });
	const lower: Record<string, string> = {};
	for (const [name, value] of Object.entries(response.headers ?? {})) lower[name.toLowerCase()] = value;
	return { status: response.status, headers: lower, text: response.text };
};

/**
 * The GitHub destination of the settings, with the settings to compile with,
 * or null when the repository or the token is not chosen yet. The token is
 * read from Obsidian's secret storage here and goes nowhere else.
 */
export function openGitHubSite(app: App, settings: MuseumSettings): { destination: GitHubDestination; settings: MuseumSettings } | null {
	const token = settings.githubTokenSecret ? app.secretStorage.getSecret(settings.githubTokenSecret) : null;
	if (!settings.githubRepo.trim() || !token) return null;
	return openGitHub(
		{ http: requestUrlHttp, token, repository: settings.githubRepo, apiUrl: settings.githubApiUrl, branch: settings.githubBranch.trim(), pathInRepo: settings.githubPath, language: languageOf(getLanguage()) },
		settings,
	);
}

/** A GitHub failure in the user's words: what is wrong and what to do. */
export function githubProblem(t: Translate, error: unknown): string {
	if (!(error instanceof GitHubError)) return error instanceof Error ? error.message : String(error);
	const key = `github.error.${error.problem}`;
	const text = t(key, { until: error.until?.toLocaleString() ?? "" });
	return text === key ? error.message : text;
}
