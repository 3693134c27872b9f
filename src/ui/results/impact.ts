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
        b.lostNoSubstitutionPercent - a.lostNoSubstitutionPercent ||
        b.lostNoSubstitution - a.lostNoSubstitution ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

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
