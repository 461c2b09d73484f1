import { CliIo } from "./io";
import { runCli } from "./main";

/** The command line's entry point (`dist/cli.cjs`): the terminal is its I/O. */
const io: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
void runCli(process.argv.slice(2), io).then((code) => {
	process.exitCode = code;
});
