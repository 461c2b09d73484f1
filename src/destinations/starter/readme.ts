import { README_MARKER, type StarterSettings } from "./config";

/** The site's `README.md` (its first line keeps it out of the published site). */
export function siteReadmeFile(settings: StarterSettings): string {
	const prefix = settings.pathPrefix;
	if (settings.language === "en") {
		return `${README_MARKER}
# ${settings.siteTitle}: the site

This folder is written by the museum notes plugin: your published notes, at the
same paths as in the vault, and a small Eleventy site around them.

## Build the site

You need Node.js 20 or newer.

\`\`\`sh
npm install
npx @11ty/eleventy          # builds the site into _site/
npx @11ty/eleventy --serve  # builds and serves it at http://localhost:8080${prefix}
\`\`\`

## What is what

- \`eleventy.config.mjs\`: site title, language and address prefix (\`pathPrefix\`, now \`${prefix}\`).
- \`_includes/layouts/\`: the page layouts (\`post.njk\` for every note, \`base.njk\` around it).
- \`museum-home.njk\`: the list of questions by theme (the home page, unless the vault has an \`index.md\`).
- \`assets/site.css\`: the look of the site.
- \`.museum-publish.json\`: the publisher's record of what it wrote. Not published.

The publisher never overwrites these files: edit them freely. It only rewrites the notes.
`;
	}
	return `${README_MARKER}
# ${settings.siteTitle} : le site

Ce dossier est écrit par le plugin de notes du musée : les notes publiées, aux
mêmes chemins que dans le coffre, et un petit site Eleventy autour.

## Construire le site

Il faut Node.js 20 ou plus récent.

\`\`\`sh
npm install
npx @11ty/eleventy          # construit le site dans _site/
npx @11ty/eleventy --serve  # le construit et le sert sur http://localhost:8080${prefix}
\`\`\`

## Qui fait quoi

- \`eleventy.config.mjs\` : titre du site, langue et préfixe d’adresse (\`pathPrefix\`, ici \`${prefix}\`).
- \`_includes/layouts/\` : les gabarits de page (\`post.njk\` pour chaque note, \`base.njk\` autour).
- \`museum-home.njk\` : la liste des questions par thème (la page d’accueil, sauf si le coffre a un \`index.md\`).
- \`assets/site.css\` : l’apparence du site.
- \`.museum-publish.json\` : ce que le publieur a écrit. Jamais publié.

Le publieur n’écrase jamais ces fichiers : modifiez-les librement. Il ne réécrit que les notes.
`;
}
