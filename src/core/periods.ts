// A month as a what-if. A dataset's period series (monthly figures such as China's magnet
// exports to the US) each name the flows they measure and the baseline month they are read
// against. A month's scenario scales every measured flow to
//
//   factor = min(1, the month's figure / the baseline month's figure)
//
// as one scale-flow intervention per flow. The model measures losses against the baseline, so a
// month above its baseline leaves the flows at baseline (factor 1, no intervention) and says so;
// it never adds supply. A series with no figure for the month leaves its flows at baseline and is
// listed as missing: nothing is interpolated.
import type { Intervention } from './scenario.ts';

export interface PeriodFigure {
  readonly value: number;
}

export interface PeriodSeriesLike {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly baseline?: PeriodFigure | undefined;
  readonly flows: readonly {
    readonly source: string;
    readonly target: string;
    readonly material?: string | undefined;
  }[];
  readonly points: Readonly<Record<string, PeriodFigure>>;
}

/** How one series enters a month's scenario. */
export interface SeriesMonth {
  readonly series: string;
  /** The month's figure in the series' unit, or null when the sources give none. */
  readonly value: number | null;
  /** value ÷ baseline before the cap at 1; null without a figure or a baseline. */
  readonly ratio: number | null;
  /** What the flows are scaled by: min(1, ratio); null when the series scales nothing. */
  readonly factor: number | null;
  /** Why the series scales nothing this month, when it does not. */
  readonly note?:
    | 'no figure for this month'
    | 'no baseline to read it against'
    | 'no flows'
    | 'at or above its baseline month: flows stay at baseline';
}

export interface MonthScenario {
  readonly month: string;
  readonly interventions: readonly Intervention[];
  readonly series: readonly SeriesMonth[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriodMonth = (text: string): boolean => MONTH.test(text);

/** "2025-05" → "May 2025". */
export function monthLabel(month: string): string {
  const m = MONTH.exec(month);
  if (m === null) return month;
  const name = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${name} ${m[1]}`;
}

/**
 * Every month from the first to the last that any series has a figure for, with no gaps (a
 * month no series covers is still listed, so that the missing stay visible); by whole years, so
 * 2025 runs January to December.
 */
export function periodMonths(series: readonly PeriodSeriesLike[]): string[] {
  const years = series
    .flatMap((s) => Object.keys(s.points))
    .filter(isPeriodMonth)
    .map((m) => Number(m.slice(0, 4)));
  if (years.length === 0) return [];
  const out: string[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    for (let mo = 1; mo <= 12; mo++) out.push(`${y}-${String(mo).padStart(2, '0')}`);
  }
  return out;
}

export function seriesMonth(series: PeriodSeriesLike, month: string): SeriesMonth {
  const value = series.points[month]?.value ?? null;
  const base = series.baseline?.value;
  const ratio = value === null || base === undefined || base <= 0 ? null : value / base;
  if (value === null) {
    return { series: series.id, value, ratio, factor: null, note: 'no figure for this month' };
  }
  if (ratio === null) {
    return {
      series: series.id,
      value,
      ratio,
      factor: null,
      note: 'no baseline to read it against',
    };
  }
  if (series.flows.length === 0) {
    return { series: series.id, value, ratio, factor: null, note: 'no flows' };
  }
  if (ratio >= 1) {
    return {
      series: series.id,
      value,
      ratio,
      factor: 1,
      note: 'at or above its baseline month: flows stay at baseline',
    };
  }
  return { series: series.id, value, ratio, factor: ratio };
}

/** The what-if for `month`: each measured flow scaled by its series' factor for that month. */
export function monthScenario(series: readonly PeriodSeriesLike[], month: string): MonthScenario {
  const rows = series.map((s) => seriesMonth(s, month));
  const interventions: Intervention[] = [];
  series.forEach((s, i) => {
    const factor = rows[i]?.factor ?? null;
    if (factor === null || factor >= 1) return;
    for (const f of s.flows) {
      interventions.push(
        f.material === undefined
          ? { type: 'scale-flow', source: f.source, target: f.target, factor }
          : {
              type: 'scale-flow',
              source: f.source,
              target: f.target,
              factor,
              material: f.material,
            },
      );
    }
  });
  return { month, interventions, series: rows };
}
