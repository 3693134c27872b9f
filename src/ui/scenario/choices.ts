// What the intervention form offers: only what exists. Where a kind asks for two nodes (a flow)
// the first lists the nodes that send a flow and the second the nodes the first sends to; where
// it asks for two countries (a route) the first lists the countries that send across a border
// and the second the countries the first sends to; a material lists what moves on that pair.
// A value the choices no longer hold falls back to the first choice, so the form never shows a
// pair ("Arnold → Arnold") the dataset has no flow for.
import type { Dataset } from '../../data/schema.ts';
import type { FormField } from '../../core/interventions/index.ts';
import { countryName } from '../../core/countries.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface Resolved {
  /** Each field's value, one of its choices (a percent field keeps what it was given). */
  readonly values: Readonly<Record<string, string>>;
  /** Each node, country or material field's choices, in the order shown. */
  readonly choices: Readonly<Record<string, readonly Choice[]>>;
}

const collator = new Intl.Collator('en');
const byLabel = (a: Choice, b: Choice) => collator.compare(a.label, b.label);

export function resolveChoices(
  dataset: Dataset,
  fields: readonly FormField[],
  given: Readonly<Record<string, string>>,
  initial: (field: FormField) => string,
): Resolved {
  const country = new Map(dataset.nodes.map((n) => [n.id, n.country]));
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label ?? n.id]));
  const nodeFields = fields.filter((f) => f.input === 'node');
  const countryFields = fields.filter((f) => f.input === 'country');
  const flowPair = nodeFields.length === 2;
  const routePair = countryFields.length === 2;
  const values: Record<string, string> = {};
  const choices: Record<string, readonly Choice[]> = {};
  const pick = (field: FormField, list: readonly Choice[]) => {
    choices[field.key] = list;
    const want = given[field.key] ?? initial(field);
    const value = list.some((c) => c.value === want) ? want : (list[0]?.value ?? '');
    values[field.key] = value;
    return value;
  };
  const nodeChoices = (ids: Iterable<string>) =>
    [...new Set(ids)].map((id) => ({ value: id, label: label.get(id) ?? id })).sort(byLabel);
  const countryChoices = (codes: Iterable<string>) =>
    [...new Set(codes)].map((c) => ({ value: c, label: countryName(c) })).sort(byLabel);
  const crossBorder = dataset.edges.filter((e) => country.get(e.source) !== country.get(e.target));
  let pairEdges = dataset.edges;
  for (const f of fields) {
    if (f.input === 'node') {
      if (!flowPair) pick(f, nodeChoices(dataset.nodes.map((n) => n.id)));
      else if (f === nodeFields[0]) {
        const from = pick(f, nodeChoices(dataset.edges.map((e) => e.source)));
        pairEdges = dataset.edges.filter((e) => e.source === from);
      } else {
        const to = pick(f, nodeChoices(pairEdges.map((e) => e.target)));
        pairEdges = pairEdges.filter((e) => e.target === to);
      }
    } else if (f.input === 'country') {
      if (!routePair) pick(f, countryChoices(dataset.nodes.map((n) => n.country)));
      else if (f === countryFields[0]) {
        const from = pick(f, countryChoices(crossBorder.map((e) => country.get(e.source)!)));
        pairEdges = crossBorder.filter((e) => country.get(e.source) === from);
      } else {
        const to = pick(f, countryChoices(pairEdges.map((e) => country.get(e.target)!)));
        pairEdges = pairEdges.filter((e) => country.get(e.target) === to);
      }
    } else if (f.input === 'material') {
      const on = flowPair || routePair ? pairEdges : dataset.edges;
      const materials = [
        ...new Set(on.flatMap((e) => (e.material === undefined ? [] : [e.material]))),
      ];
      pick(f, [
        { value: '', label: 'Every material' },
        ...materials.sort(collator.compare).map((m) => ({ value: m, label: m })),
      ]);
    } else values[f.key] = given[f.key] ?? initial(f);
  }
  return { values, choices };
}
