import { App, getLanguage, requestUrl } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { errorMessage } from "../../core/text";
import { GitHubError } from "../../destinations/github/client";
import { Http } from "../../destinations/github/http";
import { openGitHub } from "../../destinations/github/open";
import { languageOf, Translate } from "../../i18n/translate";

/** `requestUrl` as the GitHub destination's `Http`: no Node API, so it works on Obsidian mobile too. */
const requestUrlHttp: Http = async (request) => {
	const response = await requestUrl({ ...request, throw: false });
	const headers: Record<string, string> = {};
	for (const name in response.headers) headers[name.toLowerCase()] = response.headers[name];
	return { status: response.status, headers, text: response.text };
};

/**
 * The repository of the settings as a destination, with the settings to
 * compile with (GitHub Pages' address prefix). The token is read from
 * Obsidian's secret storage here, at each opening, and kept nowhere else.
 */
export function openRepository(app: App, settings: MuseumSettings): ReturnType<typeof openGitHub> {
	const token = settings.githubSecret ? (app.secretStorage.getSecret(settings.githubSecret) ?? "") : "";
	const { githubRepo: repository, githubApiUrl: apiUrl, githubBranch: branch, githubFolder: pathInRepo } = settings;
	return openGitHub({ http: requestUrlHttp, token, repository, apiUrl, branch, pathInRepo, language: languageOf(getLanguage()) }, settings);
}

/** What went wrong with GitHub, as the user can act on it (`github.error.<problem>`); other errors by their message (never holding the token). */
export function gitHubProblem(t: Translate, error: unknown): string {
	const message = errorMessage(error);
	if (!(error instanceof GitHubError)) return message;
	const key = `github.error.${error.problem}`;
	const text = t(key, { until: error.until?.toLocaleTimeString() ?? "" });
	// Problems without a sentence of their own (5xx, network, conflict) keep GitHub's answer.
	return text === key ? message : text;
}
