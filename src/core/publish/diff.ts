/**
 * What a changed note looks like on the site now and after publishing, as a
 * line diff in the unified format. `before` is the file on the site, `after`
 * the compiled note. A shortest edit script (Myers' algorithm), written here
 * because the dialog needs only lines and hunks, not a general diff library.
 */

export interface Hunk {
	oldStart: number;
	oldLines: number;
	newStart: number;
	newLines: number;
	/** Each line with its mark: " " kept, "-" removed, "+" added; `\ No newline at end of file` after a last line without one. */
	lines: string[];
}

const NO_NEWLINE = "\\ No newline at end of file";

/** The lines of a text; a last line without its newline carries the marker line, so that adding the newline is a change. */
function linesOf(text: string): string[] {
	if (text === "") return [];
	const lines = text.split("\n");
	if (lines[lines.length - 1] === "") lines.pop();
	else lines[lines.length - 1] += "\n" + NO_NEWLINE;
	return lines;
}

/** The edit script from `a` to `b`, as marked lines in order, with the fewest removals and additions. */
export function editScript(a: string[], b: string[]): string[] {
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const n = a.length - head - tail;
	const m = b.length - head - tail;
	const at = (lines: string[], i: number) => lines[head + i];
	// Myers: v[k] is the furthest x on diagonal k (x - y = k) after d edits; one copy of v per d to walk back.
	const max = n + m;
	const v = new Int32Array(2 * max + 2);
	const trace: Int32Array[] = [];
	let found = max === 0;
	for (let d = 0; d <= max && !found; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && at(a, x) === at(b, y)) {
				x++;
				y++;
			}
			v[max + k] = x;
			if (x >= n && y >= m) {
				found = true;
				break;
			}
		}
	}
	const middle: string[] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d > 0; d--) {
		const before = trace[d];
		const k = x - y;
		const down = k === -d || (k !== d && before[max + k - 1] < before[max + k + 1]);
		const previousK = down ? k + 1 : k - 1;
		const previousX = before[max + previousK];
		const previousY = previousX - previousK;
		for (; x > previousX && y > previousY; y--) middle.push(" " + at(a, --x));
		if (down) middle.push("+" + at(b, --y));
		else middle.push("-" + at(a, --x));
	}
	while (x > 0) middle.push(" " + at(a, --x));
	middle.reverse();
	// In each run of changes the removals come first, then the additions, as diff -u shows them.
	for (let i = 0; i < middle.length; ) {
		let j = i;
		while (j < middle.length && middle[j][0] !== " ") j++;
		middle.splice(i, j - i, ...middle.slice(i, j).filter((l) => l[0] === "-"), ...middle.slice(i, j).filter((l) => l[0] === "+"));
		i = j + 1;
	}
	return [...a.slice(0, head).map((line) => " " + line), ...middle, ...a.slice(a.length - tail).map((line) => " " + line)];
}

/** The changes between two texts as hunks with `context` unchanged lines around each change. */
export function changedNoteHunks(before: string, after: string, context = 3): Hunk[] {
	const script = editScript(linesOf(before), linesOf(after));
	// Changes closer than 2 × context kept lines share a hunk.
	const groups: [number, number][] = [];
	script.forEach((line, i) => {
		if (line[0] === " ") return;
		const last = groups[groups.length - 1];
		if (last && i - last[1] <= 2 * context + 1) last[1] = i;
		else groups.push([i, i]);
	});
	let oldLine = 1;
	let newLine = 1;
	let done = 0;
	return groups.map(([first, last]) => {
		const from = Math.max(0, first - context);
		const to = Math.min(script.length, last + context + 1);
		for (; done < from; done++) {
			if (script[done][0] !== "+") oldLine++;
			if (script[done][0] !== "-") newLine++;
		}
		const lines = script.slice(from, to);
		const oldLines = lines.filter((line) => line[0] !== "+").length;
		const newLines = lines.filter((line) => line[0] !== "-").length;
		// The unified format numbers an empty side by the line before it.
		return {
			oldStart: oldLines === 0 ? oldLine - 1 : oldLine,
			oldLines,
			newStart: newLines === 0 ? newLine - 1 : newLine,
			newLines,
			lines: lines.flatMap((line) => line.split("\n")),
		};
	});
}

/** The same diff as unified-format text (`diff -u`), for the command line and the tests. */
export function changedNoteDiff(path: string, before: string, after: string, context = 3): string {
	const count = (start: number, lines: number) => (lines === 1 ? `${start}` : `${start},${lines}`);
	const body = changedNoteHunks(before, after, context).flatMap((h) => [`@@ -${count(h.oldStart, h.oldLines)} +${count(h.newStart, h.newLines)} @@`, ...h.lines]);
	return [`--- ${path}\tsite`, `+++ ${path}\tpublish`, ...body].join("\n") + "\n";
}
