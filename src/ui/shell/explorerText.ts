// The explorer's words for the scenario and for what it is busy with.
import type { Dataset } from '../../data/schema.ts';
import type { Intervention } from '../../core/scenario.ts';
import { describe } from '../scenario/describe.ts';
import type { Results } from '../results/useResults.ts';

/** The headline when it is current, else the scenario's interventions in words. */
export function scenarioTextOf(
  dataset: Dataset,
  headline: string | null,
  stale: boolean,
  active: readonly Intervention[],
): string {
  return (
    (stale ? null : headline) ??
    (active.length === 0
      ? 'Baseline'
      : `Scenario: ${active.map((i) => describe(dataset, i)).join('; ')}`)
  );
}

/** What the toolbar says the page is working on, or null when it is idle. */
export function workingText(busy: boolean, results: Results): string | null {
  return busy
    ? 'Laying out…'
    : results.run.status === 'running' || results.baseline === null
      ? 'Analysing…'
      : null;
}
