// The browser tests need Debian's Chromium (never a browser downloaded by a tool).
// On a fresh machine where we are root with apt, install it; otherwise say how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
	const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
	if (!canInstall) {
		console.error(`The browser tests need Chromium at ${chromium}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
		process.exit(1);
	}
	console.log("Installing Debian's chromium package for the browser tests…");
	const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
	execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
	execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}
