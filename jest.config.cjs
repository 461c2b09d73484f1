/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
	},
	// The in-memory Obsidian stands in for the real one, for the sources and for the built main.js.
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/obsidian/index.ts",
	},
	testTimeout: 60000,
};
