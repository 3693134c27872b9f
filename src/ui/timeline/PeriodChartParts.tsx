// The parts of the month-by-month chart: the lines, this month's figure against its series,
// and the figures as a table.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { monthLabel } from '../../core/periods.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatFigure, formatTonnes } from '../kit/format.ts';
import type { timelineEvents } from './Timeline.tsx';
import { BASELINE } from './monthRuns.ts';

/** One month drawn: its figure, null where there is none, and whether the series has a gap. */
export interface MonthPoint {
  readonly month: string;
  readonly value: number | null;
  readonly gap: boolean;
}

const W = 300;
const H = 170;
const M = { top: 14, right: 10, bottom: 26, left: 50 };

export function MonthLines({
  points,
  title,
  months,
  events,
  period,
}: {
  /** Mutable only because visx's LinePath asks for it. */
  readonly points: MonthPoint[];
  readonly title: string;
  readonly months: readonly string[];
  readonly events: ReturnType<typeof timelineEvents>;
  readonly period: string | undefined;
}) {
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const x = scalePoint({ domain: points.map((p) => p.month), range: [0, W - M.left - M.right] });
  const y = scaleLinear({ domain: [0, max * 1.05], range: [H - M.top - M.bottom, 0], nice: true });
  const short = (m: string) => (m === BASELINE ? '2024' : monthLabel(m).slice(0, 1));
  const baseValue = points[0]?.value ?? null;
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${title}: supply by month, 2024 baseline and ${monthLabel(months[0] ?? '')} to ${monthLabel(months.at(-1) ?? '')}`}
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
  );
}

export function ThisMonth({
  dataset,
  series,
  points,
  period,
}: {
  readonly dataset: Dataset;
  readonly series: Dataset['periods'];
  readonly points: readonly MonthPoint[];
  readonly period: string | undefined;
}) {
  return (
    <p className="small" role="status" aria-label="This month">
      <strong>{period === undefined ? '2024 baseline' : monthLabel(period)}:</strong>{' '}
      {formatTonnes(points.find((p) => p.month === (period ?? BASELINE))?.value ?? null)}
      {period === undefined
        ? ''
        : series.map((s) => {
            const point = s.points[period];
            const by = (point?.sources ?? [])
              .map((id) => dataset.sources.find((x) => x.id === id)?.publisher ?? id)
              .join(', ');
            return point === undefined
              ? `; ${s.label}: no figure for this month`
              : `; ${s.label}: ${point.value.toLocaleString('en')} t (${by}) against ${(s.baseline?.value ?? 0).toLocaleString('en')} t a month in 2024`;
          })}
    </p>
  );
}

export function FiguresTable({ points }: { readonly points: readonly MonthPoint[] }) {
  return (
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
              <th scope="row">{p.month === BASELINE ? '2024 baseline' : monthLabel(p.month)}</th>
              <td>{p.gap ? 'no figure' : formatTonnes(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
