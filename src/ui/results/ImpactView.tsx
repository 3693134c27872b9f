// What the scenario does to each end user: a bar chart and the "Impact on end users" table,
// both outcomes side by side (the immediate shock, and the best case after rerouting).
import { memo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { labeller } from '../app/labels.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { formatPercent, formatTonnes } from '../app/format.ts';

interface Props {
  readonly dataset: Dataset;
  readonly result: ScenarioResult;
  readonly onSelect: (id: string) => void;
  /** For slides: no single-points-of-failure column. */
  readonly compact?: boolean;
}

const BAR_H = 16;
const LABEL_W = 200;

/** Memoised: a what-if re-renders the page, not these long lists, until the answer changes. */
export const ImpactChart = memo(function ImpactChart({ dataset, result }: Omit<Props, 'onSelect'>) {
  const label = labeller(dataset);
  const rows = result.endUsers;
  const width = 640;
  const scale = (width - LABEL_W - 60) / Math.max(1e-9, ...rows.map((r) => r.baseline));
  const rowH = BAR_H * 2 + 10;
  return (
    <figure className="impact-chart">
      <svg
        width={width}
        height={rows.length * rowH + 24}
        role="img"
        aria-label="Supply kept by each end user, both outcomes"
      >
        {rows.map((r, i) => {
          const y = i * rowH + 4;
          return (
            <g key={r.id}>
              <text x={LABEL_W - 8} y={y + BAR_H + 2} textAnchor="end" fontSize="12">
                {label(r.id)}
              </text>
              <rect x={LABEL_W} y={y} width={r.baseline * scale} height={BAR_H} fill="#e4e7ea" />
              <rect
                x={LABEL_W}
                y={y}
                width={r.noSubstitution * scale}
                height={BAR_H}
                fill="#D55E00"
              />
              <rect
                x={LABEL_W}
                y={y + BAR_H + 1}
                width={r.baseline * scale}
                height={BAR_H - 4}
                fill="#e4e7ea"
              />
              <rect
                x={LABEL_W}
                y={y + BAR_H + 1}
                width={r.withRerouting * scale}
                height={BAR_H - 4}
                fill="#0072B2"
              />
              <text
                x={LABEL_W + r.baseline * scale + 6}
                y={y + BAR_H - 3}
                fontSize="11"
                fill="#333"
              >
                −{formatPercent(r.lostNoSubstitutionPercent / 100, 0)} / −
                {formatPercent(r.lostWithReroutingPercent / 100, 0)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        <span className="key" style={{ background: '#D55E00' }} /> no substitution (immediate){' '}
        <span className="key" style={{ background: '#0072B2' }} /> after rerouting{' '}
        <span className="key" style={{ background: '#e4e7ea' }} /> baseline
      </figcaption>
    </figure>
  );
});

export const ImpactTable = memo(function ImpactTable({
  dataset,
  result,
  onSelect,
  compact = false,
}: Props) {
  const label = labeller(dataset);
  const t = result.totals;
  return (
    <table className="data" aria-label="Impact on end users">
      <thead>
        <tr>
          <th scope="col">End user</th>
          <th scope="col">Baseline</th>
          <th scope="col">No substitution</th>
          <th scope="col">Lost (no substitution)</th>
          <th scope="col">With rerouting</th>
          <th scope="col">Lost (with rerouting)</th>
          {!compact && <th scope="col">Single points of failure hit</th>}
        </tr>
      </thead>
      <tbody>
        {result.endUsers.map((r) => (
          <tr
            key={r.id}
            data-id={r.id}
            data-baseline={r.baseline}
            data-no-substitution={r.noSubstitution}
            data-with-rerouting={r.withRerouting}
          >
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelect(r.id)}>
                {label(r.id)}
              </button>
            </th>
            <td className="num">{formatTonnes(r.baseline)}</td>
            <td className="num">{formatTonnes(r.noSubstitution)}</td>
            <td className="num">{formatPercent(r.lostNoSubstitutionPercent / 100)}</td>
            <td className="num">{formatTonnes(r.withRerouting)}</td>
            <td className="num">{formatPercent(r.lostWithReroutingPercent / 100)}</td>
            {!compact && <td>{r.singlePointsOfFailureHit.map(label).join(', ')}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All end users</th>
          <td className="num">{formatTonnes(t.baseline)}</td>
          <td className="num">{formatTonnes(t.noSubstitution)}</td>
          <td className="num">{formatPercent(t.lostNoSubstitutionPercent / 100)}</td>
          <td className="num">{formatTonnes(t.withRerouting)}</td>
          <td className="num">{formatPercent(t.lostWithReroutingPercent / 100)}</td>
          {!compact && <td />}
        </tr>
      </tfoot>
    </table>
  );
});

export function ImpactSummary({ result }: { result: ScenarioResult }) {
  return (
    <p className="small">
      Max-flow to end users: {formatTonnes(result.maxFlow.baseline)} at baseline,{' '}
      {formatTonnes(result.maxFlow.scenario)} under the scenario. Supply stranded upstream:{' '}
      {formatTonnes(result.stranded.noSubstitution)} at once,{' '}
      {formatTonnes(result.stranded.withRerouting)} after rerouting.
      {!result.converged && ' Warning: a recycling loop did not settle; figures are approximate.'}
    </p>
  );
}
