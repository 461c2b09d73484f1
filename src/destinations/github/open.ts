import { MuseumSettings } from "../../core/settings";
import { starterSiteFiles, type StarterLanguage } from "../starter/index";
import { GitHubClient } from "./client";
import { GitHubDestination } from "./github-destination";
import { Http } from "./http";
import { pagesPathPrefix } from "./pages-workflow";
import { pagesWorkflow } from "./workflow-file";

export interface GitHubSettings {
	http: Http;
	token: string;
	repository: string;
	apiUrl?: string;
	branch?: string;
	pathInRepo?: string;
	language?: StarterLanguage;
}

/**
 * The GitHub destination as the plugin and the command line use it, with the
 * starter site and the Pages workflow for a repository that has no site yet,
 * and the settings to compile with: the site's address prefix is "/REPO/" on
 * GitHub Pages unless the settings give one.
 */
export function openGitHub(options: GitHubSettings, settings: MuseumSettings): { destination: GitHubDestination; settings: MuseumSettings } {
	const client = new GitHubClient(options);
	const pathPrefix = settings.pathPrefix === "/" ? pagesPathPrefix(client.owner, client.repo) : settings.pathPrefix;
	const folder = options.pathInRepo ?? "";
	// The starter site's texts unpack only when a publish needs them (starterText), not with the plugin.
	// Imported statically all the same: a dynamic import would make esbuild wrap each module it reaches in a
	// lazy initialiser, which costs main.js more than it spares at load.
	const files = async () => starterSiteFiles({ siteTitle: settings.siteTitle, pathPrefix, language: options.language });
	const workflow = async (branch: string) => pagesWorkflow(branch, folder);
	const starter = { files, workflow };
	return { destination: new GitHubDestination(client, { branch: options.branch, pathInRepo: folder, starter }), settings: { ...settings, pathPrefix } };
}
