/** Where the Pages workflow lives in the repository. */
export const WORKFLOW_PATH = ".github/workflows/pages.yml";

/** The site's address prefix on GitHub Pages: "/" for OWNER.github.io, "/REPO/" for any other repository. */
export function pagesPathPrefix(owner: string, repo: string): string {
	return repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? "/" : `/${repo}/`;
}
