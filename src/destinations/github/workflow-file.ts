import { starterText } from "../starter/text";

/**
 * The GitHub Actions workflow that builds the site with its own scripts
 * (`npm ci` when a lock file exists, else `npm install`; then `npm run
 * build`: Eleventy then Pagefind, into `_site`, with the site's address in
 * SITE_URL for canonical links, the sitemap and the feed) and deploys it with
 * GitHub's Pages actions: src/destinations/starter/files/pages.yml, packed
 * with the starter site. `folder` is the site's folder in the repository
 * ("" for the root).
 */
export function pagesWorkflow(branch: string, folder: string): string {
	const dir = folder.replace(/^\/+|\/+$/g, "") || ".";
	const q = (text: string) => JSON.stringify(text);
	return starterText("pages.yml", { BRANCH: q(branch), DIR: q(dir), ARTIFACT: q(dir === "." ? "_site" : `${dir}/_site`) });
}
