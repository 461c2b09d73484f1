// jest: a starter site file (src/destinations/starter/files/) is imported as its minified text, as in the build.
"use strict";
const { minifyText } = require("./minify-text.cjs");

module.exports = {
	process(source, fileName) {
		return { code: `module.exports = ${JSON.stringify(minifyText(source, fileName))};` };
	},
};
