/** The sidebar's view type: saved in the workspace layout, so it must never change. */
export const RESOURCE_SIDEBAR_VIEW = "museum-resource-sidebar";
