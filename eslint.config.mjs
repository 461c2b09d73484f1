import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// The community plugin review's rules, on the plugin's own sources.
export default defineConfig([
	globalIgnores(["node_modules", "main.js", "dist", "demo-run", "demo-site", "bench-out", "coverage", "tests", "scripts", "bench", "docs", "*.mjs", "*.cjs", "demo-vault", "site-starter", "src/destinations/starter/files"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.*"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The headless command line runs in Node, never inside Obsidian.
		files: ["src/cli/**/*.ts", "src/destinations/**/*.ts"],
		languageOptions: { globals: globals.node },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
			// Node code (also loaded by the desktop app): Node's timers, there is no window in the command line.
			"obsidianmd/prefer-window-timers": "off",
		},
	},
	{
		// The command line talks to GitHub with Node's fetch (the plugin with requestUrl).
		files: ["src/cli/**/*.ts"],
		rules: { "no-restricted-globals": "off" },
	},
	{
		// The GitHub destination runs on Obsidian mobile too: no Node API there.
		files: ["src/destinations/github/**/*.ts"],
		rules: { "obsidianmd/no-nodejs-modules": "error", "import/no-nodejs-modules": "error" },
	},
]);
