/**
 * A publish killed at every step. The command line is run under `strace`,
 * which sends SIGKILL on entry of the Nth call of one file-changing system
 * call (mkdir, write, rename, unlink, rmdir, chmod), for every N the publish
 * makes, so the process dies before that call with all earlier ones done.
 * Then, as the next publish (or the plugin at start-up) does, the interrupted
 * publish is recovered: the site folder must be exactly the old site or the
 * new one, file for file (content and permissions), with nothing left beside
 * it; and publishing again must give exactly the new site. Three publishes:
 * into a missing folder, into an existing empty folder, and over a site (a
 * changed note, a new folder, a deleted note, a rename and its redirect).
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, Plugin } from "esbuild";
import { FolderDestination } from "../../src/destinations/folder";
import { runCommandLine, snapshotTree, writeTree } from "../helpers/cli";

const SYSCALLS = ["mkdir", "mkdirat", "write", "pwrite64", "rename", "renameat", "renameat2", "unlink", "unlinkat", "rmdir", "chmod", "fchmod", "fchmodat"];

type SiteState = Record<string, string> | null;

/** Every file and folder of the site with its permissions (and bytes), the folder itself included; null when there is none. */
function siteState(dir: string): SiteState {
	if (!existsSync(dir)) return null;
	const state: Record<string, string> = { ".": `dir ${(statSync(dir).mode & 0o7777).toString(8)}` };
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			const path = sub ? `${sub}/${entry.name}` : entry.name;
			const mode = (statSync(join(dir, path)).mode & 0o7777).toString(8);
			if (entry.isDirectory()) {
				state[path] = `dir ${mode}`;
				walk(path);
			} else state[path] = `${mode} ${readFileSync(join(dir, path)).toString("base64")}`;
		}
	};
	walk("");
	return state;
}

let root: string;
let cli: string;
// The starter site's texts are imported through the build's own plugin, as in `npm run build`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { starterTextPlugin } = require("../../scripts/minify-text.cjs") as { starterTextPlugin: Plugin };
beforeAll(async () => {
	const strace = spawnSync("strace", ["-V"]);
	if (strace.error) throw new Error("these tests need strace (Debian package `strace`; .ci/run installs it)");
	root = mkdtempSync(join(tmpdir(), "publish-crash-"));
	cli = join(root, "cli.cjs");
	await build({ entryPoints: [join(__dirname, "../../src/cli/bin.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: cli, external: ["obsidian"], logLevel: "warning", plugins: [starterTextPlugin] });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const V1 = {
	"Notes/A.md": "# A\nPremière version de A.\n",
	"Notes/B.md": "# B\nVoir [[A]].\n",
	"Notes/Ancien nom.md": "---\neleventyNavigation:\n  key: ancien\n---\n# Ancien nom\nUne note bientôt renommée.\n",
	"Notes/Supprimée.md": "# Supprimée\nElle va quitter le coffre.\n",
	"Notes/plan.png": "PNG-1",
	"Notes/C.md": "![[plan.png]]\n",
};

interface Scenario {
	name: string;
	/** Writes the vault and the site as they are before the publish under test. */
	prepare(dir: string): Promise<void>;
	/** The calls to kill at, when not all of them (the staging writes are the same as the next scenario's). */
	syscalls?: string[];
}

const SCENARIOS: Scenario[] = [
	{ name: "a first publish into a missing folder", prepare: async (dir) => writeTree(join(dir, "vault"), V1), syscalls: ["mkdir", "rename", "unlink", "rmdir"] },
	{
		name: "a first publish into an existing empty folder (its permissions kept)",
		prepare: async (dir) => {
			writeTree(join(dir, "vault"), V1);
			mkdirSync(join(dir, "site"));
			chmodSync(join(dir, "site"), 0o750);
		},
	},
	{
		name: "a publish over a site: changed, new folder, deleted, renamed with its redirect, a replaced file's permissions",
		prepare: async (dir) => {
			const vault = join(dir, "vault");
			writeTree(vault, V1);
			expect((await runCommandLine("publish", "--vault", vault, "--out", join(dir, "site"))).code).toBe(0);
			chmodSync(join(dir, "site", "Notes", "A.md"), 0o640);
			rmSync(join(vault, "Notes/Supprimée.md"));
			rmSync(join(vault, "Notes/Ancien nom.md"));
			writeTree(vault, {
				"Notes/A.md": "# A\nDeuxième version de A.\n",
				"Notes/Nouveau nom.md": "---\neleventyNavigation:\n  key: ancien\n---\n# Nouveau nom\nUne note renommée.\n",
				"Dossier neuf/D.md": "# D\nDans un dossier neuf.\n",
				"Notes/plan.png": "PNG-2",
			});
		},
	},
];

describe.each(SCENARIOS)("$name, killed at every step", (scenario) => {
	test("recovered, the site is exactly the old or the new one; published again, the new one", async () => {
		const fresh = async () => {
			const dir = mkdtempSync(join(root, "run-"));
			await scenario.prepare(dir);
			return { dir, vault: join(dir, "vault"), out: join(dir, "site") };
		};
		const publish = (vault: string, out: string, strace: string[]) =>
			new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
				spawn("strace", ["-f", "-qq", ...strace, process.execPath, cli, "publish", "--vault", vault, "--out", out], { stdio: "ignore" }).on("exit", (status, signal) => resolve({ status, signal })),
			);

		// A whole publish, traced: the old and new sites, and how many calls of each kind it makes.
		const reference = await fresh();
		const old = siteState(reference.out);
		const log = join(reference.dir, "strace.log");
		expect((await publish(reference.vault, reference.out, ["-o", log, "-e", `trace=${SYSCALLS.join(",")}`])).status).toBe(0);
		const neu = siteState(reference.out);
		expect(neu).not.toEqual(old);
		const calls = readFileSync(log, "utf8").split("\n");
		const steps = (scenario.syscalls ?? SYSCALLS).flatMap((syscall) => Array.from({ length: calls.filter((l) => new RegExp(`^\\d+\\s+${syscall}\\(`).test(l)).length }, (_, i) => ({ syscall, n: i + 1 })));
		expect(steps.filter((step) => step.syscall === "rename").length).toBeGreaterThan(2);

		const outcomes = { old: 0, new: 0, mixedBeforeRecovery: 0 };
		const killAt = async ({ syscall, n }: { syscall: string; n: number }) => {
			const { dir, vault, out } = await fresh();
			const vaultBefore = snapshotTree(vault);
			const inode = existsSync(out) ? statSync(out).ino : null;
			const killed = await publish(vault, out, ["-o", "/dev/null", "-e", `trace=${syscall}`, "-e", `inject=${syscall}:signal=SIGKILL:when=${n}`]);
			const where = `killed at ${syscall} #${n}`;
			const left = JSON.stringify(siteState(out));
			if (killed.signal === "SIGKILL" && left !== JSON.stringify(old) && left !== JSON.stringify(neu)) outcomes.mixedBeforeRecovery++;

			new FolderDestination(out).recover();
			const recovered = JSON.stringify(siteState(out));
			const same = recovered === JSON.stringify(old) ? "old" : recovered === JSON.stringify(neu) ? "new" : "mixed";
			expect([where, same]).not.toEqual([where, "mixed"]);
			outcomes[same as "old" | "new"]++;
			expect([where, readdirSync(dir).filter((name) => name !== "vault" && name !== "site")]).toEqual([where, []]);
			if (inode !== null) expect([where, statSync(out).ino]).toEqual([where, inode]);

			const again = await runCommandLine("publish", "--vault", vault, "--out", out);
			expect([where, again.code, again.stderr]).toEqual([where, 0, ""]);
			expect([where, siteState(out)]).toEqual([where, neu]);
			expect([where, snapshotTree(vault)]).toEqual([where, vaultBefore]);
			rmSync(dir, { recursive: true, force: true });
		};
		// Two at a time: each kill runs in its own folder.
		for (let i = 0; i < steps.length; i += 2) await Promise.all(steps.slice(i, i + 2).map(killAt));
		// Killed early the old site stays, killed late the new one is complete; some kills fall mid-swap.
		expect(outcomes.old).toBeGreaterThan(0);
		expect(outcomes.new).toBeGreaterThan(0);
		expect(outcomes.mixedBeforeRecovery).toBeGreaterThan(0);
	});
});
