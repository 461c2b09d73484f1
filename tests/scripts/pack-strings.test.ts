// main.js holds the UI strings packed (scripts/pack-strings.cjs): the same tables, read back on the first lookup.
import * as esbuild from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as packedText from "../../src/core/packed-text";
import { packedStrings } from "../../src/i18n/packed";
import type { StringTable } from "../../src/i18n/translate";

import { unpackTextWithNode } from "../helpers/packed";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PLAIN_MODULE, packStringTables, fillStringsPack, packStringsPlugin } = require("../../scripts/pack-strings.cjs") as {
	PLAIN_MODULE: string;
	packStringTables(source: string, fileName: string, tables: Map<string, unknown>): string;
	fillStringsPack(text: string, tables: Map<string, unknown>): string;
	packStringsPlugin(onFilled?: (bytes: number) => void): esbuild.Plugin;
};

const I18N = path.join(__dirname, "..", "..", "src", "i18n");
// strings-start.ts, what Obsidian asks for as the plugin starts, stays plain (below).
const stringModules = readdirSync(I18N).filter((name) => /^strings-.*\.ts$/.test(name) && name !== PLAIN_MODULE);

/** A strings module as main.js has it: bundled with the packing plugin, then run. */
async function packedModule(name: string): Promise<{ exports: Record<string, unknown>; text: string }> {
	const dir = mkdtempSync(path.join(tmpdir(), "museum-strings-"));
	const outfile = path.join(dir, "out.js");
	let text: string;
	try {
		await esbuild.build({ entryPoints: [path.join(I18N, name)], bundle: true, format: "cjs", platform: "node", charset: "utf8", outfile, write: false, plugins: [packStringsPlugin()] });
		text = readFileSync(outfile, "utf8");
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
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

	it("leaves strings-start.ts plain: start-up reads it without unpacking", async () => {
		const packed = await packedModule(PLAIN_MODULE);
		expect(packed.text).not.toContain("packedStrings(");
		expect(packed.text).toContain("Créer une question de stratégie muséale");
	});

	it("leaves no string of a table in the packed source: the entries go to the blob under the table's id", () => {
		const tables = new Map<string, unknown>();
		const out = packStringTables('import { bilingual } from "./translate";\nexport const T = bilingual({ "a.b": ["Open the site", "Ouvrir le site"], same: "OK", frOnly: [null, "Seulement"] });\n', "strings-x.ts", tables);
		expect(out).toMatch(/^import \{ packedStrings \} from "\.\/packed";/);
		expect(out).toContain('export const T = packedStrings("ui:strings-x.ts#0");');
		expect(out).not.toMatch(/Open the site|Ouvrir|Seulement/);
		expect(tables).toEqual(new Map([["ui:strings-x.ts#0", { "a.b": ["Open the site", "Ouvrir le site"], same: "OK", frOnly: [null, "Seulement"] }]]));
	});

	describe("the blob, once esbuild is done", () => {
		const tables = new Map<string, unknown>([
			["ui:strings-a.ts#0", { a: "A" }],
			["ui:strings-b.ts#0", { b: "B" }],
		]);
		const built = 'const P="__MUSEUM_UI_STRINGS__";x("ui:strings-a.ts#0");';
		it("holds the tables the bundle names, no other", () => {
			const filled = fillStringsPack(built, tables);
			const blob = /^const P="([^"]+)";/.exec(filled)![1];
			expect(JSON.parse(unpackTextWithNode(blob))).toEqual({ "ui:strings-a.ts#0": { a: "A" } });
			expect(filled.endsWith(';x("ui:strings-a.ts#0");')).toBe(true);
		});
		it("refuses a table no module holds, and a bundle without the placeholder", () => {
			expect(() => fillStringsPack('const P="__MUSEUM_UI_STRINGS__";x("ui:strings-c.ts#0");', tables)).toThrow("ui:strings-c.ts#0");
			expect(() => fillStringsPack('x("ui:strings-a.ts#0");', tables)).toThrow("__MUSEUM_UI_STRINGS__");
		});
	});

	test.each([
		["a computed value", 'bilingual({ a: "x" + y })', "strings-x.ts:2"],
		["a spread", "bilingual({ ...other })", "strings-x.ts:2"],
		["a template with a placeholder", "bilingual({ a: `x${y}` })", "strings-x.ts:2"],
	])("refuses %s, naming the line", (_, call, where) => {
		expect(() => packStringTables(`// table\nexport const T = ${call};\n`, "strings-x.ts", new Map())).toThrow(where);
	});

	it("unpacks on the first lookup, not before", () => {
		// Outside a built main.js the blob is still the placeholder: making the table is fine, reading it is not.
		const unpack = jest.spyOn(packedText, "unpackText");
		try {
			const table = packedStrings("ui:strings-x.ts#0");
			expect(unpack).not.toHaveBeenCalled();
			// The placeholder's characters are base 93, but no deflate stream.
			expect(() => table.fr).toThrow("inflate");
			expect(unpack).toHaveBeenCalledTimes(1);
		} finally {
			unpack.mockRestore();
		}
	});
});
