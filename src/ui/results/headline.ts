// The headline sentence with the dataset's names: above the graph, as the exports' subtitle,
// the embed's title line and the first line of a present-mode caption.
import { headlineSentence } from '../../core/analysis/index.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { countryName } from '../../core/countries.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatTonnes } from '../app/format.ts';
import { labeller } from '../app/labels.ts';

/** The sentence for a scenario; for the baseline, what reaches end users. */
export function headlineText(dataset: Dataset, result: ScenarioResult | null): string | null {
  if (result === null) return null;
  const said = headlineSentence(
    result,
    { node: labeller(dataset), country: countryName },
    dataset.scenarios,
  );
  return (
    said ??
    `Baseline: ${formatTonnes(result.totals.baseline)} reach end users; remove a node or load a preset to see what a loss does.`
  );
}
