// A seeded fuzz of the loader and the engine: thousands of files mutated from one that uses
// every field of the format, with values from the hostile payload lists. Whatever comes in:
// nothing throws, a refusal names its place in our own words, and an accepted file analyses to
// finite figures and exports CSV without a single formula cell.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  firstNonFinite,
  removalSweep,
  seededRandom,
} from '../../../src/core/analysis/index.ts';
import { FORMULA_START } from '../../../src/core/csv.ts';
import type { Intervention } from '../../../src/core/scenario.ts';
import { loadDatasetText, type LoadResult } from '../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { chokepointCsv, impactCsv, sweepCsv } from '../../../src/ui/export/results.ts';
import { mutatedFile, pick, type Rng } from './mutate.ts';
import { BANNED_WORDING, PLACE } from './wording.ts';

const FILES = 3000;
const SEED = 20261130;

function randomIntervention(rng: Rng, dataset: Dataset): Intervention {
  const node = pick(rng, dataset.nodes).id;
  const r = rng();
  if (r < 0.4) return { type: 'remove-node', node };
  if (r < 0.8) {
    return { type: 'scale-capacity', node, factor: pick(rng, [0, 1e-9, 0.5, 1, 2, 1e12]) };
  }
  return { type: 'block-country', country: pick(rng, dataset.nodes).country };
}

function formulaCells(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  return rows.flat().filter((cell) => FORMULA_START.test(cell));
}

function checkAccepted(rng: Rng, dataset: Dataset, withSweep: boolean): string[] {
  const problems: string[] = [];
  const g = buildSupplyGraph(dataset);
  const baseline = analyzeBaseline(g);
  const scenarios: Intervention[][] = [
    [],
    [randomIntervention(rng, dataset)],
    ...dataset.scenarios.map((s) => [...s.interventions]),
  ];
  for (const interventions of scenarios) {
    const outcome = analyzeScenario(g, { interventions });
    if (!outcome.ok) continue;
    const bad = firstNonFinite(outcome.result);
    if (bad !== undefined) problems.push(`${bad} is not finite`);
    const cells = [
      ...formulaCells(impactCsv(dataset, outcome.result)),
      ...formulaCells(chokepointCsv(dataset, baseline, outcome.result)),
    ];
    if (cells.length > 0) problems.push(`formula cells ${JSON.stringify(cells)}`);
  }
  if (withSweep) {
    const cells = formulaCells(sweepCsv(dataset, removalSweep(g)));
    if (cells.length > 0) problems.push(`formula cells in the sweep ${JSON.stringify(cells)}`);
  }
  return problems;
}

function checkRefused(errors: readonly string[]): string[] {
  const problems: string[] = [];
  for (const message of errors) {
    if (/^…and \d+ more problems$/.test(message)) continue;
    if (!PLACE.test(message)) problems.push(`no place in ${JSON.stringify(message)}`);
    // The user's own text, quoted in a message, may say anything.
    const ours = message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (BANNED_WORDING.test(ours)) {
      problems.push(`validator wording in ${JSON.stringify(message)}`);
    }
  }
  return problems;
}

describe(`fuzz: ${FILES} mutated dataset files (seed ${SEED})`, () => {
  it('never throws; refusals name their place; accepted files give finite figures and safe CSV', () => {
    const rng = seededRandom(SEED);
    const tally = { accepted: 0, refused: 0 };
    const problems: string[] = [];
    for (let n = 0; n < FILES && problems.length < 10; n++) {
      const text = mutatedFile(rng);
      let found: string[];
      try {
        const loaded: LoadResult = loadDatasetText(text, { fallbackTitle: 'fuzz.json' });
        if (loaded.ok) tally.accepted++;
        else tally.refused++;
        found = loaded.ok
          ? checkAccepted(rng, loaded.dataset, n % 10 === 0)
          : checkRefused(loaded.errors);
      } catch (error) {
        found = [`threw ${String(error)}`];
      }
      problems.push(...found.map((p) => `file ${n}: ${p}`));
    }
    expect(problems).toEqual([]);
    // The fuzz must exercise both sides: plenty refused, and plenty accepted and analysed.
    expect(tally.accepted).toBeGreaterThan(FILES / 10);
    expect(tally.refused).toBeGreaterThan(FILES / 10);
  }, 120_000);
});
