// jest: `import PACKED from "./files.pack"` is the sibling folder packed, by the build's own function.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { packFolder, packedFolderOf } = require("./minify-text.cjs");

module.exports = {
	process(_source, fileName) {
		return { code: `module.exports = ${JSON.stringify(packFolder(packedFolderOf(fileName)))};` };
	},
	// jest caches by the .pack file's own text, which never changes: the key is the folder's files and this code.
	getCacheKey(_source, fileName) {
		const dir = packedFolderOf(fileName);
		const hash = crypto.createHash("sha256");
		for (const file of [__filename, path.join(__dirname, "minify-text.cjs")]) hash.update(fs.readFileSync(file));
		for (const name of fs.readdirSync(dir).sort()) hash.update(`\0${name}\0`).update(fs.readFileSync(path.join(dir, name)));
		return hash.digest("hex");
	},
};
