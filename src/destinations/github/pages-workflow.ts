/** Where the Pages workflow lives in the repository. */
export const WORKFLOW_PATH = ".github/workflows/pages.yml";

/**
 * The GitHub Actions workflow that builds the site with its own scripts
 * (`npm ci` when a lock file exists, else `npm install`; then `npm run
 * build`: Eleventy then Pagefind, into `_site`, with the site's address in
 * SITE_URL for canonical links, the sitemap and the feed) and deploys it with GitHub's Pages actions.
 * `folder` is the site's folder in the repository ("" for the root).
 */
export function pagesWorkflow(branch: string, folder: string): string {
	const dir = folder.replace(/^\/+|\/+$/g, "") || ".";
	const q = (text: string) => JSON.stringify(text);
	return `# Written once by the museum notes plugin; yours to change.
name: Publish the site
on:
  push:
    branches: [${q(branch)}]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: ${q(dir)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - uses: actions/configure-pages@v5
        id: pages
      - run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      - run: npm run build
        env:
          SITE_URL: \${{ steps.pages.outputs.origin }}
      - uses: actions/upload-pages-artifact@v3
        with:
          path: ${q(dir === "." ? "_site" : `${dir}/_site`)}
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** The site's address prefix on GitHub Pages: "/" for OWNER.github.io, "/REPO/" for any other repository. */
export function pagesPathPrefix(owner: string, repo: string): string {
	return repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? "/" : `/${repo}/`;
}
