import { UsageError } from "./io";

export interface ParsedArgs {
	/** `--name value` options; repeated options and options taking several values collect every value. */
	options: Map<string, string[]>;
	flags: Set<string>;
}

/**
 * Parses `--name value`, `--name=value`, `--flag`. `multi` options take every
 * value up to the next option (`--select A B`) and may be repeated.
 */
export function parseArgs(argv: string[], spec: { values: string[]; multi?: string[]; flags: string[] }): ParsedArgs {
	const options = new Map<string, string[]>();
	const flags = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith("--")) throw new UsageError(`unexpected argument: ${arg}`);
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq >= 0 ? eq : undefined);
		if (spec.flags.includes(name)) {
			if (eq >= 0) throw new UsageError(`--${name} takes no value`);
			flags.add(name);
			continue;
		}
		const multi = spec.multi?.includes(name) ?? false;
		if (!spec.values.includes(name) && !multi) throw new UsageError(`unknown option: --${name}`);
		const values = options.get(name) ?? [];
		if (eq >= 0) values.push(arg.slice(eq + 1));
		else {
			if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) throw new UsageError(`--${name} needs a value`);
			values.push(argv[++i]);
			while (multi && i + 1 < argv.length && !argv[i + 1].startsWith("--")) values.push(argv[++i]);
		}
		options.set(name, values);
	}
	return { options, flags };
}

/** The single value of an option, or undefined; an option given twice is bad input. */
export function single(args: ParsedArgs, name: string): string | undefined {
	const values = args.options.get(name);
	if (!values) return undefined;
	if (values.length > 1) throw new UsageError(`--${name} is given more than once`);
	return values[0];
}

export function required(args: ParsedArgs, name: string): string {
	const value = single(args, name);
	if (value === undefined || value.trim() === "") throw new UsageError(`--${name} is required`);
	return value;
}
