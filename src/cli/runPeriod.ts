// `--from D --to D`: the scenario held over a period, simulated day by day (simulate.ts), and
// with `--events` the dataset's dated events and monthly series on their own days too. For each
// end user, in both outcomes (at once; after rerouting and recipe switches), the first and last
// day short, the days short and the tonnes lost. JSON: a `period` block; CSV: a row per end user.
import Papa from 'papaparse';
import type { AnalysisNetwork } from '../core/analysis/index.ts';
import type { LpSolver } from '../core/analysis/rerouting/lp/types.ts';
import { simulate, type EndUserTimeline } from '../core/analysis/time/simulate.ts';
import { eventsWithin } from '../core/analysis/time/hindcast.ts';
import type { Intervention } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';
import { daysBetween } from './runPeriodArgs.ts';

/** One end user's shortfall over the period in one outcome. */
export interface PeriodFigures {
  readonly firstDayShort: string | null;
  readonly lastDayShort: string | null;
  readonly daysShort: number;
  readonly lostTonnes: number;
  readonly monthly: EndUserTimeline['monthly'];
}

export interface PeriodEndUser {
  readonly id: string;
  readonly atOnce: PeriodFigures;
  /** Null when no rerouting was computed (no solver). */
  readonly afterRerouting: PeriodFigures | null;
}

export interface PeriodBlock {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** The scenario's interventions, in force every day of the period. */
  readonly interventions: readonly Intervention[];
  /** The dataset's events that fall in the period (with --events), each on its own days. */
  readonly events: readonly { id: string; label: string; from: string; to: string | null }[];
  /** The monthly series the run read (with --events). */
  readonly series: readonly string[];
  readonly meaning: string;
  readonly notes: readonly string[];
  readonly endUsers: readonly PeriodEndUser[];
}

export const PERIOD_MEANING =
  'per end user and outcome: the first and last day it is served less than its baseline (null: never), the days it is short, and the tonnes it is not served over the period; atOnce has no substitution (stocks only), afterRerouting adds rerouting and recipe switches after their lead times';

export interface PeriodRequest {
  readonly from: string;
  readonly to: string;
  /** Held over the whole period (a preset, --remove…). */
  readonly interventions: readonly Intervention[];
  /** Run the dataset's dated events and monthly series too. */
  readonly events: boolean;
  readonly solver?: LpSolver | undefined;
}

const figures = (t: EndUserTimeline): PeriodFigures => ({
  firstDayShort: t.firstDayShort,
  lastDayShort: t.lastDayShort,
  daysShort: t.daysShort,
  lostTonnes: t.lostTonnes,
  monthly: t.monthly,
});

export function periodBlock(
  dataset: Dataset,
  network: AnalysisNetwork,
  request: PeriodRequest,
): PeriodBlock {
  const { from, to, interventions, solver } = request;
  const dated = request.events ? eventsWithin(dataset.events, from, to) : [];
  const series = request.events ? dataset.periods : [];
  const result = simulate({
    network,
    from,
    to,
    events: [
      ...(interventions.length > 0 ? [{ from, to, interventions }] : []),
      ...dated.map((e) => ({
        from: e.from,
        ...(e.to === undefined ? {} : { to: e.to }),
        interventions: e.interventions,
      })),
    ],
    series,
    ...(interventions.length > 0 ? { shockStart: from } : {}),
    ...(solver === undefined ? {} : { solver }),
  });
  const rerouted = new Map((result.afterRerouting ?? []).map((t) => [t.id, t]));
  return {
    from,
    to,
    days: daysBetween(from, to),
    interventions,
    events: dated.map((e) => ({ id: e.id, label: e.label, from: e.from, to: e.to ?? null })),
    series: series.map((s) => s.id),
    meaning: PERIOD_MEANING,
    notes: result.notes,
    endUsers: result.atOnce.map((t) => {
      const r = rerouted.get(t.id);
      return { id: t.id, atOnce: figures(t), afterRerouting: r === undefined ? null : figures(r) };
    }),
  };
}

/** The figures of one outcome as CSV columns named `<outcome><Figure>`. */
export function outcomeColumns(
  outcome: 'atOnce' | 'afterRerouting',
  f: {
    firstDayShort: string | null;
    lastDayShort: string | null;
    daysShort: number;
    lostTonnes: number;
  } | null,
): Record<string, string | number> {
  return {
    [`${outcome}FirstDayShort`]: f?.firstDayShort ?? '',
    [`${outcome}LastDayShort`]: f?.lastDayShort ?? '',
    [`${outcome}DaysShort`]: f?.daysShort ?? '',
    [`${outcome}LostTonnes`]: f?.lostTonnes ?? '',
  };
}

/** One row per end user: the period, then each outcome's four figures (empty: none). */
export function periodCsv(block: PeriodBlock): string {
  const rows = block.endUsers.map((e) => ({
    id: e.id,
    from: block.from,
    to: block.to,
    ...outcomeColumns('atOnce', e.atOnce),
    ...outcomeColumns('afterRerouting', e.afterRerouting),
  }));
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
