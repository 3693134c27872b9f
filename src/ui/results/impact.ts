// Ordering and wording of the end users' outcomes, for the impact chart and table.
import type { EndUserOutcome, Range } from '../../core/analysis/index.ts';
import { formatPercent } from '../kit/format.ts';

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
        b.lostNoSubstitutionShare - a.lostNoSubstitutionShare ||
        b.lostNoSubstitution - a.lostNoSubstitution ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

const DAYS_PER_YEAR = 365;

/** "at once", "N days", "N.N years" (from two years on) or "never", from days to shortfall. */
export function runsShortIn(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'at once';
  if (days < 0.5) return 'under a day';
  if (days >= 2 * DAYS_PER_YEAR) return `${(days / DAYS_PER_YEAR).toFixed(1)} years`;
  const n = Math.round(days);
  return n === 1 ? '1 day' : `${n} days`;
}

/** The same as a clause: "runs short at once", "runs short in 60 days", "never runs short". */
export function runsShortClause(days: number | null): string {
  if (days === null) return 'never runs short';
  if (days <= 0) return 'runs short at once';
  return `runs short in ${runsShortIn(days)}`;
}

/** A loss (a share, 0-1) with its range over the draws: "96.0% (93.1–98.2%)". */
export function lossWithRange(share: number, range: Range | null | undefined): string {
  const main = formatPercent(share);
  if (range === null || range === undefined) return main;
  const [low, high] = [(100 * (range.p5 ?? 0)).toFixed(1), (100 * (range.p95 ?? 0)).toFixed(1)];
  // every draw gave the same figure ("0% (0.0–0.0%)"): the range says nothing
  if (low === high) return main;
  return `${main} (${low}–${high}%)`;
}
