/** The plugin's id, as in manifest.json: the folder under `<configDir>/plugins/`. */
export const PLUGIN_ID = "museum-strategy-notes";
