import { CliIo } from "./io";
import { newQuestion } from "./commands/new-question";
import { inspect } from "./commands/inspect";
import { check } from "./commands/check";
import { publish } from "./commands/publish";
import { newVideo } from "./commands/new-video";
import { similar } from "./commands/similar";
import { syncAppearsIn } from "./commands/sync-appears-in";

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/** Each command lives in its own module under `commands/`; this table names them. */
export const COMMANDS: Record<string, CliCommand> = {
	"new-question": newQuestion,
	inspect,
	check,
	publish,
	similar,
	"sync-appears-in": syncAppearsIn,
	"new-video": newVideo,
};
