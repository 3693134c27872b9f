// A scenario saved to a file and opened again: the interventions, each on or off, checked
// against the dataset it is opened on.
import { z } from '../core/zod.ts';
import type { Intervention } from '../core/scenario.ts';
import { checkIntervention, datasetFacts } from '../core/interventions/index.ts';
import { interventionSchema, type Dataset } from './schema.ts';
import { capErrors, formatZodIssues } from './errors.ts';
import { parseJson } from './parseJson.ts';

export const SCENARIO_FORMAT = 'chokepoint-scenario';

const scenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  schemaVersion: z.literal(1),
  dataset: z.string().optional(),
  interventions: z.array(
    z.object({ intervention: interventionSchema, enabled: z.boolean().default(true) }),
  ),
});

export interface ScenarioFileEntry {
  readonly intervention: Intervention;
  readonly enabled: boolean;
}

export function scenarioToFile(
  datasetTitle: string,
  entries: readonly ScenarioFileEntry[],
): string {
  return JSON.stringify(
    { format: SCENARIO_FORMAT, schemaVersion: 1, dataset: datasetTitle, interventions: entries },
    null,
    2,
  );
}

export function scenarioFromFile(
  text: string,
  dataset: Dataset,
): { ok: true; entries: ScenarioFileEntry[] } | { ok: false; errors: string[] } {
  if (text.trim() === '') return { ok: false, errors: ['empty file: there is no scenario in it'] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const parsed = scenarioFileSchema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, errors: capErrors(formatZodIssues(parsed.error.issues, json.value)) };
  const facts = datasetFacts(dataset);
  const errors: string[] = [];
  parsed.data.interventions.forEach(({ intervention }, k) => {
    const at = `interventions[${k}].intervention`;
    for (const { field, message } of checkIntervention(intervention, facts)) {
      errors.push(`${at}${field === null ? '' : `.${field}`}: ${message} in this dataset`);
    }
  });
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, entries: parsed.data.interventions };
}
