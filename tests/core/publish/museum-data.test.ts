import { frontmatterOf, plan } from "./helpers";

describe("museum data of a question", () => {
	test("a resource linked to a heading or a block goes there, as the link in the text does; a missing heading goes to the page", () => {
		const p = plan({
			"Questions/Q.md": "---\ntags: question\n---\n# Q?\n1. [[Le château#À retenir]]\n   Résumé.\n2. [[Le château#^bloc-cle|Le passage]]\n   Autre.\n3. [[Le château#Nulle part]]\n   Titre absent.\n4. [[Le château]]\n   Sans ancre.\n",
			"Notes/Le château.md": "---\ntags: ressource\n---\n### Le château\nRésumé.\n\n## À retenir\n- un point ^bloc-cle\n",
		});
		const museum = frontmatterOf(p, "Questions/Q.md").museum as { resources: { url: string | null }[] };
		const page = "/Notes/Le%20ch%C3%A2teau/";
		expect(museum.resources.map((r) => r.url)).toEqual([`${page}#%C3%A0-retenir`, `${page}#block-bloc-cle`, page, page]);
		// The missing heading is reported once (by the text's link), not again for the card.
		expect(p.warnings.filter((w) => w.code === "heading-not-found")).toHaveLength(1);
	});
});
