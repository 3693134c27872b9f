// What the month-by-month chart draws: every month's flows under the scenario, the figure it
// reads for the selected flow or end user, and the months it has no figure for.
import { monthLabel } from '../../core/periods.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { BASELINE_MONTH } from '../../state/queries.ts';
import type { ScenarioFlows } from '../../state/analysisClient.ts';
import { useQuery } from '../../state/useQuery.ts';
import { labeller } from '../kit/labels.ts';

export const BASELINE = BASELINE_MONTH;

export type MonthFigures = ScenarioFlows;

type MonthRuns =
  | { readonly ok: true; readonly value: ReadonlyMap<string, MonthFigures> }
  | { readonly ok: false; readonly message: string };

/**
 * Every month's flows (no substitution) for the scenario's own interventions, as the store's
 * query answers them; null while working.
 */
export function useMonthRuns(
  interventions: readonly Intervention[],
  wanted: boolean,
): MonthRuns | null {
  const entry = useQuery(wanted ? { kind: 'months', interventions } : null);
  if (entry === undefined || entry.status === 'pending') return null;
  return entry.status === 'done'
    ? { ok: true, value: entry.value }
    : { ok: false, message: entry.message };
}

/** What the chart draws for a selection: a flow, or an end user; null for anything else. */
export function subject(dataset: Dataset, selection: Selection | null) {
  if (selection === null) return null;
  const label = labeller(dataset);
  if (selection.type === 'edge') {
    const e = dataset.edges[selection.index];
    if (e === undefined) return null;
    return {
      title: `${label(e.source)} → ${label(e.target)} (${e.material})`,
      value: (f: MonthFigures) => f.edges[selection.index] ?? null,
      // The series that measure this flow: a month none of them gives is missing.
      series: dataset.periods.filter((s) =>
        s.flows.some(
          (f) =>
            f.source === e.source &&
            f.target === e.target &&
            (f.material === undefined || f.material === e.material),
        ),
      ),
    };
  }
  const node = dataset.nodes.find((n) => n.id === selection.id);
  if (node === undefined || node.stage !== 'end-user') return null;
  return {
    title: node.label,
    value: (f: MonthFigures) => f.endUsers.get(node.id) ?? null,
    // Every series that scales flows: a month one of them lacks is not a whole month.
    series: dataset.periods.filter((s) => s.baseline !== undefined && s.flows.length > 0),
  };
}

/** "January–April 2025, June 2025": consecutive months as one run. */
export function runsOf(months: readonly string[]): string[] {
  const out: string[][] = [];
  let prev = '';
  for (const m of months) {
    const last = out.at(-1);
    const follows =
      prev !== '' &&
      Number(m.slice(0, 4)) * 12 +
        Number(m.slice(5, 7)) -
        (Number(prev.slice(0, 4)) * 12 + Number(prev.slice(5, 7))) ===
        1;
    if (last !== undefined && follows) last.push(m);
    else out.push([m]);
    prev = m;
  }
  return out.map((run) => {
    const first = run[0] ?? '';
    const end = run.at(-1) ?? '';
    if (run.length === 1) return monthLabel(first);
    const a = monthLabel(first);
    return `${a.slice(0, a.lastIndexOf(' '))}–${monthLabel(end)}`;
  });
}
