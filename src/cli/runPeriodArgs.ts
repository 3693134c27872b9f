// The command line's flags for time (model v4): a period (`--from`, `--to`, `--events`), the
// year's hindcast (`--hindcast`), and the time-to-survive sweep (`--sweep-survive`). Kept apart
// from analyzeArgs.ts, which calls these: each returns the error to print, or undefined.
import { isPartialDate } from '../data/schemaV4.ts';

/** What the time flags have said so far. */
export interface TimeDraft {
  from?: string;
  to?: string;
  events: boolean;
  hindcast?: number;
  sweepSurvive: boolean;
}

/** The other flags a time flag cannot go with, as the draft holds them. */
export interface OtherFlags {
  readonly presets: readonly string[];
  readonly flags: readonly string[];
  readonly sweep: boolean;
  readonly batch?: string;
  readonly period?: string;
  readonly periods: boolean;
  readonly lp?: string;
  readonly bestCase?: string;
}

/** Longest period a run may cover, so a typo in a year cannot start a century's simulation. */
export const MAX_PERIOD_YEARS = 10;

export const TIME_VALUE_FLAGS = ['--from', '--to', '--hindcast'] as const;

/** Records `--from D`, `--to D` or `--hindcast YEAR`; the error if the value will not do. */
export function applyTimeFlag(draft: TimeDraft, flag: string, value: string): string | undefined {
  if (flag === '--hindcast') {
    if (!/^\d{4}$/.test(value)) return `--hindcast needs a year such as 2025, not "${value}"`;
    draft.hindcast = Number(value);
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `${flag} needs a day written YYYY-MM-DD (such as 2025-04-04), not "${value}"`;
  }
  if (!isPartialDate(value)) return `${flag} ${value}: there is no such day`;
  if (flag === '--from') draft.from = value;
  else draft.to = value;
  return undefined;
}

/** Days from `from` to `to`, both counted: 2025-01-01..2025-01-31 is 31 days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5) + 1;
}

/** The error for time flags that are missing a partner or cannot go with others, if any. */
export function timeConflicts(t: TimeDraft, o: OtherFlags): string | undefined {
  const scenario = o.presets.length > 0 ? '--preset' : o.flags[0]?.split(' ')[0];
  const single = [
    o.sweep && '--sweep',
    o.batch !== undefined && '--batch',
    o.period !== undefined && '--period',
    o.periods && '--periods',
    o.lp !== undefined && '--lp',
    o.bestCase !== undefined && '--best-case',
  ].find((x): x is string => typeof x === 'string');
  if (t.hindcast !== undefined) {
    const other =
      (t.from !== undefined && '--from') ||
      (t.to !== undefined && '--to') ||
      (t.events && '--events') ||
      (t.sweepSurvive && '--sweep-survive') ||
      scenario ||
      single;
    if (other) {
      return `--hindcast runs the year from the baseline with the dataset's events; it cannot be used with ${other}`;
    }
    return undefined;
  }
  if (t.sweepSurvive) {
    const other =
      (t.from !== undefined && '--from') ||
      (t.to !== undefined && '--to') ||
      (t.events && '--events') ||
      scenario ||
      single;
    if (other) {
      return `--sweep-survive removes each node from the baseline in turn; it cannot be used with ${other}`;
    }
    return undefined;
  }
  if (t.from === undefined && t.to === undefined) {
    return t.events ? '--events needs a period: --from YYYY-MM-DD --to YYYY-MM-DD' : undefined;
  }
  if (t.from === undefined) return '--to needs --from (the first day of the period, YYYY-MM-DD)';
  if (t.to === undefined) return '--from needs --to (the last day of the period, YYYY-MM-DD)';
  if (t.to < t.from) return `--to ${t.to} is before --from ${t.from}`;
  if (daysBetween(t.from, t.to) > MAX_PERIOD_YEARS * 366) {
    return `--from ${t.from} --to ${t.to}: a period may span at most ${MAX_PERIOD_YEARS} years`;
  }
  if (single) return `--from/--to reports a period; it cannot be used with ${single}`;
  return undefined;
}
