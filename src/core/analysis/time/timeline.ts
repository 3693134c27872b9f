// What each end user went through over the simulated period, added up piece by piece: the served
// amount is constant on each piece (tonnes a year), so tonnes are served × days / 365.
import { dayText } from './calendar.ts';
import { DAYS_PER_YEAR, SHORTFALL_TOLERANCE } from './stocks.ts';

export interface MonthSupply {
  /** "YYYY-MM". */
  readonly month: string;
  /** Tonnes served in the month's days within the period. */
  readonly served: number;
  /** Tonnes it would have been served at baseline in those days. */
  readonly baseline: number;
}

export interface EndUserTimeline {
  readonly id: string;
  /** The first day on which it was served below baseline, or null if never. */
  readonly firstDayShort: string | null;
  /** The last such day, or null if never. */
  readonly lastDayShort: string | null;
  /** Days on which it was served below baseline for some part of the day. */
  readonly daysShort: number;
  /** Tonnes not served: the integral of (baseline − served) over the period. */
  readonly lostTonnes: number;
  readonly monthly: readonly MonthSupply[];
}

/** Day offsets this close to a whole day are that day (stock-outs are worked out in floats). */
const SNAP = 1e-9;

export class Timelines {
  private readonly short: Uint8Array[];
  private readonly lost: Float64Array;
  private readonly servedByMonth: Float64Array[];
  private readonly baselineByMonth: Float64Array[];

  constructor(
    private readonly ids: readonly string[],
    private readonly baseline: Float64Array,
    /** Day number of the period's first day. */
    private readonly firstDay: number,
    days: number,
    private readonly months: readonly string[],
  ) {
    this.short = ids.map(() => new Uint8Array(days));
    this.lost = new Float64Array(ids.length);
    this.servedByMonth = ids.map(() => new Float64Array(months.length));
    this.baselineByMonth = ids.map(() => new Float64Array(months.length));
  }

  /** End user i is served `served` tonnes a year from day offset t0 to t1, within one month. */
  add(i: number, t0: number, t1: number, served: number, month: number): void {
    const dt = t1 - t0;
    if (!(dt > 0)) return;
    const base = this.baseline[i] as number;
    const years = dt / DAYS_PER_YEAR;
    const byMonth = this.servedByMonth[i] as Float64Array;
    byMonth[month] = (byMonth[month] as number) + served * years;
    const baseMonth = this.baselineByMonth[i] as Float64Array;
    baseMonth[month] = (baseMonth[month] as number) + base * years;
    if (!(served < base * (1 - SHORTFALL_TOLERANCE))) return;
    this.lost[i] = (this.lost[i] as number) + (base - served) * years;
    const days = this.short[i] as Uint8Array;
    const lo = Math.max(0, Math.floor(t0 + SNAP));
    const hi = Math.min(days.length - 1, Math.ceil(t1 - SNAP) - 1);
    for (let d = lo; d <= hi; d++) days[d] = 1;
  }

  finish(): EndUserTimeline[] {
    return this.ids.map((id, i) => {
      const days = this.short[i] as Uint8Array;
      const first = days.indexOf(1);
      const last = days.lastIndexOf(1);
      let count = 0;
      for (const d of days) count += d;
      return {
        id,
        firstDayShort: first < 0 ? null : dayText(this.firstDay + first),
        lastDayShort: last < 0 ? null : dayText(this.firstDay + last),
        daysShort: count,
        lostTonnes: this.lost[i] as number,
        monthly: this.months.map((month, k) => ({
          month,
          served: (this.servedByMonth[i] as Float64Array)[k] as number,
          baseline: (this.baselineByMonth[i] as Float64Array)[k] as number,
        })),
      };
    });
  }
}
