// Build time: the starter site's text files (src/destinations/starter/files/: templates, CSS, labels, the site's
// config), minified and packed into one blob, by one implementation shared by esbuild (the plugin and the
// command line) and jest (tests import exactly what ships). The minification is conservative on purpose:
// it only removes indentation, blank lines and comments where they mean nothing, so the files stay readable.
"use strict";
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
	return packText(JSON.stringify(files));
}

/**
 * Z85 (ZeroMQ RFC 32): 4 bytes in 5 characters, none of them a quote or a backslash, so the text stands as
 * it is in a JavaScript string: 6 % fewer bytes in main.js than base64. The bytes are padded with zeros
 * to a multiple of 4; inflate stops at the end of the deflate stream and never reads the padding.
 */
const Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

function toZ85(bytes) {
	const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
	let out = "";
	for (let i = 0; i < padded.length; i += 4) {
		let value = padded.readUInt32BE(i);
		let group = "";
		for (let j = 0; j < 5; j++, value = Math.floor(value / 85)) group = Z85[value % 85] + group;
		out += group;
	}
	return out;
}

function fromZ85(text) {
	const bytes = Buffer.alloc((text.length / 5) * 4);
	for (let i = 0; i < text.length; i += 5) {
		let value = 0;
		for (let j = 0; j < 5; j++) value = value * 85 + Z85.indexOf(text[i + j]);
		bytes.writeUInt32BE(value, (i / 5) * 4);
	}
	return bytes;
}

/** Deflated (raw, level 9), in Z85: what `unpackText` (src/core/packed-text.ts) reads back in the plugin. */
function packText(text) {
	return toZ85(zlib.deflateRawSync(Buffer.from(text, "utf8"), { level: 9 }));
}

/** A packed text read back with Node's own inflate: tests check the plugin's reading against it. */
function unpackTextWithNode(packed) {
	return zlib.inflateRawSync(fromZ85(packed)).toString("utf8");
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

module.exports = { minifyText, packFolder, packText, unpackTextWithNode, packedFolderOf, starterTextPlugin };
