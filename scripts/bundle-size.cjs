// The size gate of main.js: the build fails over budget and shows which parts weigh what.
// CommonJS so that esbuild.config.mjs and the jest tests load the same functions.

/** The group a bundled file counts under: its npm package, else its source folder. */
function partOf(input) {
	const modules = input.lastIndexOf("node_modules/");
	if (modules >= 0) {
		const [scope, name] = input.slice(modules + "node_modules/".length).split("/");
		return scope.startsWith("@") ? `${scope}/${name}` : scope;
	}
	const slash = input.lastIndexOf("/");
	return slash < 0 ? input : input.slice(0, slash);
}

/**
 * The bytes of one output of an esbuild metafile, by part (folder or package), largest first.
 * What no input accounts for (the banner, esbuild's runtime helpers) is the last row.
 */
function sizeBreakdown(metafile, outfile) {
	const output = metafile.outputs[outfile];
	if (!output) throw new Error(`${outfile} is not an output of this build`);
	const parts = new Map();
	for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
		parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
	}
	const rows = [...parts].map(([part, bytes]) => ({ part, bytes })).filter((row) => row.bytes > 0);
	rows.sort((a, b) => b.bytes - a.bytes || a.part.localeCompare(b.part));
	const counted = rows.reduce((sum, row) => sum + row.bytes, 0);
	if (output.bytes > counted) rows.push({ part: "(banner, esbuild runtime)", bytes: output.bytes - counted });
	return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the build prints, and whether it passes: the size and headroom, or over budget, every part. */
function budgetReport(name, size, budget, breakdown) {
	if (size <= budget) {
		return { ok: true, text: `${name}: ${kb(size)} minified, ${kb(budget - size)} under the ${kb(budget)} budget` };
	}
	const width = Math.max(...breakdown.map((row) => row.part.length));
	const lines = breakdown.map((row) => `  ${row.part.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${((row.bytes / size) * 100).toFixed(1).padStart(5)} %`);
	return {
		ok: false,
		text: [`${name}: ${kb(size)} minified, ${kb(size - budget)} OVER the ${kb(budget)} budget. Its parts, largest first:`, ...lines].join("\n"),
	};
}

module.exports = { partOf, sizeBreakdown, budgetReport };
