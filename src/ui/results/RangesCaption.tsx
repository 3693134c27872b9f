// The Impact table's caption: how its ranges were drawn, and, while the ranges after rerouting
// are still being drawn in their own run, how far along they are.
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { useAppStore } from '../../state/useAppStore.ts';

export function RangesCaption({ draws }: { draws: NonNullable<ScenarioResult['uncertainty']> }) {
  const run = useAppStore((s) => s.analysis.rangesRun);
  const after =
    run.status === 'running'
      ? run.total > 0
        ? `; ranges after rerouting: computing ${run.done.toLocaleString('en')} of ${run.total.toLocaleString('en')} draws…`
        : '; ranges after rerouting: starting…'
      : run.status === 'error'
        ? `; ranges after rerouting not drawn: ${run.errors.join(' ')}`
        : draws.reroutingSamples > 0
          ? `; the fair share rerouted on the first ${draws.reroutingSamples.toLocaleString('en')}`
          : '; not drawn after rerouting';
  return (
    <caption className="muted small" data-ranges={run.status}>
      Ranges in brackets: 5th to 95th percentile over {draws.samples.toLocaleString('en')} draws of
      every estimate&apos;s range (seed {draws.seed}
      {after}).
    </caption>
  );
}
