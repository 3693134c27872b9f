// The impact bar chart: supply kept by each end user, both outcomes side by side.
import { Fragment, memo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { labeller } from '../kit/labels.ts';
import { formatLoss } from '../kit/format.ts';
import { byLoss } from './impact.ts';

const BAR_H = 16;
const LABEL_W = 200;

/** Memoised: a what-if re-renders the page, not these long lists, until the answer changes. */
export const ImpactChart = memo(function ImpactChart({
  dataset,
  result,
  onlyLosing = false,
}: {
  readonly dataset: Dataset;
  readonly result: ScenarioResult;
  /** Only end users that lose supply. */
  readonly onlyLosing?: boolean;
}) {
  const label = labeller(dataset);
  const rows = byLoss(result.endUsers, onlyLosing);
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
              {[
                { dy: 0, h: BAR_H, left: r.noSubstitution, fill: '#D55E00' },
                { dy: BAR_H + 1, h: BAR_H - 4, left: r.withRerouting, fill: '#0072B2' },
              ].map((bar) => (
                <Fragment key={bar.fill}>
                  <rect
                    x={LABEL_W}
                    y={y + bar.dy}
                    width={r.baseline * scale}
                    height={bar.h}
                    fill="#e4e7ea"
                  />
                  <rect
                    x={LABEL_W}
                    y={y + bar.dy}
                    width={bar.left * scale}
                    height={bar.h}
                    fill={bar.fill}
                  />
                </Fragment>
              ))}
              <text
                x={LABEL_W + r.baseline * scale + 6}
                y={y + BAR_H - 3}
                fontSize="11"
                fill="#333"
              >
                {formatLoss(r.lostNoSubstitutionPercent / 100)} /{' '}
                {formatLoss(r.lostWithReroutingPercent / 100)}
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
