/**
 * @jest-environment jsdom
 *
 * The resource sidebar as Obsidian shows it, in real Chromium: the built plugin renders the demo vault
 * in the in-memory Obsidian (jsdom), then the panel's HTML is laid out with Obsidian's default light and
 * dark theme variables and the plugin's styles.css, in a 300 px sidebar and a 375 px phone drawer.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/sidebar-{light,dark,phone}.png.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type * as BrowserModule from "../site/browser";
import { PanelRender, provideElectronGlobals, renderPanels, REPO_ROOT } from "./render-panel";

type Theme = "light" | "dark";
interface Layout {
	name: string;
	width: number;
	mobile: boolean;
}
const SIDEBAR: Layout = { name: "sidebar", width: 300, mobile: false };
const PHONE: Layout = { name: "phone", width: 375, mobile: true };
/** Shorter than most panels, so that rows have to be scrolled into view. */
const VIEWPORT_HEIGHT = 640;

const THEME_CSS = fs.readFileSync(path.join(__dirname, "obsidian-theme.css"), "utf8");
const PLUGIN_CSS = fs.readFileSync(path.join(REPO_ROOT, "styles.css"), "utf8");
const SCREENSHOTS = [
	{ file: "sidebar-light.png", panel: "question", theme: "light", layout: SIDEBAR },
	{ file: "sidebar-dark.png", panel: "question", theme: "dark", layout: SIDEBAR },
	{ file: "sidebar-phone.png", panel: "question-create", theme: "light", layout: PHONE },
] as const;

/** The rows a reader scans; each must be reachable with the keyboard except a talk with no note. */
const ROWS = ".museum-resource, .museum-video, .museum-related, .museum-citation, .museum-overview-question";

/**
 * The panel's own arrow-key navigation (`keyboard.ts`), bundled for the page and attached as the view
 * attaches it. esbuild runs in a child Node: it refuses jsdom's globals.
 */
function keyboardScript(): string {
	const build = `require("esbuild").build(${JSON.stringify({
		entryPoints: [path.join(REPO_ROOT, "src", "obsidian", "sidebar", "keyboard.ts")],
		bundle: true,
		format: "iife",
		globalName: "museumKeyboard",
		write: false,
		logLevel: "silent",
	})}).then((r) => process.stdout.write(r.outputFiles[0].text))`;
	const source = execFileSync(process.execPath, ["-e", build], { cwd: REPO_ROOT, encoding: "utf8" });
	// A block: the page's window outlives each setContent, so nothing may be declared twice.
	return `${source}\n{ const content = document.querySelector(".view-content"); content.addEventListener("keydown", museumKeyboard.arrowNavigation(content)); content.dataset.keyboard = "attached"; }`;
}

/**
 * `launchChromium()`, loaded only now: playwright-core needs the Node globals that jest's jsdom
 * environment hides (see `provideElectronGlobals`).
 */
function loadLaunchChromium(): typeof BrowserModule.launchChromium {
	provideElectronGlobals();
	return (require("../site/browser") as typeof BrowserModule).launchChromium;
}

function pageHtml(panel: PanelRender, theme: Theme, layout: Layout): string {
	const bodyClass = `theme-${theme}${layout.mobile ? " is-mobile" : ""}`;
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>${THEME_CSS}</style><style>${PLUGIN_CSS}</style></head><body class="${bodyClass}">${panel.html}</body></html>`;
}

describe("the resource sidebar in Chromium, as Obsidian lays it out", () => {
	let panels: PanelRender[];
	let browser: Browser;
	let keyboard: string;
	const contexts = new Map<string, BrowserContext>();
	const pages = new Map<string, Page>();

	beforeAll(async () => {
		// Side by side; a browser that started is kept for afterAll even when the render failed (a
		// Chromium left running would keep jest from exiting).
		const [rendered, launched] = await Promise.allSettled([renderPanels(), loadLaunchChromium()()]);
		if (launched.status === "fulfilled") browser = launched.value;
		if (rendered.status === "rejected") throw rendered.reason;
		if (launched.status === "rejected") throw launched.reason;
		panels = rendered.value;
		keyboard = keyboardScript();
		for (const layout of [SIDEBAR, PHONE]) {
			const context = await browser.newContext({ viewport: { width: layout.width, height: VIEWPORT_HEIGHT }, deviceScaleFactor: 2, hasTouch: layout.mobile });
			// Nothing leaves the page: the panel is self-contained.
			await context.route("**/*", (route) => route.abort());
			contexts.set(layout.name, context);
			pages.set(layout.name, await context.newPage());
		}
	});

	afterAll(async () => {
		for (const context of contexts.values()) await context.close();
		await browser?.close();
	});

	const panel = (name: string): PanelRender => {
		const found = panels.find((p) => p.name === name);
		if (!found) throw new Error(`no panel ${name}`);
		return found;
	};

	async function show(name: string, theme: Theme, layout: Layout): Promise<Page> {
		const page = pages.get(layout.name)!;
		await page.setViewportSize({ width: layout.width, height: VIEWPORT_HEIGHT });
		await page.setContent(pageHtml(panel(name), theme, layout));
		await page.addScriptTag({ content: keyboard });
		expect(await page.locator(".view-content").getAttribute("data-keyboard")).toBe("attached");
		return page;
	}

	test("the built plugin rendered every panel, with every icon drawn", () => {
		expect(panels.map((p) => p.name)).toEqual(["overview", "question", "question-create", "resource"]);
		for (const p of panels) expect(p.icons.missing).toEqual([]);
		const html = (name: string) => panel(name).html;
		// The question shows every kind of resource and state the panel knows.
		for (const cls of ["lucide-file-text", "lucide-external-link", "lucide-video", "museum-state-missing-summary", "museum-summary-fallback", "museum-video", "museum-related", "museum-warning"]) expect(html("question")).toContain(cls);
		expect(html("question-create")).toContain("museum-create");
		expect(html("question-create")).toContain("museum-state-unresolved");
		expect(html("resource")).toContain("museum-citation");
		expect(html("overview")).toContain("museum-overview-question");
	});

	const cases: [string, Theme, string, Layout][] = [];
	for (const name of ["question", "question-create", "resource", "overview"])
		for (const [theme, layout] of [["light", SIDEBAR], ["dark", SIDEBAR], ["light", PHONE], ["dark", PHONE]] as const) cases.push([name, theme, layout.name, layout]);

	test.each(cases)("%s, %s theme, %s: nothing overflows, every row is visible, text has contrast", async (name, theme, _layoutName, layout) => {
		const page = await show(name, theme, layout);
		const report = await page.evaluate((rowsSelector) => {
			const describe = (el: Element) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
			const pane = document.querySelector(".workspace-leaf")!.getBoundingClientRect();
			const content = document.querySelector<HTMLElement>(".view-content")!;
			const overflowing: string[] = [];
			for (const el of Array.from(document.querySelectorAll(".workspace-leaf *"))) {
				const box = el.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue;
				if (box.right > pane.right + 0.5 || box.left < pane.left - 0.5) overflowing.push(`${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)} > ${Math.round(pane.right)}`);
			}
			// Text can spill out of a box that fits (nowrap, a long word): measure the text itself.
			const walker = document.createTreeWalker(document.querySelector(".workspace-leaf")!, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!(node.textContent ?? "").trim()) continue;
				range.selectNodeContents(node);
				const spill = Array.from(range.getClientRects()).find((r) => r.width > 0 && (r.right > pane.right + 0.5 || r.left < pane.left - 0.5));
				if (spill) overflowing.push(`text "${(node.textContent ?? "").trim().slice(0, 30)}" ${Math.round(spill.left)}–${Math.round(spill.right)} > ${Math.round(pane.right)}`);
			}

			const hidden: string[] = [];
			const rows = Array.from(document.querySelectorAll<HTMLElement>(rowsSelector));
			for (const row of rows) {
				row.scrollIntoView({ block: "nearest" });
				const box = row.getBoundingClientRect();
				const inView = box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5;
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
				if (!inView || !hit || !row.contains(hit) || getComputedStyle(row).visibility !== "visible") hidden.push(describe(row));
			}
			content.scrollTop = 0;

			// Contrast: each text's colour against the background painted under it (alpha composited).
			type Rgba = [number, number, number, number];
			const parse = (c: string): Rgba => {
				const m = c.match(/rgba?\(([^)]+)\)/);
				if (!m) return [0, 0, 0, 0];
				const [r, g, b, a = "1"] = m[1].split(/[ ,/]+/).filter(Boolean);
				return [Number(r), Number(g), Number(b), Number(a)];
			};
			const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba;
			const background = (el: Element): Rgba => {
				const layers: Rgba[] = [];
				for (let e: Element | null = el; e; e = e.parentElement) {
					const bg = parse(getComputedStyle(e).backgroundColor);
					if (bg[3] > 0) layers.push(bg);
					if (bg[3] >= 1) break;
				}
				return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
			};
			const luminance = ([r, g, b]: Rgba) => {
				const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
				return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
			};
			const texts: { text: string; ratio: number; color: string }[] = [];
			for (const el of Array.from(document.querySelectorAll(".workspace-leaf *"))) {
				const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim());
				if (!ownText || el.getBoundingClientRect().width === 0) continue;
				const bg = background(el);
				const fg = over(parse(getComputedStyle(el).color), bg);
				const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
				texts.push({ text: describe(el), ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, color: `${fg.slice(0, 3)} on ${bg.slice(0, 3)}` });
			}
			return {
				overflowing,
				hidden,
				rows: rows.length,
				scrollWidth: content.scrollWidth,
				clientWidth: content.clientWidth,
				documentOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				lowContrast: texts.filter((t) => t.ratio < 2),
				minContrast: Math.min(...texts.map((t) => t.ratio)),
				texts: texts.length,
			};
		}, ROWS);

		expect(report.rows).toBeGreaterThan(0);
		expect(report.overflowing).toEqual([]);
		expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
		expect(report.documentOverflow).toBeLessThanOrEqual(0);
		expect(report.hidden).toEqual([]);
		expect(report.texts).toBeGreaterThan(0);
		// Obsidian's faint text is about 2.1:1 in the light theme; nothing may be fainter than that.
		expect(report.lowContrast).toEqual([]);
	});

	test.each(["question", "question-create", "resource", "overview"])("%s: Tab reaches every row in order, arrow keys move through the items", async (name) => {
		const page = await show(name, "light", SIDEBAR);
		// Which row (index in ROWS order) holds each focusable control, and which rows need one.
		const rows = await page.evaluate((rowsSelector) => {
			const all = Array.from(document.querySelectorAll<HTMLElement>(rowsSelector));
			all.forEach((row, i) => (row.dataset.row = String(i)));
			const focusable = (el: HTMLElement) => el.tabIndex >= 0 || Array.from(el.querySelectorAll<HTMLElement>("button, [tabindex]")).some((c) => c.tabIndex >= 0);
			return all.map((row) => ({
				needsFocus: !(row.classList.contains("museum-video") && !row.dataset.path),
				focusable: focusable(row),
				label: (row.textContent ?? "").trim().slice(0, 40),
			}));
		}, ROWS);
		expect(rows.filter((r) => r.needsFocus && !r.focusable).map((r) => r.label)).toEqual([]);

		const rowOfActive = () => page.evaluate(() => (document.activeElement?.closest<HTMLElement>("[data-row]")?.dataset.row ?? null));
		const focusables = await page.evaluate(() => document.querySelectorAll("[tabindex], button, input").length);
		const reached: number[] = [];
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		for (let i = 0; i < focusables + 1; i++) {
			await page.keyboard.press("Tab");
			const row = await rowOfActive();
			if (row !== null && reached[reached.length - 1] !== Number(row)) reached.push(Number(row));
		}
		const expected = rows.map((r, i) => (r.needsFocus ? i : -1)).filter((i) => i >= 0);
		expect(reached).toEqual(expected);

		// Arrow keys, handled by the panel's own keyboard.ts, walk the navigable items one by one.
		const items = await page.evaluate(() => {
			const all = Array.from(document.querySelectorAll<HTMLElement>(".museum-sidebar-item"));
			all.forEach((el, i) => (el.dataset.item = String(i)));
			all[0]?.focus();
			return all.length;
		});
		expect(items).toBeGreaterThan(1);
		const activeItem = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.item ?? null);
		for (let i = 1; i < items; i++) {
			await page.keyboard.press("ArrowDown");
			expect(await activeItem()).toBe(String(i));
			// The focused item is scrolled into view.
			const inView = await page.evaluate(() => {
				const box = document.activeElement!.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= innerHeight + 0.5;
			});
			expect(inView).toBe(true);
		}
		await page.keyboard.press("ArrowUp");
		expect(await activeItem()).toBe(String(items - 2));
	});

	const update = process.env.UPDATE_SCREENSHOTS === "1";
	(update ? test : test.skip).each(SCREENSHOTS.map((s) => [s.file, s] as const))("writes docs/screenshots/%s (full panel height)", async (file, shot) => {
		const page = await show(shot.panel, shot.theme, shot.layout);
		// The whole panel: the pane's height when nothing constrains it (no taller than its content).
		const height = await page.evaluate(() => {
			const leaf = document.querySelector<HTMLElement>(".workspace-leaf")!;
			leaf.style.height = "auto";
			const natural = leaf.offsetHeight;
			leaf.style.height = "";
			return Math.ceil(natural);
		});
		await page.setViewportSize({ width: shot.layout.width, height });
		const overflow = await page.evaluate(() => {
			const content = document.querySelector<HTMLElement>(".view-content")!;
			return content.scrollHeight - content.clientHeight;
		});
		expect(overflow).toBeLessThanOrEqual(0);
		const target = path.join(REPO_ROOT, "docs", "screenshots", file);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		await page.screenshot({ path: target, animations: "disabled", caret: "hide" });
		expect(fs.statSync(target).size).toBeGreaterThan(1000);
	});
});
