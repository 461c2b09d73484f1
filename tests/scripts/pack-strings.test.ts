// main.js holds the UI strings packed (scripts/pack-strings.cjs): the same tables, read back on the first lookup.
import * as esbuild from "esbuild";
import { readdirSync } from "fs";
import * as path from "path";
import { packedStrings } from "../../src/i18n/packed";
import type { StringTable } from "../../src/i18n/translate";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packStringTables, packStringsPlugin } = require("../../scripts/pack-strings.cjs") as {
	packStringTables(source: string, fileName: string): string;
	packStringsPlugin: esbuild.Plugin;
};

const I18N = path.join(__dirname, "..", "..", "src", "i18n");
const stringModules = readdirSync(I18N).filter((name) => /^strings-.*\.ts$/.test(name));

/** A strings module as main.js has it: bundled with the packing plugin, then run. */
async function packedModule(name: string): Promise<{ exports: Record<string, unknown>; text: string }> {
	const built = await esbuild.build({ entryPoints: [path.join(I18N, name)], bundle: true, format: "cjs", platform: "node", charset: "utf8", write: false, plugins: [packStringsPlugin] });
	const text = built.outputFiles[0].text;
	const module = { exports: {} as Record<string, unknown> };
	new Function("module", "exports", "require", text)(module, module.exports, require);
	return { exports: module.exports, text };
}

const tablesOf = (exports: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(exports).filter(([, value]) => typeof value === "object" && value !== null && "fr" in value).map(([name, table]) => [name, { en: { ...(table as StringTable).en }, fr: { ...(table as StringTable).fr } }]));

describe("UI strings packed in main.js", () => {
	test.each(stringModules)("%s: every table reads the same, key for key, in both languages", async (name) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const source = require(path.join(I18N, name)) as Record<string, unknown>;
		const packed = await packedModule(name);
		const tables = tablesOf(source);
		expect(Object.keys(tables).length).toBeGreaterThan(0);
		expect(tablesOf(packed.exports)).toEqual(tables);
		// Packed indeed: none of the French texts is in the bundle as it was written.
		const plain = Object.values(tables).flatMap(({ fr }) => Object.values(fr)).filter((text) => /^[^"'`\\\n]{12,}$/.test(text));
		expect(plain.length).toBeGreaterThan(0);
		for (const text of plain) expect(packed.text).not.toContain(text);
	});

	it("leaves no string of a table in the packed source", () => {
		const out = packStringTables('import { bilingual } from "./translate";\nexport const T = bilingual({ "a.b": ["Open the site", "Ouvrir le site"], same: "OK", frOnly: [null, "Seulement"] });\n', "strings-x.ts");
		expect(out).toMatch(/^import \{ packedStrings \} from "\.\/packed";/);
		expect(out).toMatch(/export const T = packedStrings\("[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]+"\);/);
		expect(out).not.toMatch(/Open the site|Ouvrir|Seulement/);
	});

	test.each([
		["a computed value", 'bilingual({ a: "x" + y })', "strings-x.ts:2"],
		["a spread", "bilingual({ ...other })", "strings-x.ts:2"],
		["a template with a placeholder", "bilingual({ a: `x${y}` })", "strings-x.ts:2"],
	])("refuses %s, naming the line", (_, call, where) => {
		expect(() => packStringTables(`// table\nexport const T = ${call};\n`, "strings-x.ts")).toThrow(where);
	});

	it("unpacks on the first lookup, not before", () => {
		const table = packedStrings("this is not deflated text");
		expect(() => table.fr).toThrow();
	});
});
