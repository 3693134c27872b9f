// A seeded fuzz of the loader and the engine: thousands of files mutated from one that uses
// every field of the format, with values from the hostile payload lists. Whatever comes in:
// nothing throws, a refusal names its place in our own words, and an accepted file analyses to
// finite figures and exports CSV without a single formula cell.
import { readFileSync } from 'node:fs';
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
import { payloads } from '../hostileInput.ts';
import { BANNED_WORDING, PLACE } from './wording.ts';

const FILES = 3000;
const SEED = 20261130;
const BASE_TEXT = readFileSync(
  new URL('../../fixtures/hostile/base.json', import.meta.url),
  'utf8',
);

const STRINGS = [
  ...payloads('formulas'),
  ...payloads('xss'),
  ...payloads('urls'),
  '',
  ' ',
  '\uD800',
  'a\uDFFFb',
  'constructor',
  '__proto__',
  'toString',
  'm',
  'k',
  'CN',
  'ZZ',
  'NdFeB magnets',
  'x'.repeat(5000),
];
const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  3.5,
  2025,
  2025.5,
  1899,
  1900,
  2100,
  2101,
  1e-9,
  1e-10,
  1e-320,
  5e-324,
  1e12,
  1.0000001e12,
  1e21,
  1e300,
  1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
];
const OTHERS: unknown[] = [null, true, false, [], {}, [1, 2], { a: 1 }];

type Json = unknown;
type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

function hostileValue(rng: Rng): Json {
  const r = rng();
  if (r < 0.45) return pick(rng, STRINGS);
  if (r < 0.85) return pick(rng, NUMBERS);
  return structuredClone(pick(rng, OTHERS));
}

/** Every container in the tree, so a mutation can pick one at random. */
function containers(root: Json): (Record<string, Json> | Json[])[] {
  const out: (Record<string, Json> | Json[])[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v !== null && typeof v === 'object') {
      out.push(v as Record<string, Json>);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

function mutateTree(rng: Rng, root: Json): void {
  const all = containers(root);
  const target = pick(rng, all);
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(rng, keys) : '0';
  const r = rng();
  if (Array.isArray(target)) {
    const i = Number(key);
    if (r < 0.5) target[i] = hostileValue(rng);
    else if (r < 0.7) target.splice(i, 1);
    else if (r < 0.9) target.push(structuredClone(target[i] ?? hostileValue(rng)));
    else target.reverse();
  } else {
    const rec = target as Record<string, Json>;
    if (r < 0.6) rec[key] = hostileValue(rng);
    else if (r < 0.8) delete rec[key];
    else if (r < 0.9) {
      const name = pick(rng, ['__proto__', 'constructor', 'extra', 'url', 'year']);
      Object.defineProperty(rec, name, {
        value: hostileValue(rng),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else rec[key] = structuredClone(pick(rng, all));
  }
}

const TEXT_BITS = ['{', '[', ']', '}', ',', '"', ':', '\\', '\u0000', 'NaN', '1e999', '-'];
const BIG_NUMBERS = ['1e400', '-1e400', '1e-400', '0.0000000000001'];

function mutateText(rng: Rng, text: string): string {
  const at = Math.floor(rng() * text.length);
  const r = rng();
  if (r < 0.25) return text.slice(0, at);
  if (r < 0.5) return text.slice(0, at) + pick(rng, TEXT_BITS) + text.slice(at);
  if (r < 0.6) return `\uFEFF${text}`;
  if (r < 0.75) {
    return text.slice(0, at) + '['.repeat(200 + Math.floor(rng() * 5000)) + text.slice(at);
  }
  if (r < 0.9) return text.replace(/\d+(\.\d+)?/, pick(rng, BIG_NUMBERS));
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(rng() * 20));
}

function mutatedFile(rng: Rng): string {
  if (rng() < 0.2) return mutateText(rng, BASE_TEXT);
  const tree = JSON.parse(BASE_TEXT) as Json;
  const times = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < times; i++) mutateTree(rng, tree);
  return JSON.stringify(tree);
}

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
