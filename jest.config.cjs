/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json", "njk", "css", "svg"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
		// The starter site's files are imported as their minified text, as esbuild does.
		"[\\\\/]starter[\\\\/]files[\\\\/][^\\\\/]+$": "<rootDir>/scripts/jest-text-transform.cjs",
	},
	// The in-memory Obsidian stands in for the real one, for the sources and for the built main.js.
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/obsidian/index.ts",
	},
	testTimeout: 60000,
	// Sites built by the tests and the demo hold their own package.json: not modules of this project.
	modulePathIgnorePatterns: ["<rootDir>/tests/.tmp-", "<rootDir>/demo-site/", "<rootDir>/demo-run/", "<rootDir>/dist/"],
};
