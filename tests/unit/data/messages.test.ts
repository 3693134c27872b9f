// Every rule of the format, broken one at a time: each field of a file that uses every field
// gets each kind of wrong value, and every message must name its place in our own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.ts';
import { BANNED_WORDING, PLACE } from '../fuzz/wording.ts';

const BASE = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile/base.json', import.meta.url), 'utf8'),
) as unknown;

const REMOVE = Symbol('remove');
const WRONG: unknown[] = [
  REMOVE,
  'x',
  '',
  -1,
  0,
  1e21,
  1e-320,
  2025.5,
  true,
  null,
  [],
  {},
  '\uD800',
];

/** Every place in the file (containers included), as a path of keys. */
function places(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return out;
}

function withValue(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(BASE) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value !== REMOVE) at[last] = value;
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
  return copy;
}

describe('messages for every rule', () => {
  it('the base file loads', () => {
    expect(loadDataset(BASE).ok).toBe(true);
  });

  it('every wrong value in every place is refused or accepted; every refusal names its place in our words', () => {
    const bad: string[] = [];
    let refusals = 0;
    for (const path of places(BASE)) {
      for (const value of WRONG) {
        const result = loadDataset(withValue(path, value));
        if (result.ok) continue;
        refusals++;
        for (const message of result.errors) {
          if (/^…and \d+ more problems$/.test(message)) continue;
          const ours = message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
          if (!PLACE.test(message) || BANNED_WORDING.test(ours)) {
            bad.push(`${path.join('.')} = ${String(value)}: ${message}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(refusals).toBeGreaterThan(1000);
  });

  it('speaks of a missing field, a wrong type and a missing choice in plain words', () => {
    const errorsFor = (path: (string | number)[], value: unknown) => {
      const r = loadDataset(withValue(path, value));
      return r.ok ? [] : r.errors;
    };
    expect(errorsFor(['nodes', 0, 'stage'], REMOVE)).toEqual([
      'nodes[0].stage: is missing: it must be one of mine, processor, intermediary, magnet-maker, end-user',
    ]);
    expect(errorsFor(['nodes', 0, 'id'], 3)).toEqual(['nodes[0].id: must be text, got 3']);
    expect(errorsFor(['stories', 0, 'steps'], [])).toEqual([
      'stories[0].steps: must have at least 1 item',
    ]);
    expect(errorsFor(['scenarios', 0, 'interventions', 0, 'type'], REMOVE)).toEqual([
      'scenarios[0].interventions[0].type: is missing: it must be one of remove-node, scale-capacity, block-edge, block-country, block-route, scale-flow',
    ]);
  });
});
