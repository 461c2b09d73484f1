import { CliIo } from "./io";

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/** Each command lives in its own module under `commands/`; this table names them. */
export const COMMANDS: Record<string, CliCommand> = {};
