/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json", "pack"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
		// `import PACKED from "./files.pack"`: the sibling folder packed, by the function esbuild uses.
		"\\.pack$": "<rootDir>/scripts/jest-text-transform.cjs",
	},
	// The in-memory Obsidian stands in for the real one, for the sources and for the built main.js.
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/obsidian/index.ts",
	},
	testTimeout: 60000,
	// Sites built by the tests and the demo hold their own package.json: not modules of this project.
	modulePathIgnorePatterns: ["<rootDir>/tests/.tmp-", "<rootDir>/demo-site/", "<rootDir>/demo-run/", "<rootDir>/dist/"],
};
