// A line chart, in Details, of the selected flow's or end user's supply month by month: the
// baseline and each month of the dataset's series, as the engine works it out (no
// substitution), with the dated presets marked. A month whose series has no figure for what is
// drawn is a gap, said so below the chart, never filled in. The figures are also in a table.
//
// Drawn with visx (@visx/scale, @visx/shape, @visx/axis): small React components over d3's
// scales, so the chart is plain SVG in React's tree with our own labels and colours. It loads
// on demand (App.tsx): this file, its parts and visx are a chunk of about 23 kB gzipped; Recharts would
// bring Redux Toolkit, Immer and react-redux with it.
import { useMemo } from 'react';
import { periodMonths, seriesMonth } from '../../core/periods.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { timelineEvents } from './Timeline.tsx';
import { BASELINE, runsOf, subject, useMonthRuns } from './monthRuns.ts';
import { FiguresTable, MonthLines, ThisMonth } from './PeriodChartParts.tsx';

export { runsOf } from './monthRuns.ts';

export function PeriodChart({
  dataset,
  selection,
  interventions,
  period,
}: {
  dataset: Dataset;
  selection: Selection | null;
  interventions: readonly Intervention[];
  period: string | undefined;
}) {
  const what = useMemo(() => subject(dataset, selection), [dataset, selection]);
  const months = useMemo(() => periodMonths(dataset.periods), [dataset]);
  const answer = useMonthRuns(interventions, what !== null && months.length > 0);
  const runs = answer?.ok === true ? answer.value : null;
  if (what === null || months.length === 0) return null;

  const missing = (m: string) =>
    what.series.length === 0 ? false : what.series.some((s) => seriesMonth(s, m).value === null);
  const points = [BASELINE, ...months].map((m) => {
    const f = runs?.get(m);
    const gap = m !== BASELINE && missing(m);
    return { month: m, value: f === undefined || gap ? null : what.value(f), gap };
  });
  const gaps = runsOf(points.filter((p) => p.gap).map((p) => p.month));

  return (
    <figure className="period-chart detail-section">
      <h3>Month by month</h3>
      {answer?.ok === false ? (
        <p className="small" role="alert">
          {answer.message}
        </p>
      ) : runs === null ? (
        <p className="muted small">Working out every month…</p>
      ) : (
        <MonthLines
          points={points}
          title={what.title}
          months={months}
          events={timelineEvents(dataset, months).filter((e) => e.kind === 'preset')}
          period={period}
        />
      )}
      {runs !== null && (
        <ThisMonth dataset={dataset} series={what.series} points={points} period={period} />
      )}
      <figcaption className="muted">
        {what.title}, t REO a year (no substitution). Dashed lines: dated presets.
        {gaps.length > 0
          ? ` No figure in the series for ${gaps.join(', ')}: left out, not filled in.`
          : ''}
      </figcaption>
      {runs !== null && <FiguresTable points={points} />}
    </figure>
  );
}
