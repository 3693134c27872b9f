// One equality rule for interventions and scenarios: a canonical text with every object's
// fields in sorted order, so `{a, b}` and `{b, a}` (a link, a file, a form) are the same. Used
// wherever interventions are compared or serve as a cache key.
import type { Intervention } from './index.ts';

/** JSON text of `value` with object fields sorted (undefined fields left out, as JSON does). */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** The same text for the same intervention, whatever order its fields were written in. */
export const interventionKey = (i: Intervention): string => canonicalText(i);

/** The interventions in order, each by its key. */
export const scenarioKey = (list: readonly Intervention[]): string =>
  `[${list.map(interventionKey).join(',')}]`;

export const sameIntervention = (a: Intervention, b: Intervention): boolean =>
  interventionKey(a) === interventionKey(b);

export const sameInterventions = (a: readonly Intervention[], b: readonly Intervention[]) =>
  scenarioKey(a) === scenarioKey(b);
