// Build time, main.js only: the UI strings (every `bilingual({...})` table of src/i18n/strings-*.ts) ship as
// one packed blob (`packText`, scripts/minify-text.cjs), unpacked on the first lookup (src/i18n/packed.ts).
// Each table becomes `packedStrings("ui:<file>#<n>")`; once esbuild is done, the blob of the tables main.js
// still names (tree shaking may drop some) replaces the placeholder of src/i18n/packed.ts. Only data is
// packed: a table must be a literal (keys and strings, `[en, fr]` pairs, `null`), else the build fails and
// says where. The command line and jest read the sources as they are.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { packText } = require("./minify-text.cjs");
const ts = require("typescript");

/** The value of a literal node of a strings table, or an error naming the line. */
function literalValue(node, file) {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (node.kind === ts.SyntaxKind.NullKeyword) return null;
	if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => literalValue(element, file));
	if (ts.isObjectLiteralExpression(node)) {
		const entries = {};
		for (const property of node.properties) {
			if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) throw notLiteral(property, file);
			entries[property.name.text] = literalValue(property.initializer, file);
		}
		return entries;
	}
	throw notLiteral(node, file);
}

function notLiteral(node, file) {
	const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
	return new Error(`${file.fileName}:${line + 1}: a strings table holds only literals (strings, [en, fr], null), to be packed`);
}

/** What Obsidian asks for as the plugin starts: left plain, so that start-up unpacks nothing. */
const PLAIN_MODULE = "strings-start.ts";

/** What src/i18n/packed.ts holds until the blob replaces it. */
const PLACEHOLDER = '"__MUSEUM_UI_STRINGS__"';
const TABLE_ID = /"ui:[^"\\]+#\d+"/g;

/**
 * The source with each `bilingual({...})` call replaced by `packedStrings("ui:<file>#<n>")`, unchanged when
 * it has none; the entries go into `tables` under that id.
 */
function packStringTables(source, fileName, tables) {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const calls = [];
	const visit = (node) => {
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "bilingual" && node.arguments.length === 1) calls.push(node);
		else ts.forEachChild(node, visit);
	};
	visit(file);
	if (calls.length === 0) return source;
	let out = "";
	let at = 0;
	calls.forEach((call, n) => {
		const id = `ui:${fileName}#${n}`;
		tables.set(id, literalValue(call.arguments[0], file));
		out += source.slice(at, call.getStart(file)) + `packedStrings(${JSON.stringify(id)})`;
		at = call.end;
	});
	return `import { packedStrings } from "./packed";\n${out}${source.slice(at)}`;
}

/** The built text with the blob of the tables it names in place of the placeholder. */
function fillStringsPack(text, tables) {
	const used = {};
	for (const [quoted] of text.matchAll(TABLE_ID)) {
		const id = JSON.parse(quoted);
		if (!tables.has(id)) throw new Error(`main.js names the strings table ${id}, which no strings module holds`);
		used[id] = tables.get(id);
	}
	const at = text.indexOf(PLACEHOLDER);
	if (Object.keys(used).length === 0) return text;
	if (at < 0 || text.indexOf(PLACEHOLDER, at + 1) >= 0) throw new Error(`main.js must hold ${PLACEHOLDER} once (src/i18n/packed.ts)`);
	return text.slice(0, at) + JSON.stringify(packText(JSON.stringify(used), { smallest: true })) + text.slice(at + PLACEHOLDER.length);
}

/**
 * The esbuild plugin of main.js (a build with `write: false`: the plugin writes the outputs once filled).
 * `onFilled(bytesAdded)` tells the size gate what the blob weighs.
 */
function packStringsPlugin(onFilled = () => {}) {
	return {
		name: "packed-strings",
		setup(build) {
			const tables = new Map();
			build.onStart(() => tables.clear());
			build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]strings-[^\\/]+\.ts$/ }, async (args) =>
				path.basename(args.path) === PLAIN_MODULE
					? undefined
					: { contents: packStringTables(await fs.promises.readFile(args.path, "utf8"), path.basename(args.path), tables), loader: "ts" });
			build.onEnd(async (result) => {
				if (result.errors.length > 0 || !result.outputFiles) return;
				for (const output of result.outputFiles) {
					if (!output.path.endsWith(".js")) continue;
					const filled = Buffer.from(fillStringsPack(output.text, tables), "utf8");
					onFilled(filled.length - output.contents.length);
					await fs.promises.mkdir(path.dirname(output.path), { recursive: true });
					await fs.promises.writeFile(output.path, filled);
				}
			});
		},
	};
}

module.exports = { PLAIN_MODULE, packStringTables, fillStringsPack, packStringsPlugin };
