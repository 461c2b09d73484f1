/** Where a command writes; the tests capture it, `main.ts` sends it to the terminal. */
export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** Exit codes of the command line (contracts: users' scripts rely on them). */
export const EXIT = { ok: 0, failed: 1, badInput: 2, exists: 3 } as const;

/** Thrown for bad input; `main.ts` prints the message and exits 2. */
export class UsageError extends Error {}
