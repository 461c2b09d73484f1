import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

// The command line speaks the system's language when the vault does not say: the tests read English.
process.env.LANG = "en_US.UTF-8";
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;

/** Runs the command line in-process, as `npm run -s cli -- ...argv` would, capturing its output. */
export async function runCommandLine(...argv: string[]): Promise<CliResult> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

/** Writes `files` (vault path → text) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string> | Map<string, string>): void {
	for (const [path, text] of files instanceof Map ? files : Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

/** Every file under a folder with its bytes and modification time: to prove a vault is untouched. */
export function snapshotTree(root: string, folder = ""): Record<string, string> {
	const found: Record<string, string> = {};
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) Object.assign(found, snapshotTree(root, path));
		else found[path] = readFileSync(join(root, path)).toString("base64") + ":" + statSync(join(root, path)).mtimeMs;
	}
	return found;
}
