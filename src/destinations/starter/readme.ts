import { README_MARKER, type StarterSettings } from "./config";
import { starterText } from "./text";

/** The site's `README.md`, files/README.<language>.md (its first line keeps it out of the published site). */
export function siteReadmeFile(settings: StarterSettings): string {
	return `${README_MARKER}\n${starterText(`README.${settings.language === "en" ? "en" : "fr"}.md`, { TITLE: settings.siteTitle, PREFIX: settings.pathPrefix })}`;
}
