// What the scenario does to each end user: a bar chart and the "Impact on end users" table,
// both outcomes side by side (the immediate shock, and the best case after rerouting).
import { Fragment, memo, type HTMLAttributes, type Ref } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { labeller } from '../kit/labels.ts';
import type { EndUserOutcome, ScenarioResult } from '../../core/analysis/index.ts';
import { formatPercent, formatTonnes } from '../kit/format.ts';
import { Tonnes } from '../kit/Figure.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import { VirtualTable } from '../kit/VirtualTable.tsx';
import { byLoss, lossWithRange, runsShortIn } from './impact.ts';
import { RangesCaption } from './RangesCaption.tsx';

export { byLoss, lossWithRange, runsShortIn } from './impact.ts';
export { ImpactChart } from './ImpactChart.tsx';

/** What the outcome columns mean, on hover over their heads and under the table. */
export const COLUMN_MEANING = {
  noSubstitution:
    'The immediate shock: what still arrives over the same links when nobody switches supplier.',
  withRerouting:
    'The best case: spare capacity used over the links that exist, shared fairly among the end users that lose (a linear program).',
  runsShortIn:
    'With stocks drawn down and no substitution: the first day supply falls short of what the end user takes ("never" when it does not).',
} as const;

interface Props {
  readonly dataset: Dataset;
  readonly result: ScenarioResult;
  readonly onSelect: (id: string) => void;
  /** For slides: no single-points-of-failure column. */
  readonly compact?: boolean;
  /** Only end users that lose supply. */
  readonly onlyLosing?: boolean;
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
          [r.noSubstitution, 'lostNoSubstitutionShare'],
          [r.withRerouting, 'lostWithReroutingShare'],
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
      caption={ranged && draws !== null && <RangesCaption draws={draws} />}
      head={
        <tr>
          <th scope="col">End user</th>
          <th scope="col">Baseline</th>
          <th scope="col" title={COLUMN_MEANING.noSubstitution}>
            No substitution
          </th>
          <th scope="col">Lost (no substitution)</th>
          <th scope="col" title={COLUMN_MEANING.withRerouting}>
            With rerouting
          </th>
          <th scope="col">Lost (with rerouting)</th>
          <th scope="col" title={COLUMN_MEANING.runsShortIn}>
            Runs short in
          </th>
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
      foot={<ImpactTotalsRow totals={t} outside={outside.length > 0} compact={compact} />}
    />
  );
});

function ImpactTotalsRow({
  totals,
  outside,
  compact,
}: {
  readonly totals: ScenarioResult['totals'];
  readonly outside: boolean;
  readonly compact: boolean;
}) {
  return (
    <tr
      data-id="all end users"
      data-baseline={totals.baseline}
      data-no-substitution={totals.noSubstitution}
      data-with-rerouting={totals.withRerouting}
    >
      <th scope="row">All end users{outside && ', rest of world included'}</th>
      <td className="num">
        <Tonnes value={totals.baseline} />
      </td>
      <td className="num">
        <Tonnes value={totals.noSubstitution} />
      </td>
      <td className="num">{formatPercent(totals.lostNoSubstitutionShare)}</td>
      <td className="num">
        <Tonnes value={totals.withRerouting} />
      </td>
      <td className="num">{formatPercent(totals.lostWithReroutingShare)}</td>
      <td />
      {!compact && <td />}
    </tr>
  );
}

export function ImpactSummary({ result }: { result: ScenarioResult }) {
  return (
    <p className="small">
      Most that rerouting can bring to end users: {formatTonnes(result.totals.reroutingMaximum)}{' '}
      (baseline {formatTonnes(result.totals.baseline)}). Supply stranded upstream at once:{' '}
      {formatTonnes(result.stranded.noSubstitution)}.
      {!result.converged && ' Warning: a recycling loop did not settle; figures are approximate.'}
    </p>
  );
}
