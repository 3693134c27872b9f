// What the scenario does to each end user: a bar chart and the "Impact on end users" table,
// both outcomes side by side (the immediate shock, and the best case after rerouting).
import { Fragment, memo, type HTMLAttributes, type Ref } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { labeller } from '../kit/labels.ts';
import type { EndUserOutcome, Range, ScenarioResult } from '../../core/analysis/index.ts';
import { formatLoss, formatPercent, formatTonnes } from '../kit/format.ts';
import { Tonnes } from '../kit/Figure.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import { VirtualTable } from '../kit/VirtualTable.tsx';

/**
 * End users by loss at once, largest first (then by tonnes lost, then id), so the point of a
 * scenario is the first row; optionally only those that lose supply.
 */
export function byLoss(
  endUsers: readonly EndUserOutcome[],
  onlyLosing = false,
): readonly EndUserOutcome[] {
  return endUsers
    .filter((e) => !onlyLosing || e.lostNoSubstitution > 0 || e.lostWithRerouting > 0)
    .sort(
      (a, b) =>
        b.lostNoSubstitutionPercent - a.lostNoSubstitutionPercent ||
        b.lostNoSubstitution - a.lostNoSubstitution ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

interface Props {
  readonly dataset: Dataset;
  readonly result: ScenarioResult;
  readonly onSelect: (id: string) => void;
  /** For slides: no single-points-of-failure column. */
  readonly compact?: boolean;
  /** Only end users that lose supply. */
  readonly onlyLosing?: boolean;
}

const BAR_H = 16;
const LABEL_W = 200;

/** Memoised: a what-if re-renders the page, not these long lists, until the answer changes. */
export const ImpactChart = memo(function ImpactChart({
  dataset,
  result,
  onlyLosing = false,
}: Omit<Props, 'onSelect'>) {
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

/** "at once", "N days" or "never", from an end user's days to shortfall. */
export function runsShortIn(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'at once';
  if (days < 0.5) return 'under a day';
  const n = Math.round(days);
  return n === 1 ? '1 day' : `${n} days`;
}

/** A loss with its range over the draws: "96.0% (93.1–98.2%)". */
export function lossWithRange(percent: number, range: Range | null | undefined): string {
  const main = formatPercent(percent / 100);
  if (range === null || range === undefined) return main;
  return `${main} (${(range.p5 ?? 0).toFixed(1)}–${(range.p95 ?? 0).toFixed(1)}%)`;
}

function ImpactRow({
  r,
  label,
  onSelect,
  compact,
  ranged,
  ...row
}: {
  r: EndUserOutcome;
  label: (id: string) => string;
  onSelect: (id: string) => void;
  compact: boolean;
  /** False when no figure has a range: every draw is the point itself. */
  ranged: boolean;
  /** What VirtualTable gives a drawn row: its measuring ref, index and aria-rowindex. */
  ref?: Ref<HTMLTableRowElement>;
} & Omit<HTMLAttributes<HTMLTableRowElement>, 'onSelect'>) {
  return (
    <tr
      {...row}
      data-id={r.id}
      data-baseline={r.baseline}
      data-no-substitution={r.noSubstitution}
      data-with-rerouting={r.withRerouting}
      data-days-to-shortfall={r.daysToShortfall ?? 'never'}
    >
      <th scope="row">
        <LinkButton onClick={() => onSelect(r.id)}>{label(r.id)}</LinkButton>
      </th>
      <td className="num">
        <Tonnes value={r.baseline} />
      </td>
      {(
        [
          [r.noSubstitution, 'lostNoSubstitutionPercent'],
          [r.withRerouting, 'lostWithReroutingPercent'],
        ] as const
      ).map(([tonnes, lost]) => (
        <Fragment key={lost}>
          <td className="num">
            <Tonnes value={tonnes} />
          </td>
          <td className="num">{lossWithRange(r[lost], ranged ? r.ranges?.[lost] : null)}</td>
        </Fragment>
      ))}
      <td className="num">{runsShortIn(r.daysToShortfall)}</td>
      {!compact && <td>{r.singlePointsOfFailureHit.map(label).join(', ')}</td>}
    </tr>
  );
}

export const ImpactTable = memo(function ImpactTable({
  dataset,
  result,
  onSelect,
  compact = false,
  onlyLosing = false,
}: Props) {
  const label = labeller(dataset);
  const t = result.totals;
  const rows = byLoss(result.endUsers, onlyLosing);
  const modelled = rows.filter((r) => !r.outside);
  const outside = rows.filter((r) => r.outside);
  const columns = compact ? 7 : 8;
  const draws = result.uncertainty;
  const ranged = draws !== null && draws.figuresWithRanges > 0;
  // One list for the table: the modelled end users, then the rest of world under its heading.
  // Long lists draw only the rows in view (VirtualTable); aria-rowcount counts them all.
  const list: readonly (EndUserOutcome | 'rest-of-world')[] =
    outside.length > 0 ? [...modelled, 'rest-of-world', ...outside] : modelled;
  return (
    <VirtualTable
      label="Impact on end users"
      caption={
        ranged &&
        draws !== null && (
          <caption className="muted small">
            Ranges in brackets: 5th to 95th percentile over {draws.samples.toLocaleString('en')}{' '}
            draws of every estimate&apos;s range (seed {draws.seed}
            {draws.reroutingSamples > 0
              ? `; rerouted on the first ${draws.reroutingSamples.toLocaleString('en')}`
              : '; not drawn after rerouting'}
            ).
          </caption>
        )
      }
      head={
        <tr>
          <th scope="col">End user</th>
          <th scope="col">Baseline</th>
          <th scope="col">No substitution</th>
          <th scope="col">Lost (no substitution)</th>
          <th scope="col">With rerouting</th>
          <th scope="col">Lost (with rerouting)</th>
          <th scope="col">Runs short in</th>
          {!compact && <th scope="col">Single points of failure hit</th>}
        </tr>
      }
      count={list.length}
      row={(i) => {
        const r = list[i] as EndUserOutcome | 'rest-of-world';
        return r === 'rest-of-world' ? (
          <tr key="rest-of-world" className="rest-of-world">
            <th scope="colgroup" colSpan={columns}>
              Rest of world (demand outside the model)
            </th>
          </tr>
        ) : (
          <ImpactRow
            key={r.id}
            r={r}
            label={label}
            onSelect={onSelect}
            compact={compact}
            ranged={ranged}
          />
        );
      }}
      foot={
        <tr
          data-id="all end users"
          data-baseline={t.baseline}
          data-no-substitution={t.noSubstitution}
          data-with-rerouting={t.withRerouting}
        >
          <th scope="row">All end users{outside.length > 0 && ', rest of world included'}</th>
          <td className="num">
            <Tonnes value={t.baseline} />
          </td>
          <td className="num">
            <Tonnes value={t.noSubstitution} />
          </td>
          <td className="num">{formatPercent(t.lostNoSubstitutionPercent / 100)}</td>
          <td className="num">
            <Tonnes value={t.withRerouting} />
          </td>
          <td className="num">{formatPercent(t.lostWithReroutingPercent / 100)}</td>
          <td />
          {!compact && <td />}
        </tr>
      }
    />
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
