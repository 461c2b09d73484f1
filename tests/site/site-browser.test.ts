/**
 * The built site in a real Chromium: the question page on a phone-width screen.
 * (The site's screenshots are taken by visitor-site.test.ts.)
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { buildSite, makeTempSiteDir, removeDir, writeFiles } from "./build";
import { PATHS, noteHref, sampleNotes } from "./sample-vault";
import { serveStatic, type StaticServer } from "./static-server";

describe("the question page in Chromium", () => {
	let dir: string;
	let server: StaticServer;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		dir = makeTempSiteDir("browser");
		writeFiles(dir, sampleNotes());
		const [site, chromium] = await Promise.all([buildSite(dir, { pathPrefix: "/musee/" }), launchChromium()]);
		browser = chromium;
		server = await serveStatic(site.siteDir, { pathPrefix: site.pathPrefix });
		page = await browser.newPage({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
		// Only the local server: the YouTube frame and other outside addresses are never fetched.
		await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (dir) removeDir(dir);
	});

	async function horizontalOverflow(): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
		return page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const offenders = Array.from(document.querySelectorAll("body *"))
				.filter((element) => element.getBoundingClientRect().right > width + 1)
				.map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
			return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, offenders };
		});
	}

	test("the server serves the prefix and encoded names", async () => {
		const response = await page.goto(server.urlOf(noteHref(PATHS.chinese)));
		expect(response?.status()).toBe(200);
		expect(await page.locator("h1").first().textContent()).toBe("博物馆");
		expect((await page.goto(server.url.replace("/musee/", "/Notes/")))?.status()).toBe(404);
	});

	test.each(["light", "dark"] as const)("resource cards are visible and nothing overflows at 375 px (%s)", async (colorScheme) => {
		await page.emulateMedia({ colorScheme });
		const response = await page.goto(server.urlOf(noteHref(PATHS.jumeau)));
		expect(response?.status()).toBe(200);
		// The stylesheet loaded through the prefix.
		expect(await page.locator(".resource-card").first().evaluate((card) => getComputedStyle(card).borderTopStyle)).toBe("solid");
		const cards = page.locator(".resource-card");
		expect(await cards.count()).toBe(4);
		for (let i = 0; i < 4; i++) expect(await cards.nth(i).isVisible()).toBe(true);
		expect(await page.locator(".video-item").count()).toBe(2);
		expect(await page.locator(".breadcrumbs").isVisible()).toBe(true);
		const overflow = await horizontalOverflow();
		expect(overflow.offenders).toEqual([]);
		expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
	});

	test("the video page's YouTube frame fits the phone", async () => {
		await page.emulateMedia({ colorScheme: "light" });
		await page.goto(server.urlOf(noteHref(PATHS.video)));
		const box = await page.locator("iframe").boundingBox();
		expect(box).not.toBeNull();
		expect(box!.width).toBeLessThanOrEqual(375);
		expect(Math.round((box!.width / box!.height) * 9)).toBe(16);
		expect((await horizontalOverflow()).offenders).toEqual([]);
	});
});
