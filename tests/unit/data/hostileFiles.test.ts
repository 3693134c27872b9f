// Files made to break the loader: deep nesting, figures that overflow, denormals, lone
// surrogates, prototype-named ids, links with other schemes, byte-order marks, oversized files.
// Each is refused with its place, or loads and analyses to finite figures.
import { describe, expect, it } from 'vitest';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  firstNonFinite,
  removalSweep,
} from '../../../src/core/analysis/index.ts';
import {
  MAX_DATASET_BYTES,
  decodeDatasetBytes,
  fileSizeProblem,
  loadDataset,
  loadDatasetBytes,
  loadDatasetText,
} from '../../../src/data/loadDataset.ts';
import { payloads } from '../hostileInput.ts';

const small = () => ({
  title: 'tiny',
  year: 2025,
  sources: [{ id: 's1', title: 'A source', year: 2025, url: 'https://example.com/a' }],
  nodes: [
    { id: 'm', stage: 'mine', country: 'AU', production: 10, capacity: 12 } as Record<
      string,
      unknown
    >,
    { id: 'p', stage: 'processor', country: 'CN', capacity: 20 } as Record<string, unknown>,
    { id: 'e', stage: 'end-user', country: 'DE', sources: ['s1'] } as Record<string, unknown>,
  ],
  edges: [
    { source: 'm', target: 'p', flow: 10 } as Record<string, unknown>,
    { source: 'p', target: 'e', flow: 10, sources: ['s1'] } as Record<string, unknown>,
  ],
});

function refused(result: ReturnType<typeof loadDataset>): string[] {
  if (result.ok) throw new Error('the file was accepted');
  return result.errors;
}

describe('deep nesting', () => {
  it.each([
    ['10,000 open brackets', `{"nodes":${'['.repeat(10_000)}`],
    ['5,000 open objects', `{"nodes":${'{"a":'.repeat(5_000)}`],
    ['100,000 brackets closed wrongly', `${'['.repeat(100_000)}}`],
  ])('%s: refused with a line and column, no stack overflow', (_, text) => {
    const errors = refused(loadDatasetText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not JSON: nested more than 256 levels deep at line 1 column \d+$/);
  });

  it('valid but deep JSON where a node should be is refused with the place', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = `{"nodes":[${deep}],"edges":[]}`;
    expect(refused(loadDatasetText(text))).toEqual(['nodes[0]: must be an object, got a list']);
  });

  it('deep JSON in a field the format does not use is checked without recursion, then dropped', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = JSON.stringify(small()).replace(/}$/, `,"extra":${deep}}`);
    expect(loadDatasetText(text).ok).toBe(true);
  });
});

describe('figures', () => {
  it.each([
    [
      'a flow of 1e308',
      (d: ReturnType<typeof small>) => (d.edges[0]!.flow = 1e308),
      'edges[0].flow: must be ≤ 1000000000000, got 1e+308',
    ],
    [
      'a capacity of 2e12',
      (d: ReturnType<typeof small>) => (d.nodes[1]!.capacity = 2e12),
      'nodes[1].capacity: must be ≤ 1000000000000, got 2000000000000',
    ],
    [
      'a production of 1e300',
      (d: ReturnType<typeof small>) => (d.nodes[0]!.production = 1e300),
      'nodes[0].production: must be ≤ 1000000000000, got 1e+300',
    ],
    [
      'a denormal flow',
      (d: ReturnType<typeof small>) => (d.edges[1]!.flow = 1e-320),
      'edges[1].flow: 1e-320: lies between 0 and 1e-9: write 0 or a figure of at least 1e-9',
    ],
    [
      'a year of 1e21',
      (d: ReturnType<typeof small>) => (d.year = 1e21),
      'year: must be ≤ 2100, got 1e+21',
    ],
    [
      'a year of 1850',
      (d: ReturnType<typeof small>) => (d.nodes[0]!.year = 1850),
      'nodes[0].year: must be ≥ 1900, got 1850',
    ],
    [
      'a year of 2025.5',
      (d: ReturnType<typeof small>) => (d.edges[0]!.year = 2025.5),
      'edges[0].year: 2025.5: must be a whole year',
    ],
  ])('refuses %s, naming the place', (_, mutate, message) => {
    const raw = small();
    mutate(raw);
    expect(refused(loadDataset(raw))).toEqual([message]);
  });

  it('refuses a number too large for JSON to hold (1e400 reads as Infinity)', () => {
    const text = JSON.stringify(small()).replace('"flow":10', '"flow":1e400');
    expect(refused(loadDatasetText(text))).toEqual([
      'edges[0].flow: must be a number, got Infinity',
    ]);
  });

  it('the largest figures allowed give finite results everywhere', () => {
    const raw = small();
    for (const e of raw.edges) e.flow = 1e12;
    raw.nodes[0]!.production = 1e12;
    raw.nodes[0]!.capacity = 1e12;
    raw.nodes[1]!.capacity = 1e-9;
    const loaded = loadDataset(raw);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const g = buildSupplyGraph(loaded.dataset);
    expect(firstNonFinite(analyzeBaseline(g))).toBeUndefined();
    const outcome = analyzeScenario(g, {
      interventions: [{ type: 'scale-capacity', node: 'p', factor: 1e12 }],
    });
    expect(outcome.ok && firstNonFinite(outcome.result)).toBeUndefined();
    expect(firstNonFinite(removalSweep(g))).toBeUndefined();
  });
});

describe('text', () => {
  it.each([
    ['an id', (d: ReturnType<typeof small>) => (d.nodes[0]!.id = 'm\uD800'), 'nodes[0].id'],
    ['a label', (d: ReturnType<typeof small>) => (d.nodes[1]!.label = '\uDC00x'), 'nodes[1].label'],
    ['a title', (d: ReturnType<typeof small>) => (d.title = 'a\uDBFF'), 'title'],
  ])('refuses a lone surrogate in %s, naming the place', (_, mutate, place) => {
    const raw = small();
    mutate(raw);
    expect(refused(loadDataset(raw))).toEqual([
      `${place}: the text is not well-formed Unicode (a lone surrogate)`,
    ]);
  });

  it('accepts surrogate pairs (emoji) and names in other scripts', () => {
    const raw = small();
    raw.nodes[0]!.label = '🧲 稀土 магнит';
    expect(loadDataset(raw).ok).toBe(true);
  });

  it('refuses a lone surrogate in a field name', () => {
    const text = JSON.stringify(small()).replace('"title":"tiny"', '"title":"tiny","\\ud800":1');
    expect(refused(loadDatasetText(text))).toEqual([
      '(top level): a field name is not well-formed Unicode',
    ]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'an id named %s loads and is a node like any other',
    (id) => {
      const text = JSON.stringify(small()).replaceAll('"m"', JSON.stringify(id));
      const loaded = loadDatasetText(text);
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      expect(loaded.dataset.nodes[0]!.id).toBe(id);
      const g = buildSupplyGraph(loaded.dataset);
      const outcome = analyzeScenario(g, { interventions: [{ type: 'remove-node', node: id }] });
      expect(outcome.ok && outcome.result.endUsers[0]!.lostNoSubstitution).toBe(10);
    },
  );
});

describe('source links', () => {
  it.each(payloads('urls'))('refuses %j, naming the place', (url) => {
    const raw = small();
    (raw.sources[0] as { url: string }).url = url;
    expect(refused(loadDataset(raw))).toEqual([
      `sources[0].url: ${JSON.stringify(url.length > 40 ? url.slice(0, 40) + '…' : url)}: must be a web address starting with http:// or https://`,
    ]);
  });

  it('accepts http and https', () => {
    for (const url of ['http://example.com/x', 'https://example.com/y?a=1#b']) {
      const raw = small();
      raw.sources[0]!.url = url;
      expect(loadDataset(raw).ok).toBe(true);
    }
  });
});

describe('bytes', () => {
  const json = JSON.stringify(small());
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    const utf8 = new TextEncoder().encode(json);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, bom, utf16(json, false), utf16(json, true)]) {
      const loaded = loadDatasetBytes(bytes);
      expect(loaded.ok && loaded.dataset.title).toBe('tiny');
    }
    expect(loadDatasetText(`\uFEFF${json}`).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8, rather than garbling them', () => {
    expect(decodeDatasetBytes(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      error: 'not text: the file is not valid UTF-8',
    });
  });

  it('refuses an oversized file on its byte count, before decoding', () => {
    // 73 MB of CJK text is 25 M characters: under the limit as text, over it as bytes.
    expect(fileSizeProblem(73 * 1024 * 1024)).toBe('file too large: 73 MB (the limit is 64 MB)');
    expect(fileSizeProblem(MAX_DATASET_BYTES)).toBeNull();
    const bytes = new Uint8Array(MAX_DATASET_BYTES + 1);
    expect(refused(loadDatasetBytes(bytes))).toEqual([
      'file too large: 65 MB (the limit is 64 MB)',
    ]);
  });
});
