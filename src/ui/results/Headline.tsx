// The answer, stated above the graph.
import type { ScenarioResult } from '../../core/analysis/index.ts';
import type { Dataset } from '../../data/schema.ts';
import { headlineText } from './headline.ts';

export function Headline({
  dataset,
  result,
  stale,
  preset,
}: {
  dataset: Dataset;
  result: ScenarioResult | null;
  stale: boolean;
  /** The preset loaded last: named rather than a twin with the same cuts. */
  preset?: string | undefined;
}) {
  const text = headlineText(dataset, result, preset);
  return (
    <p
      className={stale ? 'headline stale' : 'headline'}
      data-testid="headline"
      aria-live="polite"
      aria-busy={stale || result === null}
      data-lost-at-once={result?.totals.lostNoSubstitutionPercent}
      data-lost-after-rerouting={result?.totals.lostWithReroutingPercent}
    >
      {text ?? 'Analysing…'}
    </p>
  );
}
