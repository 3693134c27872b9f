// The headline sentence with the dataset's names: above the graph, as the exports' subtitle,
// the embed's title line and the first line of a present-mode caption.
import { headlineSentence } from '../../core/analysis/index.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { countryName } from '../../core/countries.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatTonnes } from '../kit/format.ts';
import { labeller } from '../kit/labels.ts';
import { monthLabel, monthScenario, periodMonths } from '../../core/periods.ts';

/** Each month of the dataset's series, named as a whole in the sentence. */
const monthPresets = (dataset: Dataset) =>
  periodMonths(dataset.periods).map((m) => ({
    label: `${monthLabel(m)}, from the monthly series`,
    interventions: monthScenario(dataset.periods, m).interventions,
  }));

/**
 * The sentence for a scenario; for the baseline, what reaches end users. Presets with the same
 * interventions (October 2025's regime repeats April's cuts) are named by `preset` when given
 * (a story step's), else by the first in the dataset.
 */
export function headlineText(
  dataset: Dataset,
  result: ScenarioResult | null,
  preset?: string,
): string | null {
  if (result === null) return null;
  const named = [...dataset.scenarios, ...monthPresets(dataset)];
  const preferred = named.filter((p) => 'id' in p && p.id === preset);
  const said = headlineSentence(result, { node: labeller(dataset), country: countryName }, [
    ...preferred,
    ...named,
  ]);
  return (
    said ??
    `Baseline: ${formatTonnes(result.totals.baseline)} reach end users; remove a node or load a preset to see what a loss does.`
  );
}
