/** YYYY-MM-DD in the user's time zone (a note written at 00:30 in Paris is dated that day, not the day before in UTC). */
export function localIsoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
