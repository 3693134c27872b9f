// What the month-by-month chart draws: every month's analysis of the scenario, the figure it
// reads for the selected flow or end user, and the months it has no figure for.
import { useEffect, useState } from 'react';
import { monthLabel, monthScenario, periodMonths } from '../../core/periods.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { labeller } from '../kit/labels.ts';
import { useAppStore } from '../../state/useAppStore.ts';

export const BASELINE = 'baseline';

export interface MonthFigures {
  readonly endUsers: ReadonlyMap<string, number>;
  readonly edges: readonly number[];
}

type MonthRuns =
  | { readonly ok: true; readonly value: ReadonlyMap<string, MonthFigures> }
  | { readonly ok: false; readonly message: string };

/**
 * Every month's analysis (no substitution) for the scenario's own interventions; null while
 * working. `interventions` is compared by identity: the caller keeps it stable (App.tsx).
 */
export function useMonthRuns(
  dataset: Dataset,
  interventions: readonly Intervention[],
  wanted: boolean,
): MonthRuns | null {
  const analyse = useAppStore((s) => s.analyseScenario);
  const [runs, setRuns] = useState<{
    interventions: readonly Intervention[];
    dataset: Dataset;
    value: MonthRuns;
  } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    const months = [BASELINE, ...periodMonths(dataset.periods)];
    const done = (value: MonthRuns) => {
      if (!cancelled) setRuns({ interventions, dataset, value });
    };
    void (async () => {
      const out = new Map<string, MonthFigures>();
      for (const m of months) {
        const month = m === BASELINE ? [] : monthScenario(dataset.periods, m).interventions;
        const outcome = await analyse({ interventions: [...month, ...interventions] });
        if (cancelled) return;
        if (!outcome.ok) continue;
        out.set(m, {
          endUsers: new Map(outcome.result.endUsers.map((e) => [e.id, e.noSubstitution])),
          edges: outcome.result.edges.flowNoSubstitution,
        });
      }
      done({ ok: true, value: out });
    })().catch((e: unknown) =>
      done({ ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [dataset, interventions, wanted, analyse]);
  return runs !== null && runs.interventions === interventions && runs.dataset === dataset
    ? runs.value
    : null;
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
