// Results as CSV for spreadsheets and citations, through the one CSV writer (core/csv.ts), which
// also keeps hostile labels from running as formulas.
import { toCsv } from '../../core/csv.ts';
import type { Dataset } from '../../data/schema.ts';
import type { BaselineAnalysis, ScenarioResult, SweepEntry } from '../../core/analysis/index.ts';

const labelOf = (dataset: Dataset) => {
  const m = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  return (id: string) => m.get(id) ?? id;
};

/** A share as percent for the CSV, whose column names say so; '' when there is none. */
const percent = (share: number | undefined): number | '' =>
  share === undefined ? '' : 100 * share;

export function impactCsv(dataset: Dataset, result: ScenarioResult): string {
  const label = labelOf(dataset);
  return toCsv(
    result.endUsers.map((e) => ({
      id: e.id,
      label: label(e.id),
      baseline: e.baseline,
      noSubstitution: e.noSubstitution,
      lostNoSubstitutionPercent: 100 * e.lostNoSubstitutionShare,
      withRerouting: e.withRerouting,
      lostWithReroutingPercent: 100 * e.lostWithReroutingShare,
      singlePointsOfFailureHit: e.singlePointsOfFailureHit.join(' '),
      lostNoSubstitutionPercentP5: percent(e.ranges?.lostNoSubstitutionShare.p5),
      lostNoSubstitutionPercentP95: percent(e.ranges?.lostNoSubstitutionShare.p95),
      lostWithReroutingPercentP5: percent(e.ranges?.lostWithReroutingShare?.p5),
      lostWithReroutingPercentP95: percent(e.ranges?.lostWithReroutingShare?.p95),
      daysToShortfall: e.daysToShortfall ?? 'never',
      restOfWorld: e.outside,
    })),
  );
}

export function chokepointCsv(
  dataset: Dataset,
  baseline: BaselineAnalysis,
  result: ScenarioResult | null,
): string {
  return toCsv(
    dataset.nodes.map((n, v) => ({
      id: n.id,
      label: n.label,
      stage: n.stage,
      country: n.country,
      chokepointScore: baseline.measures.chokepoint[v] ?? 0,
      betweenness: baseline.measures.betweenness[v] ?? 0,
      pagerank: baseline.measures.pagerank[v] ?? 0,
      throughputBaseline: baseline.measures.throughput[v] ?? 0,
      throughputAfterShock:
        result?.nodes.throughputNoSubstitution[v] ?? baseline.measures.throughput[v] ?? 0,
    })),
  );
}

/** With `material`, the sweep asked who controls it: each row says what the node withholds. */
export function sweepCsv(
  dataset: Dataset,
  sweep: readonly SweepEntry[],
  material?: string,
): string {
  const label = labelOf(dataset);
  const withholds = material === undefined ? {} : { withholds: material };
  return toCsv(sweep.map((e) => ({ ...e, label: label(e.id), ...withholds })));
}
