// Whether a scenario's point figure lies within its own range over the draws.
import type { EndUserRanges } from './uncertainty.ts';

/**
 * The ranges, and the outcomes whose point figure lies outside its own p5–p95 range by more
 * than POINT_MARGIN: where the model has a kink (a capacity reached, a converter's scarcest
 * input changing, a loss floored at 0 or capped at 100%), the figure at the stated values need
 * not be a typical draw's.
 */
export type RangesWithPoint = EndUserRanges & {
  readonly pointOutside: readonly ('noSubstitution' | 'withRerouting')[];
};

/** Sampling error allowed before a point counts as outside its range: half a percentage point. */
export const POINT_MARGIN = 0.005;

export function withPoint(
  ranges: EndUserRanges,
  lostNoSubstitutionShare: number,
  lostWithReroutingShare: number,
): RangesWithPoint {
  const outside = (point: number, r: { p5: number; p95: number } | null) =>
    r !== null && (point < r.p5 - POINT_MARGIN || point > r.p95 + POINT_MARGIN);
  const pointOutside: ('noSubstitution' | 'withRerouting')[] = [];
  if (outside(lostNoSubstitutionShare, ranges.lostNoSubstitutionShare))
    pointOutside.push('noSubstitution');
  if (outside(lostWithReroutingShare, ranges.lostWithReroutingShare))
    pointOutside.push('withRerouting');
  return { ...ranges, pointOutside };
}
