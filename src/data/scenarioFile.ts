// A scenario saved to a file and opened again: the interventions, each on or off, checked
// against the dataset it is opened on.
import { z } from 'zod';
import type { Intervention } from '../core/scenario.ts';
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
  const ids = new Set(dataset.nodes.map((n) => n.id));
  const countries = new Set(dataset.nodes.map((n) => n.country));
  const errors: string[] = [];
  parsed.data.interventions.forEach(({ intervention: i }, k) => {
    const at = `interventions[${k}].intervention`;
    const node = (field: string, id: string) => {
      if (!ids.has(id)) errors.push(`${at}.${field}: unknown node "${id}" in this dataset`);
    };
    const country = (field: string, cc: string) => {
      if (!countries.has(cc))
        errors.push(`${at}.${field}: no node in country "${cc}" in this dataset`);
    };
    switch (i.type) {
      case 'remove-node':
      case 'scale-capacity':
        return node('node', i.node);
      case 'block-edge':
        node('source', i.source);
        return node('target', i.target);
      case 'block-country':
        return country('country', i.country);
      case 'block-route':
        country('from', i.from);
        return country('to', i.to);
    }
  });
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, entries: parsed.data.interventions };
}
