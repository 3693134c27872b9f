// One end user's best case after rerouting, worked out on request (a linear program in the
// worker): the most it could get if it came first, every other end user keeping the supply it
// has with no substitution. The answer is the store's, by end user and scenario.
import type { Scenario } from '../../core/scenario.ts';
import { selectQuery } from '../../state/queries.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { formatPercent, formatTonnes } from '../kit/format.ts';

interface Props {
  readonly id: string;
  /** Its baseline supply, to say what share the best case is. */
  readonly baseline: number;
  /** The scenario it is asked under. */
  readonly scenario: Scenario;
}

export function BestCase({ id, baseline, scenario }: Props) {
  const question = { kind: 'bestCase', scenario, id } as const;
  const state = useAppStore(selectQuery(question)) ?? { status: 'idle' };
  const query = useAppStore((s) => s.query);
  return (
    <>
      <h4>Best case after rerouting</h4>
      {state.status === 'done' ? (
        <p data-testid="best-case">
          If it came first: at most {formatTonnes(state.value)}
          {baseline > 0 && <> ({formatPercent(state.value / baseline)} of baseline)</>}, every other
          end user keeping what it gets with no substitution.
        </p>
      ) : state.status === 'failed' ? (
        <p role="alert">Could not work it out: {state.message}</p>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => query(question)}
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending' ? 'Working it out…' : 'Work out its best case'}
          </button>
        </p>
      )}
    </>
  );
}
