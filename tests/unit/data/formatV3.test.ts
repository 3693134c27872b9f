import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oracleFiles } from '../../fixtures/oracle.ts';
import { loadDataset, loadDatasetText } from '../../../src/data/loadDataset.ts';

const v3 = () => ({
  schemaVersion: 3,
  nodes: [
    { id: 'mine', stage: 'mine', country: 'AU', production: 10 },
    { id: 'sep', stage: 'processor', country: 'MY', converter: true },
    { id: 'hub', stage: 'intermediary', country: 'NL', stock: { NdPr: 2 } },
    {
      id: 'row',
      stage: 'end-user',
      country: 'VN',
      outside: true,
      stock: { NdPr: { tonnes: 1, sources: ['s'], year: 2025 } },
    },
  ] as Record<string, unknown>[],
  edges: [
    { source: 'mine', target: 'sep', material: 'concentrate', flow: 10 },
    { source: 'sep', target: 'hub', material: 'NdPr', flow: 8 },
    { source: 'hub', target: 'row', material: 'NdPr', flow: 8 },
  ] as Record<string, unknown>[],
  sources: [{ id: 's', title: 'A source', year: 2025 }],
});

describe('dataset format v3', () => {
  it.each(oracleFiles(2))(
    'reads the oracle fixture $name as it is, presets included',
    ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const raw = JSON.parse(text) as {
        nodes: { id: string; converter?: boolean; outside?: boolean; stock?: object }[];
        edges: { material: string }[];
        scenarios: { id: string }[];
      };
      const loaded = loadDatasetText(text);
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const { dataset } = loaded;
      expect(dataset.schemaVersion).toBe(3);
      expect(dataset.nodes.map((n) => n.converter)).toEqual(raw.nodes.map((n) => n.converter));
      expect(dataset.nodes.map((n) => n.outside)).toEqual(raw.nodes.map((n) => n.outside));
      expect(dataset.nodes.map((n) => n.stock)).toEqual(raw.nodes.map((n) => n.stock));
      expect(dataset.edges.map((e) => e.material)).toEqual(raw.edges.map((e) => e.material));
      expect(dataset.scenarios.map((s) => s.id)).toEqual(raw.scenarios.map((s) => s.id));
      expect(dataset.nodes.some((n) => n.outside === true)).toBe(true);
    },
  );

  it('loads converters, stocks (plain or with sources) and outside demand', () => {
    const loaded = loadDataset(v3());
    expect(loaded.ok).toBe(true);
  });

  it('refuses a flow without a material, saying where', () => {
    const raw = v3();
    delete raw.edges[1]!.material;
    expect(loadDataset(raw)).toEqual({
      ok: false,
      errors: ['edges[1].material: is missing: it must be text'],
    });
  });

  it('refuses, naming the node, a pass-through node that puts out a material it does not receive', () => {
    const raw = v3();
    delete raw.nodes[1]!.converter;
    expect(loadDataset(raw)).toEqual({
      ok: false,
      errors: [
        'nodes[1] ("sep"): puts out "NdPr" but neither receives nor produces it; mark it as a converter ("converter": true) if it makes it from its inputs',
      ],
    });
  });

  it('lets a node with production put out what it produces', () => {
    const raw = v3();
    raw.nodes[1] = { id: 'sep', stage: 'processor', country: 'MY', production: 1 };
    expect(loadDataset(raw).ok).toBe(true);
  });

  it('refuses outside demand that is not an end user, a stock with an unknown source, and a range that misses its figure', () => {
    const raw = v3();
    raw.nodes[2] = {
      ...raw.nodes[2],
      outside: true,
      stock: { NdPr: { tonnes: 5, sources: ['x'] } },
    };
    raw.nodes[0] = {
      ...raw.nodes[0],
      capacity: 20,
      capacityEstimate: { low: 1, high: 2 },
      notes: 'guess',
    };
    expect(loadDataset(raw)).toEqual({
      ok: false,
      errors: [
        'nodes[0].capacity: 20 lies outside its estimate range 1–2',
        'nodes[2].outside: "hub" is not an end user (stage intermediary); only an end user can stand for demand outside the model',
        'nodes[2].stock["NdPr"].sources[0]: unknown source "x"',
      ],
    });
  });

  it('refuses a stock of a material the file does not list', () => {
    const raw = { ...v3(), materials: [{ id: 'NdPr' }, { id: 'concentrate' }] };
    raw.nodes[2] = { ...raw.nodes[2], stock: { DyTb: 1 } };
    expect(loadDataset(raw)).toEqual({
      ok: false,
      errors: ['nodes[2].stock["DyTb"]: unknown material "DyTb"'],
    });
  });
});
