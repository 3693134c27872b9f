// One end user's supply over the first year of the scenario (no substitution, stocks drawn
// down): a step line, with the steps written out for those who do not see the chart.
import { DAYS_PER_YEAR, type EndUserOutcome } from '../../core/analysis/index.ts';
import { formatTonnes } from '../kit/format.ts';
import { runsShortClause } from './impact.ts';

const W = 280;
const H = 110;
const PAD = { left: 8, right: 8, top: 8, bottom: 20 };

export function SupplyChart({ outcome, name }: { outcome: EndUserOutcome; name: string }) {
  const steps = outcome.supplyCurve.filter((s) => s.day < DAYS_PER_YEAR);
  if (steps.length === 0) return null;
  const top = Math.max(outcome.baseline, ...steps.map((s) => s.served), 1e-9);
  const x = (day: number) => PAD.left + (day / DAYS_PER_YEAR) * (W - PAD.left - PAD.right);
  const y = (served: number) => PAD.top + (1 - served / top) * (H - PAD.top - PAD.bottom);
  let path = `M${x(0)},${y(steps[0]?.served ?? 0)}`;
  for (const s of steps.slice(1)) path += ` H${x(s.day)} V${y(s.served)}`;
  path += ` H${x(DAYS_PER_YEAR)}`;
  return (
    <figure className="supply-chart">
      <svg
        width="100%"
        viewBox={`0 0 ${W} ${H}`}
        style={{ maxWidth: W }}
        role="img"
        aria-label={`Supply of ${name} over the first ${DAYS_PER_YEAR} days`}
      >
        <line
          x1={x(0)}
          x2={x(DAYS_PER_YEAR)}
          y1={y(outcome.baseline)}
          y2={y(outcome.baseline)}
          stroke="#999"
          strokeDasharray="3 3"
        />
        <line x1={x(0)} x2={x(DAYS_PER_YEAR)} y1={y(0)} y2={y(0)} stroke="#666" />
        <path d={path} fill="none" stroke="#D55E00" strokeWidth={2} />
        {[0, 90, 180, 270, 365].map((d) => (
          <text key={d} x={x(d)} y={H - 5} fontSize="10" textAnchor="middle" fill="#333">
            {d}
          </text>
        ))}
      </svg>
      <figcaption className="small">
        Supply over the first {DAYS_PER_YEAR} days (dashed: baseline{' '}
        {formatTonnes(outcome.baseline)}); {runsShortClause(outcome.daysToShortfall)}.
        <ul aria-label="Supply steps">
          {steps.map((s) => (
            <li key={s.day}>
              From day {Math.round(s.day)}: {formatTonnes(s.served)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
