import { makeTempSiteDir, removeDir, writeFiles } from "./build";
import { checkLinks } from "./link-checker";

describe("checkLinks finds what a visitor would trip on", () => {
	let dir: string;
	beforeAll(() => {
		dir = makeTempSiteDir("links");
		const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
		writeFiles(dir, {
			"Notes/Le jumeau numérique/index.html": page(`<h2 id="%C3%A0-retenir">À retenir</h2><p><span id="block-abc"></span></p>`),
			"Notes/Le jumeau numérique/plan.png": "png",
			"index.html": page([
				`<a href="/musee/Notes/Le%20jumeau%20num%C3%A9rique/">ok</a>`,
				`<a href="/musee/Notes/Le%20jumeau%20num%C3%A9rique/#%C3%A0-retenir">ok anchor</a>`,
				`<a href="/musee/Notes/Le%20jumeau%20num%C3%A9rique/#block-abc">ok block</a>`,
				`<a href="/musee/Notes/Le%20jumeau%20num%C3%A9rique">ok, a folder</a>`,
				`<img src="Notes/Le%20jumeau%20num%C3%A9rique/plan.png">`,
				`<a href="https://example.org/x">external</a> <a href="mailto:a@b.c">mail</a>`,
				`<a href="/Notes/Le%20jumeau%20num%C3%A9rique/">no prefix</a>`,
				`<a href="/musee/Notes/Absent/">missing page</a>`,
				`<a href="/musee/Notes/Le%20jumeau%20num%C3%A9rique/#nope">missing anchor</a>`,
				`<a href="/musee/Notes/%E0%A4/">bad encoding</a>`,
				`<p>Voir [[Une note]]</p>`,
			].join("\n")),
		});
	});
	afterAll(() => removeDir(dir));

	test("reports broken links with their page and reason, and leftover wikilinks", () => {
		const report = checkLinks(dir, { pathPrefix: "/musee/" });
		expect(report.pages).toContain("index.html");
		expect(report.links.map((link) => link.href)).not.toContain("https://example.org/x");
		expect(report.broken.map((link) => [link.page, link.href, link.reason.split(" ")[0]])).toEqual([
			["index.html", "/Notes/Le%20jumeau%20num%C3%A9rique/", "does"],
			["index.html", "/musee/Notes/Absent/", "no"],
			["index.html", "/musee/Notes/Le%20jumeau%20num%C3%A9rique/#nope", "no"],
			["index.html", "/musee/Notes/%E0%A4/", "malformed"],
		]);
		expect(report.wikilinks).toEqual([{ page: "index.html", excerpt: expect.stringContaining("[[Une note]]") }]);
	});
});
