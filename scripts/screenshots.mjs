// `npm run screenshots`: rebuilds main.js, then renders the resource sidebar and the published site in
// real Chromium (Debian's `chromium`, never a downloaded browser) and writes docs/screenshots/*.png.
// The same tests run in CI without UPDATE_SCREENSHOTS, asserting on the render without writing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shots = join(root, "docs", "screenshots");
const TESTS = ["tests/screenshots", "tests/site/visitor-site.test.ts"];

/** Runs a command in the repository with the inherited output; exits with its status on failure. */
function run(label, command, args, env = {}) {
	console.log(`\n▸ ${label}`);
	const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
	if (result.error) throw result.error;
	if (result.status !== 0) {
		console.error(`\n${label} failed (exit ${result.status ?? result.signal})`);
		process.exit(result.status ?? 1);
	}
}

/** npm itself: the npm that runs this script when there is one, else `npm` on the PATH. */
function npm(args) {
	const npmCli = process.env.npm_execpath;
	if (npmCli && /\.c?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args]];
	return process.platform === "win32" ? ["npm.cmd", args] : ["npm", args];
}

const modified = () =>
	new Map(existsSync(shots) ? readdirSync(shots).filter((name) => name.endsWith(".png")).map((name) => [name, statSync(join(shots, name)).mtimeMs]) : []);

const before = modified();
const [npmCommand, npmArgs] = npm(["run", "build"]);
run("npm run build", npmCommand, npmArgs);
// The test files are named explicitly, in one jest run: jest's worker pool runs them side by side.
run(`jest ${TESTS.join(" ")} (UPDATE_SCREENSHOTS=1)`, process.execPath, [join(root, "node_modules", "jest", "bin", "jest.js"), ...TESTS], { UPDATE_SCREENSHOTS: "1" });

const written = [...modified()].filter(([name, time]) => before.get(name) !== time).map(([name]) => relative(root, join(shots, name)).split("\\").join("/"));
console.log(written.length ? `\nWritten:\n${written.map((file) => `  ${file}`).join("\n")}` : "\nNo screenshot was written.");
if (!written.length) process.exit(1);
