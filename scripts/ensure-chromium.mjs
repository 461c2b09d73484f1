// The test suite needs two Debian packages: chromium for the browser tests (never a browser
// downloaded by a tool) and strace for the tests that kill a publish at every step.
// On a fresh machine where we are root with apt, install what is missing; otherwise say how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missing = [
	[chromium, "chromium", "the browser tests need Chromium (or set CHROMIUM_PATH)"],
	["/usr/bin/strace", "strace", "the crash tests of publishing need strace"],
].filter(([path]) => !existsSync(path));
if (missing.length) {
	const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
	if (!canInstall) {
		for (const [, name, why] of missing) console.error(`${why}: install Debian's package (sudo apt-get install ${name}).`);
		process.exit(1);
	}
	const names = missing.map(([, name]) => name);
	console.log(`Installing Debian's ${names.join(" and ")} for the tests…`);
	const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
	execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
	execFileSync("apt-get", ["install", "-y", "-qq", ...names], { stdio: "inherit", env });
}
