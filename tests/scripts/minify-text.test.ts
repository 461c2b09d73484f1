/**
 * The build-time minification of the starter site's files: what goes (indentation, blank lines, comments)
 * and what must stay as written (front matter, <pre>, CSS strings, a space before ":" in a selector).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { minifyText } = require("../../scripts/minify-text.cjs") as { minifyText(text: string, fileName: string): string };

describe("minifyText", () => {
	test.each([
		["Nunjucks: indentation and blank lines go", "a.njk", "<ul>\n\t<li>a</li>\n\n\t\t<li>b</li>\n</ul>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"],
		["Nunjucks: the YAML front matter keeps its indentation", "a.njk", "---\neleventyNavigation:\n  key: a\n---\n\t<p>x</p>\n", "---\neleventyNavigation:\n  key: a\n---\n<p>x</p>\n"],
		["Nunjucks: a <pre> block stays as written", "a.njk", "<div>\n\t<pre>\n  two\n\n    four\n</pre>\n\t<p>x</p>\n</div>", "<div>\n<pre>\n  two\n\n    four\n</pre>\n<p>x</p>\n</div>\n"],
		["Nunjucks: a comment goes", "a.njk", "<p>{# why\n it is so #}x</p>", "<p>x</p>\n"],
		["Nunjucks: a comment with whitespace control keeps the control", "a.njk", "a\n{#- why -#}\nb", "a\n{{- \"\" -}}\nb\n"],
		["CSS: whitespace and comments go, the header comment stays", "a.css", "/* header */\n.a {\n\tcolor: red; /* why */\n\tmargin: 0 auto;\n}\n", "/* header */\n.a{color:red;margin:0 auto}\n"],
		["CSS: a space before a pseudo-class is a descendant combinator and stays", "a.css", ".a > :first-child { x: 1 }", ".a > :first-child{x:1}\n"],
		["CSS: strings are left alone", "a.css", '.a::before { content: " ›  :  " ; }', '.a::before{content:" ›  :  "}\n'],
		["CSS: lists lose the spaces after commas, values keep theirs", "a.css", "h1, h2 {\n  font: 1rem/1.5 a, b;\n  aspect-ratio: 16 / 9;\n}", "h1,h2{font:1rem/1.5 a,b;aspect-ratio:16 / 9}\n"],
		["script: the header comment stays, other comments and indentation go", "a.mjs", "// header\n// more\nimport x from \"x\";\n\n// why\nfunction f() {\n\treturn 1; // kept\n}\n", "// header\n// more\nimport x from \"x\";\nfunction f() {\nreturn 1; // kept\n}\n"],
		["JSON: whitespace goes", "a.json", '{\n\t"a": [1, "b c"]\n}\n', '{"a":[1,"b c"]}'],
		["other files are returned as they are", "a.md", "  # a\n\n  b\n", "  # a\n\n  b\n"],
	])("%s", (_label, fileName, input, output) => {
		expect(minifyText(input, fileName)).toBe(output);
	});
});
