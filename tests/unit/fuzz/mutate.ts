// Mutations of one dataset file that uses every field of the format, with values from the
// hostile payload lists: the fuzz tests' input.
import { readFileSync } from 'node:fs';
import { payloads } from '../hostileInput.ts';

export const BASE_TEXT = readFileSync(
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
export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T;

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

/** A file mutated from the base: its tree (one to three changes) or, one time in five, its text. */
export function mutatedFile(rng: Rng): string {
  if (rng() < 0.2) return mutateText(rng, BASE_TEXT);
  const tree = JSON.parse(BASE_TEXT) as Json;
  const times = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < times; i++) mutateTree(rng, tree);
  return JSON.stringify(tree);
}
