// Build time: the starter site's text files (src/destinations/starter/files/: templates, CSS, labels, the site's
// config), minified and packed into one blob, by one implementation shared by esbuild (the plugin and the
// command line) and jest (tests import exactly what ships). The minification is conservative on purpose:
// it only removes indentation, blank lines and comments where they mean nothing, so the files stay readable.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Nunjucks and HTML: indentation and blank lines go; a YAML front matter and <pre>/<textarea> blocks stay as written. */
function minifyMarkup(text) {
	let frontMatter = "";
	const fence = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
	if (fence) {
		frontMatter = fence[0];
		text = text.slice(fence[0].length);
	}
	// Nunjucks comments render nothing; one with whitespace control becomes an empty output that keeps it.
	text = text.replace(/\{#(-?)[\s\S]*?(-?)#\}/g, (_, before, after) => (before || after ? `{{${before} ""${after ? " -" : ""}}}` : ""));
	const out = [];
	let verbatim = false;
	for (const line of text.split(/\r?\n/)) {
		if (verbatim) out.push(line);
		else if (line.trim() !== "") out.push(line.replace(/^\s+/, ""));
		if (/<(pre|textarea)\b/i.test(line)) verbatim = true;
		if (/<\/(pre|textarea)>/i.test(line)) verbatim = false;
	}
	return frontMatter + out.join("\n") + "\n";
}

/** CSS: comments go (but the first, the file's header), whitespace collapses; strings are left alone. */
function minifyCss(text) {
	let header = "";
	let out = "";
	const tokens = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|(\/\*[\s\S]*?\*\/)|(\s+)|([^"'/\s]+|\/)/g;
	let match;
	while ((match = tokens.exec(text))) {
		if (match[1]) out += match[1];
		else if (match[2]) {
			if (header === "" && out.trim() === "") header = match[2] + "\n";
		} else if (match[3]) out += " ";
		else out += match[4];
	}
	// Spaces beside { } ; , and after ":" mean nothing in CSS; before ":" they may (".a :hover"), so they stay.
	out = out.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\s*([{};,])\s*|:\s+/g, (token, punct) =>
		token[0] === '"' || token[0] === "'" ? token : punct ?? ":");
	return header + out.replace(/;}/g, "}").trim() + "\n";
}

/**
 * JavaScript modules: indentation, blank lines and whole-line // comments go (the header comment stays).
 * The files it reads hold no multi-line strings or template literals, which this would change.
 */
function minifyScript(text) {
	const out = [];
	let header = true;
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (header && line.startsWith("//")) {
			out.push(line);
			continue;
		}
		header = false;
		if (line === "" || line.startsWith("//")) continue;
		out.push(line);
	}
	return out.join("\n") + "\n";
}

/** The minified text of a file, by its extension; other files are returned as they are. */
function minifyText(text, fileName) {
	const extension = String(fileName).toLowerCase().split(".").pop();
	if (extension === "njk" || extension === "html" || extension === "svg") return minifyMarkup(text);
	if (extension === "css") return minifyCss(text);
	if (extension === "mjs" || extension === "js") return minifyScript(text);
	if (extension === "json") return JSON.stringify(JSON.parse(text));
	return text;
}

/**
 * Every file of `dir`, minified, as one JSON object {name: text}, packed (`packText`):
 * what `import PACKED from "./files.pack"` gives (src/destinations/starter/text.ts inflates it on first use).
 * About half the bytes of the texts themselves. Only data goes in there (templates, CSS, text), never code
 * that the plugin runs.
 */
function packFolder(dir) {
	const files = {};
	for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (!entry.isFile()) throw new Error(`${path.join(dir, entry.name)}: the packed folder holds files only`);
		files[entry.name] = minifyText(fs.readFileSync(path.join(dir, entry.name), "utf8"), entry.name);
	}
	return packText(JSON.stringify(files), { smallest: true });
}

/**
 * Base 93, after basE91 (Joachim Henke): every printable ASCII character but the quote and the backslash, so
 * the text stands as it is in a JavaScript string. Each pair of characters holds 13 bits, or 14 when the 13
 * low ones are under 457 (93 × 93 = 8,649 = 8,192 + 457): about 1.226 characters a byte, against Z85's 1.25.
 * The build encodes here; the plugin decodes with `fromBase93` in src/core/packed-text.ts, which the tests
 * round-trip against this encoder.
 */
const BASE93 = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== "\\").join("");
const WIDE_UNDER = 457;

function toBase93(bytes) {
	let out = "";
	let buffer = 0;
	let held = 0;
	for (const byte of bytes) {
		buffer |= byte << held;
		held += 8;
		if (held > 13) {
			let value = buffer & 8191;
			const bits = value < WIDE_UNDER ? 14 : 13;
			if (bits === 14) value = buffer & 16383;
			buffer >>= bits;
			held -= bits;
			out += BASE93[value % 93] + BASE93[Math.floor(value / 93)];
		}
	}
	if (held > 0) {
		out += BASE93[buffer % 93];
		if (held > 7 || buffer >= 93) out += BASE93[Math.floor(buffer / 93)];
	}
	return out;
}


/**
 * Raw deflate by zopfli (@gfx/zopfli, WebAssembly): the same format as zlib's, 4 to 5 % smaller. Zopfli runs
 * asynchronously only, and the jest transform must be synchronous: it runs in a child process, about half a
 * second for the starter site.
 */
function zopfliDeflate(bytes) {
	const script = `require(${JSON.stringify(require.resolve("@gfx/zopfli"))}).deflate(require("fs").readFileSync(0), {}, (error, out) => { if (error) throw error; process.stdout.write(out); });`;
	return execFileSync(process.execPath, ["-e", script], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Deflated (raw), in base 93: what `unpackText` (src/core/packed-text.ts) reads back in the plugin. What ships
 * is deflated by zopfli (`smallest`); zlib's level 9, in a few milliseconds, is for the tests' many texts.
 */
function packText(text, { smallest = false } = {}) {
	const bytes = Buffer.from(text, "utf8");
	return toBase93(smallest ? zopfliDeflate(bytes) : zlib.deflateRawSync(bytes, { level: 9 }));
}


/** The folder that a `.pack` file stands for: `files.pack` → its sibling folder `files/`. */
function packedFolderOf(packFile) {
	return packFile.replace(/\.pack$/, "");
}

/** The esbuild plugin: `import PACKED from "./files.pack"` is the sibling folder files/, packed. */
const starterTextPlugin = {
	name: "starter-site-text",
	setup(build) {
		build.onLoad({ filter: /\.pack$/ }, (args) => {
			const dir = packedFolderOf(args.path);
			return {
				contents: packFolder(dir),
				loader: "text",
				// `npm run dev` rebuilds when a file of the folder changes, or one is added.
				watchDirs: [dir],
				watchFiles: fs.readdirSync(dir).map((name) => path.join(dir, name)),
			};
		});
	},
};

module.exports = { minifyText, packFolder, packText, toBase93, packedFolderOf, starterTextPlugin };
