/**
 * The sanitizer, through both of its HTML parsers (parse5 on the command line, the browser's DOMParser in the
 * plugin: jsdom's here), on the attack vectors: the same output from both, and nothing unsafe in it, whether
 * the output is read as HTML or rendered by markdown-it as Eleventy does.
 */
import { JSDOM } from "jsdom";
import MarkdownIt from "markdown-it";
import { parse5Html } from "../../../src/cli/html-parser";
import { HtmlParser, isSafeSvg, sanitizeMarkdownHtml } from "../../../src/core/publish/sanitize-html";
import { iframeHosts } from "../../../src/core/publish/sanitize-html";
import { domHtml } from "../../../src/obsidian/publish/html-parser";
import { BODY_VECTORS } from "../../fixtures/attack-vectors";
import { htmlProblems } from "../../helpers/html-safety";
import { body, plan } from "./helpers";

const markdownIt = new MarkdownIt({ html: true });

// The plugin's parser is the browser's DOMParser: jsdom's here (a global, as in Obsidian).
(globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM("").window.DOMParser;

function clean(text: string, parse: HtmlParser) {
	return sanitizeMarkdownHtml(text, { parse, iframeHosts: iframeHosts([]), localUrl: (url) => url });
}

describe("what the sanitizer keeps and what it changes", () => {
	const cases: [string, string, string][] = [
		["Markdown without HTML is left as written", "# Titre\n**gras** [lien](https://e.org/?a=1&b=2) AT&T 3 < 4", "# Titre\n**gras** [lien](https://e.org/?a=1&b=2) AT&T 3 < 4"],
		["allowed HTML is kept, attributes quoted", "<details open><summary>Plus</summary>\n\ntexte\n\n</details>", '<details open=""><summary>Plus</summary>\n\ntexte\n\n</details>'],
		["a video player is kept, its fallback content dropped", '<iframe src="https://www.youtube.com/embed/a" allowfullscreen>x</iframe>', '<iframe src="https://www.youtube.com/embed/a" allowfullscreen=""></iframe>'],
		["an event handler goes, the element stays", '<img src="https://e.org/a.png" onerror="alert(1)">', '<img src="https://e.org/a.png">'],
		["a script goes with its content", "a <script>alert(1)</script> b", "a  b"],
		["an unknown element is unwrapped: its text stays", "<font color=red>rouge</font>", "rouge"],
		["a < that could open a tag but is no tag becomes &lt;", "<img src=x `onerror=alert(1)` >", "&lt;img src=x `onerror=alert(1)` >"],
		["an escaped < stays a visible <", "\\<b>pas gras\\</b>", "&lt;b>pas gras&lt;/b>"],
		["a code span without < is left as written", "`a & b` et `x`", "`a & b` et `x`"],
		["a code span with < becomes escaped HTML code", "`<b>`", "<code>&lt;b&gt;</code>"],
		["fenced code with < becomes escaped HTML code", "```html\n<script>x</script>\n```", "<pre><code>&lt;script&gt;x&lt;/script&gt;\n</code></pre>"],
		["fenced code without < is left as written", "```js\nlet a = 1;\n```", "```js\nlet a = 1;\n```"],
		["an autolink stays text: only HTML the parser read goes through", "<https://e.org/a>", "&lt;https://e.org/a>"],
		["an entity-encoded scheme is read as the browser reads it", '<a href="jav&#x09;ascript:alert(1)">x</a>', "<a>x</a>"],
		["a <textarea> with no end tag does not swallow the note", "<textarea>\nsuite", "&lt;textarea>\nsuite"],
	];
	test.each(cases)("%s", (_name, before, after) => {
		expect(clean(before, parse5Html).text).toBe(after);
		expect(clean(before, domHtml).text).toBe(after);
	});
});

describe("the attack vectors", () => {
	test.each(BODY_VECTORS.map((vector, i) => [i, vector]))("vector %i: both parsers agree, nothing unsafe remains", (_i, vector) => {
		const fromParse5 = clean(vector, parse5Html).text;
		expect(clean(vector, domHtml).text).toBe(fromParse5);
		// Read as HTML (as if markdown-it passed all of it through) and as markdown-it renders it.
		expect(htmlProblems(fromParse5)).toEqual([]);
		expect(htmlProblems(markdownIt.render(fromParse5))).toEqual([]);
	});

	test.each(BODY_VECTORS.map((vector, i) => [i, vector]))("vector %i through the compiler: nothing unsafe in the page", (_i, vector) => {
		const p = plan({ "A.md": `${vector}\n`, "Cible.md": "# Cible\n" });
		const page = body(p, "A.md");
		expect(htmlProblems(page)).toEqual([]);
		expect(htmlProblems(markdownIt.render(page))).toEqual([]);
	});
});

describe("SVG files", () => {
	const cases: [string, string, boolean][] = [
		["a drawing", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/><a href="#x"><text>t</text></a></svg>', true],
		["a script", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', false],
		["an event handler", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', false],
		["an animation that sets a link", '<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', false],
		["a javascript: link", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)">x</a></svg>', false],
		["HTML inside", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="x"></iframe></foreignObject></svg>', false],
	];
	test.each(cases)("%s: safe %s", (_name, svg, safe) => {
		expect(isSafeSvg(svg, parse5Html)).toBe(safe);
		expect(isSafeSvg(svg, domHtml)).toBe(safe);
	});
});
