// The ranges after rerouting, drawn apart from the rest: they take the rerouting programs on each
// draw, so the explorer shows a scenario's point figures and ranges at once first and asks for
// these in a second run it can cancel. Drawn with the same seed as the command line, they are the
// command line's figures: the first draws of the sequence are the ones it reroutes.
import type { ScenarioResult } from '../scenarioAnalysis.ts';
import { withPoint } from './pointInRange.ts';
import type { Range } from './uncertainty.ts';

export interface RerouteRanges {
  /** Draws rerouted. */
  readonly samples: number;
  readonly seed: number;
  /** Per end user, in the order of the scenario result's endUsers (id order). */
  readonly endUsers: readonly {
    readonly lostWithRerouting: Range;
    readonly lostWithReroutingShare: Range;
  }[];
}

/** The scenario's result with its ranges after rerouting filled in. */
export function withRerouteRanges(result: ScenarioResult, ranges: RerouteRanges): ScenarioResult {
  if (result.uncertainty === null || ranges.endUsers.length !== result.endUsers.length) {
    return result;
  }
  return {
    ...result,
    uncertainty: { ...result.uncertainty, reroutingSamples: ranges.samples },
    endUsers: result.endUsers.map((e, i) => {
      const drawn = ranges.endUsers[i];
      if (e.ranges === null || drawn === undefined) return e;
      const { lostNoSubstitution, lostNoSubstitutionShare } = e.ranges;
      return {
        ...e,
        ranges: withPoint(
          { lostNoSubstitution, lostNoSubstitutionShare, ...drawn },
          e.lostNoSubstitutionShare,
          e.lostWithReroutingShare,
        ),
      };
    }),
  };
}
