// Finding nodes by what people type: every word of the query must match somewhere (as the start
// of a word or anywhere inside one), in any order, with American spellings found too. Matches in
// the label rank above matches that need the id, country or stage, and those above matches in
// the notes; among equals, the node carrying more flow comes first.
import type { Dataset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import { oncePer } from '../../core/oncePer.ts';
import { STAGE_LABELS } from '../../core/model.ts';

/**
 * American → British, word by word (the bundled data is written in British English). A Map, so
 * a word such as "constructor" or "__proto__" in a label is a word like any other.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    defense: 'defence',
    offense: 'offence',
    license: 'licence',
    licenses: 'licences',
    color: 'colour',
    colors: 'colours',
    center: 'centre',
    centers: 'centres',
    aluminum: 'aluminium',
    fiber: 'fibre',
    program: 'programme',
    catalog: 'catalogue',
  }),
);

/** Lower case, accents and punctuation gone, American spellings made British. */
export function normalise(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => SPELLINGS.get(w) ?? w.replace(/(i|y)z(e|es|ed|ing|ation|ations|er|ers)$/, '$1s$2'));
}

interface Indexed {
  readonly id: string;
  readonly label: string[];
  readonly other: string[];
  readonly notes: string[];
  readonly weight: number;
}

const index = oncePer((dataset: Dataset): Indexed[] => {
  const weight = new Map<string, number>();
  for (const e of dataset.edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.flow);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.flow);
  }
  return dataset.nodes.map((n) => ({
    id: n.id,
    label: normalise(n.label),
    other: normalise(`${n.id} ${countryName(n.country)} ${n.country} ${STAGE_LABELS[n.stage]}`),
    notes: normalise(n.notes ?? ''),
    weight: weight.get(n.id) ?? 0,
  }));
});

/** 0 = a word starts with it, 1 = inside a word, null = nowhere. */
function matchIn(words: readonly string[], q: string): 0 | 1 | null {
  let inside = false;
  for (const w of words) {
    if (w.startsWith(q)) return 0;
    if (w.includes(q)) inside = true;
  }
  return inside ? 1 : null;
}

/** Ids of the nodes matching every word of the query, best first. */
export function searchNodes(dataset: Dataset, query: string, max = 12): string[] {
  const words = normalise(query);
  if (words.length === 0) return [];
  const hits: { id: string; tier: number; inside: number; weight: number }[] = [];
  for (const n of index(dataset)) {
    let tier = 0;
    let inside = 0;
    let ok = true;
    for (const q of words) {
      const inLabel = matchIn(n.label, q);
      if (inLabel !== null) {
        inside += inLabel;
        continue;
      }
      const inOther = matchIn(n.other, q);
      if (inOther !== null) {
        tier = Math.max(tier, 1);
        inside += inOther;
        continue;
      }
      const inNotes = matchIn(n.notes, q);
      if (inNotes === null) {
        ok = false;
        break;
      }
      tier = 2;
      inside += inNotes;
    }
    if (ok) hits.push({ id: n.id, tier, inside, weight: n.weight });
  }
  hits.sort((a, b) => a.tier - b.tier || a.inside - b.inside || b.weight - a.weight);
  return hits.slice(0, max).map((h) => h.id);
}

/**
 * Ids of the dataset's presets whose label holds every word of the query ("China processing"
 * finds "China's processing offline"): a reader who searches for what a preset asks should be
 * offered the preset, whose answer differs from removing the one node the words also match.
 */
export function searchPresets(dataset: Dataset, query: string): string[] {
  const words = normalise(query);
  if (words.length === 0) return [];
  return dataset.scenarios
    .filter((p) => {
      const label = normalise(p.label);
      return words.every((q) => matchIn(label, q) !== null);
    })
    .map((p) => p.id);
}
