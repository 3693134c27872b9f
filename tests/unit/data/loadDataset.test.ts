import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oracleFiles } from '../../fixtures/oracle.ts';
import { loadDataset, loadDatasetText } from '../../../src/data/loadDataset.ts';

const small = () => ({
  title: 'tiny',
  sources: [{ id: 's1', title: 'A source', year: 2025 }],
  nodes: [
    { id: 'm', stage: 'mine', country: 'AU', production: 10, capacity: 12 },
    { id: 'p', stage: 'processor', country: 'CN', capacity: 20 },
    { id: 'e', stage: 'end-user', country: 'DE', sources: ['s1'] },
  ],
  edges: [
    { source: 'm', target: 'p', flow: 10 },
    { source: 'p', target: 'e', flow: 10, sources: ['s1'] },
  ],
});

function errorsOf(raw: unknown): string[] {
  const result = typeof raw === 'string' ? loadDatasetText(raw) : loadDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.errors;
}

describe('loadDataset', () => {
  it.each(oracleFiles(1))('loads the oracle fixture $name', ({ name: file, path }) => {
    const text = readFileSync(path, 'utf8');
    const raw = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] };
    const result = loadDatasetText(text, { fallbackTitle: file });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.nodes).toHaveLength(raw.nodes.length);
    expect(result.dataset.edges).toHaveLength(raw.edges.length);
    expect(result.dataset.title).toBe(file);
    // missing labels default to ids; the extra `expected` key is dropped
    expect(result.dataset.nodes.every((n) => n.label === n.id)).toBe(true);
    expect(result.dataset).not.toHaveProperty('expected');
  });

  it('accepts a small valid dataset and keeps its figures', () => {
    const result = loadDataset(small());
    expect(result.ok && result.dataset.edges[1]).toMatchObject({ flow: 10, sources: ['s1'] });
  });

  it('names an unknown edge endpoint', () => {
    const raw = small();
    raw.edges[1]!.target = 'pro9';
    expect(errorsOf(raw)).toEqual(['edges[1].target: unknown node "pro9"']);
  });

  it('refuses a negative flow', () => {
    const raw = small() as { edges: { flow: unknown }[] };
    raw.edges[0]!.flow = -5;
    expect(errorsOf(raw)).toEqual(['edges[0].flow: must be ≥ 0, got -5']);
  });

  it('refuses a non-numeric flow', () => {
    const raw = small() as { edges: { flow: unknown }[] };
    raw.edges[1]!.flow = 'lots';
    expect(errorsOf(raw)).toEqual(['edges[1].flow: must be a number, got "lots"']);
  });

  it('refuses a duplicate node id', () => {
    const raw = small();
    raw.nodes[2]!.id = 'p';
    const errors = errorsOf(raw);
    expect(errors[0]).toBe('nodes[2].id: duplicate node id "p"');
  });

  it('refuses an unknown stage and lists the stages', () => {
    const raw = small();
    raw.nodes[1]!.stage = 'smelter';
    expect(errorsOf(raw)).toEqual([
      'nodes[1].stage: "smelter" is not one of mine, processor, intermediary, magnet-maker, end-user',
    ]);
  });

  it('refuses a country that is not ISO 3166 alpha-2', () => {
    const raw = small();
    raw.nodes[0]!.country = 'Australia';
    expect(errorsOf(raw)[0]).toMatch(/^nodes\[0\]\.country: "Australia": not an ISO 3166/);
  });

  it('refuses an unknown source reference', () => {
    const raw = small();
    raw.edges[1]!.sources = ['usgs'];
    expect(errorsOf(raw)).toEqual(['edges[1].sources[0]: unknown source "usgs"']);
  });

  it('says where text is not JSON', () => {
    const text = '{\n  "nodes": [],\n  "edges": [\n }\n';
    expect(errorsOf(text)).toEqual(['not JSON: a value should come here at line 4 column 2']);
  });

  it('says so when a file is empty', () => {
    expect(errorsOf('')).toEqual(['empty file: there is no data in it']);
    expect(errorsOf('  \n ')).toEqual(['empty file: there is no data in it']);
  });

  it('refuses valid JSON that is not a dataset', () => {
    expect(errorsOf('[1, 2, 3]')).toEqual([
      '(top level): the file must hold an object with "nodes" and "edges"',
    ]);
    expect(errorsOf('{"nodes": []}')).toEqual(['edges: is missing: it must be a list']);
  });

  it('refuses 50 MB of junk quickly, with one line', () => {
    const chunk = 'x9$#\u00e9 \t{[<junk>]}';
    const junk = chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length));
    const started = performance.now();
    const errors = errorsOf(junk);
    const elapsed = performance.now() - started;
    expect(errors).toEqual(['not JSON: a character JSON does not allow at line 1 column 1']);
    expect(elapsed).toBeLessThan(5_000); // generous: a hang or a full scan would take far longer
  });

  it('caps a flood of errors with a count of the rest', () => {
    const raw = small();
    raw.edges = Array.from({ length: 100 }, (_, i) => ({ source: 'm', target: `x${i}`, flow: 1 }));
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('…and 80 more problems');
  });
});

// Version 2: reported figures and conversions, materials, balance notes and preset scenarios.
const v2 = () => ({
  format: 'chokepoint-dataset',
  schemaVersion: 2,
  title: 'tiny v2',
  basis: 't REO',
  sources: [
    { id: 's1', title: 'A source', year: 2025 },
    { id: 's2', title: 'Another source', year: 2024 },
  ],
  materials: [{ id: 'concentrate' }, { id: 'NdFeB magnets', notes: 'sintered' }],
  nodes: [
    {
      id: 'm',
      stage: 'mine',
      country: 'AU',
      production: 10,
      estimate: { low: 9, high: 11 },
      notes: 'from an import figure',
      sources: ['s1'],
    },
    {
      id: 'p',
      stage: 'magnet-maker',
      country: 'CN',
      balance: { note: 'keeps stock', sources: ['s2'] },
      sources: ['s1'],
    },
    { id: 'e', stage: 'end-user', country: 'DE', sources: ['s1'] },
  ],
  edges: [
    { source: 'm', target: 'p', flow: 10, material: 'concentrate', sources: ['s1'] },
    {
      source: 'p',
      target: 'e',
      flow: 3.5,
      material: 'NdFeB magnets',
      sources: ['s1'],
      reported: { value: 10, unit: 't', basis: 't of magnets' },
      conversion: { factor: 0.35, note: 'RE content of NdFeB', sources: ['s2'] },
    },
  ] as Record<string, unknown>[],
  scenarios: [
    {
      id: 'cut',
      label: 'Export cut',
      date: '2025-04-04',
      caption: 'Magnets to Germany fall by 82%.',
      sources: ['s1'],
      interventions: [
        { type: 'block-route', from: 'CN', to: 'DE', material: 'NdFeB magnets', factor: 0.18 },
        { type: 'remove-node', node: 'm' },
      ],
    },
  ] as Record<string, unknown>[],
});
/** The errors loading the v2 file gives once `change` has been made to it. */
function v2ErrorsAfter(change: (raw: ReturnType<typeof v2>) => unknown): string[] {
  const raw = v2();
  change(raw);
  return errorsOf(raw);
}

describe('loadDataset, version 2', () => {
  it('accepts reported figures, conversions, materials, balance notes and presets', () => {
    const result = loadDataset(v2());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.basis).toBe('t REO');
    expect(result.dataset.materials.map((m) => m.id)).toEqual(['concentrate', 'NdFeB magnets']);
    expect(result.dataset.edges[1]?.conversion?.factor).toBe(0.35);
    expect(result.dataset.nodes[1]?.balance?.note).toBe('keeps stock');
    expect(result.dataset.scenarios[0]?.interventions[0]).toEqual({
      type: 'block-route',
      from: 'CN',
      to: 'DE',
      material: 'NdFeB magnets',
      factor: 0.18,
    });
  });

  it('names an unknown node in a preset', () => {
    const raw = v2();
    raw.scenarios.push(
      { id: 'a', label: 'A', date: '2025', caption: 'a', sources: ['s1'], interventions: [] },
      {
        id: 'b',
        label: 'B',
        date: '2025-06',
        caption: 'b',
        sources: ['s1'],
        interventions: [{ type: 'scale-capacity', node: 'x', factor: 0.3 }],
      },
    );
    expect(errorsOf(raw)).toEqual(['scenarios[2].interventions[0].node: unknown node "x"']);
  });

  it('refuses an intervention of an unknown type, listing the types', () => {
    const raw = v2();
    raw.scenarios[0]!.interventions = [{ type: 'nuke', node: 'm' }];
    expect(errorsOf(raw)).toEqual([
      'scenarios[0].interventions[0].type: "nuke" is not one of remove-node, scale-capacity, block-edge, block-country, block-route, scale-flow',
    ]);
  });

  it('refuses a route cut that matches no flow, and a factor above 1', () => {
    const raw = v2();
    raw.scenarios[0]!.interventions = [{ type: 'block-route', from: 'CN', to: 'US' }];
    expect(errorsOf(raw)).toEqual(['scenarios[0].interventions[0]: no flow from CN to US']);
    raw.scenarios[0]!.interventions = [{ type: 'block-route', from: 'CN', to: 'DE', factor: 1.5 }];
    expect(errorsOf(raw)).toEqual(['scenarios[0].interventions[0].factor: must be ≤ 1, got 1.5']);
  });

  it('refuses a blocked edge that does not exist', () => {
    const raw = v2();
    raw.scenarios[0]!.interventions = [
      { type: 'block-edge', source: 'm', target: 'e', material: 'concentrate' },
    ];
    expect(errorsOf(raw)).toEqual([
      'scenarios[0].interventions[0]: no flow of "concentrate" from "m" to "e"',
    ]);
  });

  it('refuses a preset without a source or with a date that is not one', () => {
    const raw = v2();
    raw.scenarios[0]!.sources = [];
    raw.scenarios[0]!.date = '2025-02-30';
    expect(errorsOf(raw)).toEqual([
      'scenarios[0].date: "2025-02-30": not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'scenarios[0].sources: must have at least 1 item',
    ]);
  });

  it('refuses a material the file does not list', () => {
    expect(v2ErrorsAfter((raw) => (raw.edges[0]!.material = 'ore'))).toEqual([
      'edges[0].material: unknown material "ore"',
    ]);
  });

  it('needs a conversion for a figure reported on another basis', () => {
    expect(v2ErrorsAfter((raw) => delete raw.edges[1]!.conversion)).toEqual([
      'edges[1].conversion: is missing (the figure is reported in t of magnets; flows are in t REO)',
    ]);
  });

  it('refuses a flow that is not the reported figure times its factor', () => {
    expect(v2ErrorsAfter((raw) => (raw.edges[1]!.flow = 5))).toEqual([
      'edges[1].flow: 5 is not reported.value × conversion.factor (10 × 0.35 = 3.5)',
    ]);
  });

  it('refuses an estimate that does not bracket the production, or has no note', () => {
    expect(v2ErrorsAfter((raw) => (raw.nodes[0]!.production = 12))).toEqual([
      'nodes[0].production: 12 lies outside its estimate range 9–11',
    ]);
    expect(v2ErrorsAfter((raw) => delete raw.nodes[0]!.notes)).toEqual([
      'nodes[0].notes: an estimate needs a note saying how it was derived',
    ]);
  });

  it('names an unknown source in a conversion or a balance note', () => {
    const raw = v2();
    (raw.edges[1]!.conversion as { sources: string[] }).sources = ['s9'];
    raw.nodes[1]!.balance = { note: 'stock', sources: ['s8'] };
    expect(errorsOf(raw)).toEqual([
      'nodes[1].balance.sources[0]: unknown source "s8"',
      'edges[1].conversion.sources[0]: unknown source "s9"',
    ]);
  });
});
