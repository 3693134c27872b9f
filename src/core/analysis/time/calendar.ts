// Days as the simulation over time counts them: whole days since 1970-01-01 (UTC), so that a day's
// number minus another's is the days between them, and months are calendar months.
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of "YYYY-MM-DD"; throws naming `where` when the text is not a calendar day. */
export function dayNumber(text: string, where: string): number {
  const m = DAY.exec(text);
  const [y, mo, d] = m === null ? [NaN, NaN, NaN] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (m === null || !Number.isFinite(ms) || dayText(ms / DAY_MS) !== text) {
    throw new Error(`${where}: "${text}" is not a day (YYYY-MM-DD, e.g. 2025-04-04)`);
  }
  return ms / DAY_MS;
}

/** "YYYY-MM-DD" of a day number. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM" of the month a day number falls in. */
export function monthText(day: number): string {
  return dayText(day).slice(0, 7);
}

/** The day number of the first day of the month after the one `day` falls in. */
export function nextMonthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
}
