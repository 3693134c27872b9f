// A line chart, in Details, of the selected flow's or end user's supply month by month: the
// baseline and each month of the dataset's series, as the engine works it out (no
// substitution), with the dated presets marked. A month whose series has no figure for what is
// drawn is a gap, said so below the chart, never filled in. The figures are also in a table.
//
// Drawn with visx (@visx/scale, @visx/shape, @visx/axis): small React components over d3's
// scales, so the chart is plain SVG in React's tree with our own labels and colours. It loads
// on demand (App.tsx): this file and visx are a chunk of about 23 kB gzipped; Recharts would
// bring Redux Toolkit, Immer and react-redux with it.
import { useEffect, useMemo, useState } from 'react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { monthLabel, monthScenario, periodMonths, seriesMonth } from '../../core/periods.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { formatFigure, formatTonnes } from '../kit/format.ts';
import { labeller } from '../kit/labels.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { timelineEvents } from './Timeline.tsx';

const BASELINE = 'baseline';

interface MonthFigures {
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
function useMonthRuns(
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
function subject(dataset: Dataset, selection: Selection | null) {
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

const W = 300;
const H = 170;
const M = { top: 14, right: 10, bottom: 26, left: 50 };

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
  const answer = useMonthRuns(dataset, interventions, what !== null && months.length > 0);
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
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const x = scalePoint({ domain: points.map((p) => p.month), range: [0, W - M.left - M.right] });
  const y = scaleLinear({ domain: [0, max * 1.05], range: [H - M.top - M.bottom, 0], nice: true });
  const events = timelineEvents(dataset, months).filter((e) => e.kind === 'preset');
  const short = (m: string) => (m === BASELINE ? '2024' : monthLabel(m).slice(0, 1));
  const baseValue = points[0]?.value ?? null;

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
        <svg
          width="100%"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`${what.title}: supply by month, 2024 baseline and ${monthLabel(months[0] ?? '')} to ${monthLabel(months.at(-1) ?? '')}`}
        >
          <Group left={M.left} top={M.top}>
            {events.map((e) => (
              <g key={`${e.month}-${e.label}`}>
                <line
                  x1={x(e.month) ?? 0}
                  x2={x(e.month) ?? 0}
                  y1={0}
                  y2={H - M.top - M.bottom}
                  stroke="#b3541e"
                  strokeDasharray="3 3"
                />
                <title>{`${monthLabel(e.month)}: ${e.label}`}</title>
              </g>
            ))}
            {baseValue !== null && (
              <line
                x1={0}
                x2={W - M.left - M.right}
                y1={y(baseValue)}
                y2={y(baseValue)}
                stroke="#9aa3ad"
                strokeDasharray="2 4"
              />
            )}
            <LinePath
              data={points}
              defined={(p) => p.value !== null}
              x={(p) => x(p.month) ?? 0}
              y={(p) => y(p.value ?? 0)}
              stroke="#1f5f9e"
              strokeWidth={2}
            />
            {points.map((p) =>
              p.value === null ? null : (
                <circle
                  key={p.month}
                  cx={x(p.month) ?? 0}
                  cy={y(p.value)}
                  r={p.month === (period ?? BASELINE) ? 4.5 : 2.5}
                  fill={p.month === (period ?? BASELINE) ? '#b3541e' : '#1f5f9e'}
                >
                  <title>{`${p.month === BASELINE ? '2024 baseline' : monthLabel(p.month)}: ${formatTonnes(p.value)}`}</title>
                </circle>
              ),
            )}
            <AxisLeft
              scale={y}
              numTicks={4}
              tickFormat={(v) => formatFigure(Number(v))}
              tickLabelProps={{ fontSize: 11, fill: '#333', textAnchor: 'end', dx: -2, dy: 3 }}
            />
            <AxisBottom
              top={H - M.top - M.bottom}
              scale={x}
              tickFormat={short}
              tickLabelProps={{ fontSize: 11, fill: '#333', textAnchor: 'middle' }}
            />
          </Group>
        </svg>
      )}
      {runs !== null && (
        <p className="small" role="status" aria-label="This month">
          <strong>{period === undefined ? '2024 baseline' : monthLabel(period)}:</strong>{' '}
          {formatTonnes(points.find((p) => p.month === (period ?? BASELINE))?.value ?? null)}
          {period === undefined
            ? ''
            : what.series.map((s) => {
                const point = s.points[period];
                const by = (point?.sources ?? [])
                  .map((id) => dataset.sources.find((x) => x.id === id)?.publisher ?? id)
                  .join(', ');
                return point === undefined
                  ? `; ${s.label}: no figure for this month`
                  : `; ${s.label}: ${point.value.toLocaleString('en')} t (${by}) against ${(s.baseline?.value ?? 0).toLocaleString('en')} t a month in 2024`;
              })}
        </p>
      )}
      <figcaption className="muted">
        {what.title}, t REO a year (no substitution). Dashed lines: dated presets.
        {gaps.length > 0
          ? ` No figure in the series for ${gaps.join(', ')}: left out, not filled in.`
          : ''}
      </figcaption>
      {runs !== null && (
        <details>
          <summary>Figures</summary>
          <table className="small" aria-label="Supply by month">
            <thead>
              <tr>
                <th scope="col">month</th>
                <th scope="col">t REO a year</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">
                    {p.month === BASELINE ? '2024 baseline' : monthLabel(p.month)}
                  </th>
                  <td>{p.gap ? 'no figure' : formatTonnes(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
