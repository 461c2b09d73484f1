import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The command line as users start it, from a folder of their own: relative
 * paths mean that folder, whichever way the command line was started.
 */
const repo = join(__dirname, "..", "..");
let here: string;
beforeAll(() => {
	here = mkdtempSync(join(tmpdir(), "museum-cwd-"));
	cpSync(join(repo, "demo-vault"), join(here, "vault"), { recursive: true });
});
afterAll(() => rmSync(here, { recursive: true, force: true }));

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: here, encoding: "utf8", env: { ...process.env, INIT_CWD: "" } });

test.each([
	["npm run cli (from another folder, with --prefix)", "npm", ["--prefix", repo, "run", "-s", "cli", "--", "check", "--vault", "vault"]],
	["node <checkout>/dist/cli.cjs", process.execPath, [join(repo, "dist", "cli.cjs"), "check", "--vault", "vault"]],
])("%s reads --vault vault from the folder it was run in", (_name, command, args) => {
	const result = run(command, args as string[]);
	expect(result.stderr).not.toMatch(/vault folder not found/);
	expect(result.stdout).toMatch(/\d+ error\(s\), \d+ warning\(s\)\n$/);
});

test("the package's bin museum-notes is the built command line, with a shebang", () => {
	const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
	expect(pkg.bin).toEqual({ "museum-notes": "dist/cli.cjs" });
	expect(readFileSync(join(repo, pkg.bin["museum-notes"]), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
	expect(execFileSync(join(repo, pkg.bin["museum-notes"]), ["--help"], { cwd: here, encoding: "utf8" })).toMatch(/^Usage: /);
});
