import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SidebarModel } from "../src/core/sidebar";
import { CHROMIUM_PATH, launchChromium } from "../tests/site/browser";
import { BenchContext } from "./bench";

/** The panel render of a model, timed in real Chromium with the repository's styles.css (jsdom is far slower than a browser). */
export async function panelRenderInChromium(model: SidebarModel, report: BenchContext["report"]): Promise<void> {
	const name = `panel render of a ${model.resources.length}-resource question (Chromium)`;
	if (!existsSync(CHROMIUM_PATH)) {
		report(name, "skipped", `no Chromium at ${CHROMIUM_PATH}`);
		return;
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const esbuild = require("esbuild") as typeof import("esbuild");
	const bundle = esbuild.buildSync({
		entryPoints: [join(__dirname, "..", "bench", "panel-render-page.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		write: false,
		logLevel: "error",
		alias: { obsidian: join(__dirname, "..", "bench", "browser-obsidian.ts") },
	}).outputFiles[0].text;
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
		await page.setContent(`<!doctype html><html><head><style>${readFileSync(join(__dirname, "..", "styles.css"), "utf8")}</style></head><body class="theme-light"></body></html>`);
		await page.addScriptTag({ content: bundle });
		const ms = await page.evaluate(([m, runs]) => (window as unknown as { timeRender: (model: unknown, runs: number) => number }).timeRender(m, runs), [model, 51] as const);
		report(name, `${ms.toFixed(2)} ms`, "target ≤ 16 ms");
	} finally {
		await browser.close();
	}
}
