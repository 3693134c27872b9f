// A seeded, bounded fuzz of the whole way a file travels: mutated dataset files are loaded,
// analysed with the linear programs (the fair share and its ranges), exported in every format
// and read back. Whatever comes in, nothing throws and nothing exits "internal error"; an
// accepted file gives finite figures; every export is a well-formed file with no formula cell
// and reads back to the same dataset; nothing is written onto Object.prototype.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  firstNonFinite,
  lpRerouter,
  seededRandom,
} from '../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../src/core/scenario.ts';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { fileProblems, prototypeTouched, readBack, writeAll } from './exportAll.ts';
import { mutatedFile, pick, type Rng } from './mutate.ts';

const FILES = 3000;
const SEED = 20261207;
/** Every accepted file is analysed with the programs; one in EXPORT_EVERY is also exported. */
const EXPORT_EVERY = 3;
/** One in RANGES_EVERY also draws its ranges (rerouting included). */
const RANGES_EVERY = 10;

/** JSON with every object's keys in order (and undefined left out), to compare datasets. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Where two values first differ, as a path (for the report). */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (canonical(a) === canonical(b)) return '';
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}.${k}`,
    );
    if (d !== '') return d;
  }
  return path;
}

function intervention(rng: Rng, dataset: Dataset): Intervention {
  const node = pick(rng, dataset.nodes).id;
  const r = rng();
  if (r < 0.4) return { type: 'remove-node', node };
  if (r < 0.8) return { type: 'scale-capacity', node, factor: pick(rng, [0, 1e-9, 0.5, 2, 1e12]) };
  return { type: 'block-country', country: pick(rng, dataset.nodes).country };
}

describe(`fuzz: ${FILES} mutated files loaded, analysed with the programs, exported and read back (seed ${SEED})`, () => {
  it('no error, no NaN, every export well-formed, formula-free and reading back the same', async () => {
    const rerouter = lpRerouter(await highsLoader());
    const rng = seededRandom(SEED);
    const problems: string[] = [];
    const tally = { accepted: 0, exported: 0 };
    for (let n = 0; n < FILES && problems.length < 10; n++) {
      const at = (p: string) => problems.push(`file ${n}: ${p}`);
      try {
        const loaded = loadDatasetText(mutatedFile(rng), { fallbackTitle: 'fuzz.json' });
        if (!loaded.ok) continue;
        tally.accepted++;
        const dataset = loaded.dataset;
        const g = buildSupplyGraph(dataset);
        for (const interventions of [[], [intervention(rng, dataset)]]) {
          const ranges = tally.accepted % RANGES_EVERY === 0;
          const outcome = analyzeScenario(
            g,
            { interventions },
            { rerouter, ...(ranges ? { uncertainty: { samples: 8, seed: n } } : {}) },
          );
          if (!outcome.ok) continue;
          const bad = firstNonFinite(outcome.result);
          if (bad !== undefined) at(`${bad} is not finite`);
        }
        if (tally.accepted % EXPORT_EVERY !== 0) continue;
        tally.exported++;
        for (const written of await writeAll(dataset)) {
          fileProblems(written).forEach(at);
          if (!written.readable) continue;
          const back = await readBack(written);
          if (!back.ok) at(back.error);
          else if (canonical(back.dataset) !== canonical(dataset)) {
            at(
              `${written.format} reads back differently: ${firstDifference(back.dataset, dataset)}`,
            );
          }
        }
      } catch (error) {
        at(`threw ${error instanceof Error ? error.message : String(error)}`);
      }
      const touched = prototypeTouched();
      if (touched.length > 0) at(`Object.prototype has ${touched.join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(tally.accepted).toBeGreaterThan(FILES / 10);
    expect(tally.exported).toBeGreaterThan(FILES / 40);
  }, 120_000);
});
