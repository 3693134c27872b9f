// The scenario the engine runs for a document: the chosen month's what-if (built from the
// dataset's period series, src/core/periods.ts) followed by the switched-on interventions.
import { monthScenario } from '../core/periods.ts';
import type { Scenario } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';
import { activeScenario, type AppDocument } from './document.ts';

export function documentScenario(doc: AppDocument, dataset: Dataset): Scenario {
  const own = activeScenario(doc.scenario).interventions;
  const month = doc.view.period;
  if (month === undefined) return { interventions: own };
  return { interventions: [...monthScenario(dataset.periods, month).interventions, ...own] };
}
