import { CliIo, EXIT, UsageError } from "./io";
import { COMMANDS } from "./commands";

const USAGE = `Usage: museum-notes <command> [options]   (in a checkout: npm run -s cli -- <command> [options])

Commands:
  new-question --vault DIR --question TEXT [--answer TEXT] [--parent KEY]
               [--folder PATH] [--template PATH] [--json]
  inspect      --vault DIR --note PATH [--json]
  check        --vault DIR [--json]
  publish      --vault DIR --out DIR [--select PATH ...] [--with-linked]
               [--dry-run] [--yes] [--json]   (--yes: confirm leak errors and deleting over 1/5 of the site)
  similar      --vault DIR --question TEXT [--limit N] [--json]
  sync-appears-in --vault DIR [--dry-run] [--json]
  new-video    --vault DIR --url URL [--speaker TEXT ...] [--question PATH ...]
               [--title TEXT] [--event TEXT] [--offline] [--json]   (asks the video host for the title unless --offline)

Exit codes: 0 success, 1 failure or problems found, 2 bad input, 3 already exists.`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === "--help" || name === "-h" || name === "help") {
		if (name) io.stdout(USAGE + "\n");
		else io.stderr(USAGE + "\n");
		return name ? EXIT.ok : EXIT.badInput;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.stderr(`Unknown command: ${name}\n\n${USAGE}\n`);
		return EXIT.badInput;
	}
	try {
		return await command(rest, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`${name}: ${error.message}\n`);
			return EXIT.badInput;
		}
		io.stderr(`${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		return EXIT.failed;
	}
}
