/** Problems users can cause are values, not exceptions. */
export type Severity = "error" | "warning" | "info";

export interface NoteWarning {
	code: string;
	severity: Severity;
	/** English message; the plugin translates by `code` with `params`. */
	message: string;
	/** 0-based line in the note, null when the problem is the note as a whole. */
	line: number | null;
	params?: Record<string, string | number>;
}

export function warning(
	code: string,
	severity: Severity,
	message: string,
	line: number | null,
	params?: Record<string, string | number>,
): NoteWarning {
	return params ? { code, severity, message, line, params } : { code, severity, message, line };
}
