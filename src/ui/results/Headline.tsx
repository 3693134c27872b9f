// The answer, stated above the graph.
import type { ScenarioResult } from '../../core/analysis/index.ts';

/** `text`: the sentence from headline.ts (null until the first answer). */
export function Headline({
  text,
  result,
  stale,
}: {
  text: string | null;
  result: ScenarioResult | null;
  stale: boolean;
}) {
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
