// A scenario is data: a list of interventions applied to a baseline network. Applying one
// never changes the baseline; it yields a result, and impact is the difference of two results.
// The kinds of intervention are declared in ./interventions (one file each).
import { describeKind, type Intervention, type Namer } from './interventions/index.ts';

export type { Intervention, Namer } from './interventions/index.ts';

export interface Scenario {
  readonly interventions: readonly Intervention[];
}

const BY_ID: Namer = { node: (id) => id, country: (code) => code };

/** The same interventions, whatever order their fields were written in (a link, a file). */
export {
  interventionKey,
  sameIntervention,
  sameInterventions,
  scenarioKey,
  canonicalText,
} from './interventions/key.ts';

/** One sentence per intervention, the same in the explorer, exports and the command line. */
export function describeIntervention(i: Intervention, names: Namer = BY_ID): string {
  return describeKind(i, names);
}
