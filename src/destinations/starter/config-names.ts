/**
 * The names under which an Eleventy project keeps its configuration. On its own so that the GitHub
 * destination, loaded with the plugin, does not load the starter site's packed texts to read it.
 */
export const ELEVENTY_CONFIG_NAMES = ["eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", ".eleventy.js"];
