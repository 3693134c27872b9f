// The scenario the engine runs for a document: the chosen month's what-if (built from the
// dataset's period series, src/core/periods.ts) followed by the switched-on interventions.
import { monthScenario } from '../core/periods.ts';
import type { Scenario } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';
import { activeScenario, type AppDocument, type ScenarioEntry } from './document.ts';

export function documentScenario(doc: AppDocument, dataset: Dataset): Scenario {
  const own = activeScenario(doc.scenario).interventions;
  const month = doc.view.period;
  if (month === undefined) return { interventions: own };
  return { interventions: [...monthScenario(dataset.periods, month).interventions, ...own] };
}

interface Worked {
  readonly dataset: Dataset;
  readonly period: string | undefined;
  readonly scenario: Scenario;
}
const worked = new WeakMap<readonly ScenarioEntry[], Worked>();

/**
 * The active scenario of the store's document, the one the engine runs and the explorer shows:
 * the same object while the entries, the month and the dataset stay, so it serves as a selector.
 */
export function selectActiveScenario(s: {
  readonly dataset: Dataset;
  readonly history: { readonly present: AppDocument };
}): Scenario {
  const doc = s.history.present;
  const known = worked.get(doc.scenario);
  if (known?.dataset === s.dataset && known.period === doc.view.period) return known.scenario;
  const scenario = documentScenario(doc, s.dataset);
  worked.set(doc.scenario, { dataset: s.dataset, period: doc.view.period, scenario });
  return scenario;
}
