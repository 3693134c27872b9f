// `--periods`: the baseline and every month of the dataset's period series, one row each, so a
// researcher can plot 2025 month by month. A month is the what-if of src/core/periods.ts (each
// measured flow scaled to min(1, month ÷ baseline month)); a month without a figure leaves a
// series' cell empty and its flows at baseline.
import Papa from 'papaparse';
import { analyzeScenario, type Rerouter, type SupplyGraph } from '../core/analysis/index.ts';
import { monthLabel, monthScenario, periodMonths, type SeriesMonth } from '../core/periods.ts';
import type { Intervention } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';

export interface PeriodRow {
  readonly period: string;
  readonly label: string;
  readonly series: readonly SeriesMonth[];
  readonly totals: {
    readonly baseline: number;
    readonly noSubstitution: number;
    readonly withRerouting: number;
    readonly lostNoSubstitutionShare: number;
    readonly lostWithReroutingShare: number;
  };
  readonly endUsers: readonly {
    readonly id: string;
    readonly baseline: number;
    readonly noSubstitution: number;
    readonly withRerouting: number;
    readonly lostNoSubstitutionShare: number;
    readonly lostWithReroutingShare: number;
  }[];
}

/** The rows, or the first problem (a bad intervention among `base`). */
export function periodRows(
  dataset: Dataset,
  g: SupplyGraph,
  base: readonly Intervention[],
  rerouter: Rerouter | undefined,
): PeriodRow[] | string {
  const months = ['baseline', ...periodMonths(dataset.periods)];
  const rows: PeriodRow[] = [];
  for (const period of months) {
    const month =
      period === 'baseline'
        ? { interventions: [], series: [] }
        : monthScenario(dataset.periods, period);
    const outcome = analyzeScenario(
      g,
      { interventions: [...month.interventions, ...base] },
      rerouter === undefined ? {} : { rerouter },
    );
    if (!outcome.ok) return outcome.errors[0] ?? 'bad scenario';
    const { totals, endUsers } = outcome.result;
    rows.push({
      period,
      label: period === 'baseline' ? `${dataset.year ?? ''} baseline`.trim() : monthLabel(period),
      series: month.series,
      totals: {
        baseline: totals.baseline,
        noSubstitution: totals.noSubstitution,
        withRerouting: totals.withRerouting,
        lostNoSubstitutionShare: totals.lostNoSubstitutionShare,
        lostWithReroutingShare: totals.lostWithReroutingShare,
      },
      endUsers: endUsers.map((e) => ({
        id: e.id,
        baseline: e.baseline,
        noSubstitution: e.noSubstitution,
        withRerouting: e.withRerouting,
        lostNoSubstitutionShare: e.lostNoSubstitutionShare,
        lostWithReroutingShare: e.lostWithReroutingShare,
      })),
    });
  }
  return rows;
}

/**
 * One CSV row a month: each series' figure (empty: not in the sources), the factor its flows
 * took (empty: none, the flows stayed at baseline) and why not ("no figure for this month"),
 * the totals, and each end user's loss.
 */
export function periodsCsv(dataset: Dataset, rows: readonly PeriodRow[]): string {
  const data = rows.map((row) => {
    const out: Record<string, string | number> = { period: row.period, label: row.label };
    dataset.periods.forEach((s) => {
      const m = row.series.find((x) => x.series === s.id);
      out[s.id] = m?.value ?? '';
      out[`${s.id} factor`] = m?.factor ?? '';
      out[`${s.id} note`] = m?.note ?? '';
    });
    for (const [k, v] of Object.entries(row.totals)) {
      // A share is shown in percent in the CSV, under a name that says so.
      if (k.endsWith('Share')) out[`${k.slice(0, -'Share'.length)}Percent`] = 100 * v;
      else out[k] = v;
    }
    for (const e of row.endUsers) {
      out[`${e.id} lostNoSubstitutionPercent`] = 100 * e.lostNoSubstitutionShare;
      out[`${e.id} lostWithReroutingPercent`] = 100 * e.lostWithReroutingShare;
    }
    return out;
  });
  return `${Papa.unparse(data, { newline: '\n' })}\n`;
}
