// The impact bar chart: the share of its supply each end user loses, both outcomes side by side
// on one 0–100% scale, so the users that lose everything have the longest bars (a chart of the
// tonnes still delivered gave them none). Names longer than the label column are cut with "…",
// the full name on hover.
import { memo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { labeller } from '../kit/labels.ts';
import { formatLoss } from '../kit/format.ts';
import { byLoss } from './impact.ts';

const BAR_H = 16;
const LABEL_W = 300;
const BARS_W = 360;
const FONT = 12;
/** About how many characters of the chart's 12 px font fit the label column. */
const LABEL_CHARS = Math.floor((LABEL_W - 12) / (FONT * 0.56));

const cut = (text: string) =>
  text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`;

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
  const width = LABEL_W + BARS_W + 110;
  const scale = BARS_W / 100;
  const rowH = BAR_H * 2 + 10;
  return (
    <figure className="impact-chart">
      <svg
        width={width}
        height={rows.length * rowH + 24}
        role="img"
        aria-label="Share of supply each end user loses, both outcomes"
      >
        {rows.map((r, i) => {
          const y = i * rowH + 4;
          const name = label(r.id);
          return (
            <g key={r.id} data-id={r.id}>
              <text x={LABEL_W - 8} y={y + BAR_H + 2} textAnchor="end" fontSize={FONT}>
                <title>{name}</title>
                {cut(name)}
              </text>
              {[
                { dy: 0, h: BAR_H, lost: r.lostNoSubstitutionShare, fill: '#D55E00' },
                { dy: BAR_H + 1, h: BAR_H - 4, lost: r.lostWithReroutingShare, fill: '#0072B2' },
              ].map((bar) => (
                <g key={bar.fill}>
                  <rect
                    x={LABEL_W}
                    y={y + bar.dy}
                    width={100 * scale}
                    height={bar.h}
                    fill="#e4e7ea"
                  />
                  <rect
                    className="lost"
                    x={LABEL_W}
                    y={y + bar.dy}
                    width={Math.max(0, 100 * bar.lost) * scale}
                    height={bar.h}
                    fill={bar.fill}
                  />
                </g>
              ))}
              <text x={LABEL_W + BARS_W + 6} y={y + BAR_H - 3} fontSize="11" fill="#333">
                {formatLoss(r.lostNoSubstitutionShare)} / {formatLoss(r.lostWithReroutingShare)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        Share of its supply each end user loses:{' '}
        <span className="key" style={{ background: '#D55E00' }} /> at once (no substitution){' '}
        <span className="key" style={{ background: '#0072B2' }} /> after rerouting{' '}
        <span className="key" style={{ background: '#e4e7ea' }} /> 100%
      </figcaption>
    </figure>
  );
});
