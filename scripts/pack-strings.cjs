// Build time, main.js only: each `bilingual({...})` table of src/i18n/strings-*.ts becomes
// `packedStrings("<packed>")`, its entries as JSON, deflated (src/i18n/packed.ts inflates them on the first
// lookup). The UI strings are about a seventh of main.js, and deflate halves them. Only data is packed:
// the table must be a literal (keys and strings, `[en, fr]` pairs, `null`), else the build fails and says
// where. The command line and jest read the sources as they are.
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

/** The source with each `bilingual({...})` call replaced by `packedStrings("...")`; unchanged when it has none. */
function packStringTables(source, fileName) {
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
	for (const call of calls) {
		const entries = literalValue(call.arguments[0], file);
		out += source.slice(at, call.getStart(file)) + `packedStrings(${JSON.stringify(packText(JSON.stringify(entries)))})`;
		at = call.end;
	}
	return `import { packedStrings } from "./packed";\n${out}${source.slice(at)}`;
}

/** The esbuild plugin of main.js. */
const packStringsPlugin = {
	name: "packed-strings",
	setup(build) {
		build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]strings-[^\\/]+\.ts$/ }, async (args) => ({
			contents: packStringTables(await fs.promises.readFile(args.path, "utf8"), path.basename(args.path)),
			loader: "ts",
		}));
	},
};

module.exports = { packStringTables, packStringsPlugin };
