// One end user's best case after rerouting, worked out on request (a linear program in the
// worker): the most it could get if it came first, every other end user keeping the supply it
// has with no substitution.
import { useState } from 'react';
import { formatPercent, formatTonnes } from '../kit/format.ts';

interface Props {
  readonly id: string;
  /** Its baseline supply, to say what share the best case is. */
  readonly baseline: number;
  readonly compute: (id: string) => Promise<number>;
}

type State =
  | { readonly status: 'idle' | 'working' }
  | { readonly status: 'done'; readonly value: number }
  | { readonly status: 'error'; readonly message: string };

export function BestCase({ id, baseline, compute }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = () => {
    setState({ status: 'working' });
    compute(id).then(
      (value) => setState({ status: 'done', value }),
      (error: unknown) =>
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  return (
    <>
      <h4>Best case after rerouting</h4>
      {state.status === 'done' ? (
        <p data-testid="best-case">
          If it came first: at most {formatTonnes(state.value)}
          {baseline > 0 && <> ({formatPercent(state.value / baseline)} of baseline)</>}, every other
          end user keeping what it gets with no substitution.
        </p>
      ) : state.status === 'error' ? (
        <p role="alert">Could not work it out: {state.message}</p>
      ) : (
        <p>
          <button type="button" onClick={run} disabled={state.status === 'working'}>
            {state.status === 'working' ? 'Working it out…' : 'Work out its best case'}
          </button>
        </p>
      )}
    </>
  );
}
