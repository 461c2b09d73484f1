import { Severity } from "../warnings";

/** A problem found while publishing, tied to the note (vault path) and its 1-based line. */
export interface PublishWarning {
	code: string;
	severity: Severity;
	/** English message; the plugin translates by `code` with `params`. */
	message: string;
	/** Vault path of the note (or attachment) concerned; "" for the site as a whole. */
	path: string;
	/** 1-based line, or null when the problem is the note as a whole. */
	line: number | null;
	params?: Record<string, string | number>;
}

/** `line0` is 0-based (as the parsers count); reports show 1-based lines. What publishing finds is a warning unless a note's own reading said otherwise. */
export function publishWarning(
	code: string,
	message: string,
	path: string,
	line0: number | null,
	params?: Record<string, string | number>,
	severity: Severity = "warning",
): PublishWarning {
	const found: PublishWarning = { code, severity, message, path, line: line0 === null ? null : line0 + 1 };
	if (params) found.params = params;
	return found;
}
