// The answer, stated above the graph.
import type { ScenarioResult } from '../../core/analysis/index.ts';

/** `text`: the sentence from headline.ts (null until the first answer). */
export function Headline({
  text,
  result,
  stale,
  refused = false,
}: {
  text: string | null;
  result: ScenarioResult | null;
  stale: boolean;
  /** The engine refused the scenario: `text` says why, and nothing is on its way. */
  refused?: boolean;
}) {
  return (
    <p
      className={stale ? 'headline stale' : refused ? 'headline refused' : 'headline'}
      data-testid="headline"
      aria-live="polite"
      aria-busy={!refused && (stale || result === null)}
      data-lost-at-once={result?.totals.lostNoSubstitutionShare}
      data-lost-after-rerouting={result?.totals.lostWithReroutingShare}
    >
      {text ?? 'Analysing…'}
    </p>
  );
}
