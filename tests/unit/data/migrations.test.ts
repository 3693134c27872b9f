import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oracleFiles } from '../../fixtures/oracle.ts';
import {
  migrateV1ToV2,
  migrateV2ToV3,
  parseAnyVersion,
  schemaVersionOf,
} from '../../../src/data/migrations.ts';
import { datasetSchemaV2 } from '../../../src/data/schemaV2.ts';
import { networkFrom } from '../../fixtures/network.ts';
import { datasetSchemaV1 } from '../../../src/data/schemaV1.ts';
import { datasetSchema, DEFAULT_MATERIAL, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import { loadDataset } from '../../../src/data/loadDataset.ts';

const v1 = () => ({
  format: 'chokepoint-dataset',
  schemaVersion: 1,
  title: 'v1 file',
  year: 2024,
  sources: [{ id: 's1', title: 'A source', year: 2024, url: 'https://example.org/s1' }],
  nodes: [
    { id: 'm', label: 'Mine', stage: 'mine', country: 'AU', production: 10, year: 2024 },
    { id: 'e', stage: 'end-user', country: 'DE', sources: ['s1'], notes: 'buyers' },
  ],
  edges: [
    // v1 allowed an estimate without a note saying how it was derived; v2 does not.
    { source: 'm', target: 'e', flow: 10, material: 'NdPr oxide', estimate: { low: 8, high: 12 } },
  ],
});

describe('schemaVersionOf', () => {
  it('reads a file without schemaVersion as version 1', () => {
    expect(schemaVersionOf({ nodes: [], edges: [] })).toEqual({ ok: true, version: 1 });
  });

  it('reads a file without schemaVersion that uses converters, stocks, outside demand or presets as version 3', () => {
    const nodes = [{ id: 'a', stage: 'mine', country: 'AU' }];
    expect(schemaVersionOf({ nodes: [{ ...nodes[0], converter: true }], edges: [] })).toEqual({
      ok: true,
      version: 3,
    });
    expect(schemaVersionOf({ nodes: [{ ...nodes[0], stock: {} }] })).toEqual({
      ok: true,
      version: 3,
    });
    expect(schemaVersionOf({ nodes: [{ ...nodes[0], outside: false }] })).toEqual({
      ok: true,
      version: 3,
    });
    expect(schemaVersionOf({ nodes, scenarios: [] })).toEqual({ ok: true, version: 3 });
    expect(schemaVersionOf({ nodes })).toEqual({ ok: true, version: 1 });
  });

  it('reads versions 1, 2 and 3 as declared', () => {
    expect(schemaVersionOf({ schemaVersion: 1 })).toEqual({ ok: true, version: 1 });
    expect(schemaVersionOf({ schemaVersion: 2 })).toEqual({ ok: true, version: 2 });
    expect(schemaVersionOf({ schemaVersion: 3 })).toEqual({ ok: true, version: 3 });
  });

  it('refuses a version it does not know, saying which it reads', () => {
    expect(schemaVersionOf({ schemaVersion: 4 })).toEqual({
      ok: false,
      errors: ['schemaVersion: 4 is not one of 1, 2, 3'],
    });
    expect(schemaVersionOf({ schemaVersion: '2' })).toEqual({
      ok: false,
      errors: ['schemaVersion: "2" is not one of 1, 2, 3'],
    });
  });
});

describe('migrateV1ToV2', () => {
  it('keeps every v1 field and adds empty materials, presets and stories', () => {
    const parsed = datasetSchemaV1.parse(v1());
    const migrated = migrateV1ToV2(parsed);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.materials).toEqual([]);
    expect(migrated.scenarios).toEqual([]);
    expect(migrated.stories).toEqual([]);
    const lifted = {
      schemaVersion: 1,
      materials: undefined,
      scenarios: undefined,
      stories: undefined,
    };
    expect({ ...migrated, ...lifted }).toEqual(parsed);
  });

  it('yields a dataset whose v2 shape holds (apart from the new note rule for estimates)', () => {
    const migrated = migrateV1ToV2(datasetSchemaV1.parse(v1()));
    const withNote = {
      ...migrated,
      edges: migrated.edges.map((e) => ({ ...e, notes: 'range from the v1 file' })),
    };
    expect(datasetSchemaV2.safeParse(withNote).success).toBe(true);
  });

  it('loads a v1 file with an un-noted estimate, but refuses the same content declared v2', () => {
    const loaded = loadDataset(v1());
    expect(loaded.ok && loaded.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(loaded.ok && loaded.dataset.edges[0]?.estimate).toEqual({ low: 8, high: 12 });
    const asV2 = { ...v1(), schemaVersion: 2 };
    expect(loadDataset(asV2)).toEqual({
      ok: false,
      errors: ['edges[0].notes: an estimate needs a note saying how it was derived'],
    });
  });

  it('reports v1 errors against the file as written', () => {
    const raw = v1();
    raw.nodes[0]!.stage = 'smelter';
    expect(parseAnyVersion(raw)).toEqual({
      ok: false,
      errors: [
        'nodes[0].stage: "smelter" is not one of mine, processor, intermediary, magnet-maker, end-user',
      ],
    });
  });

  it.each(oracleFiles(1))(
    'lifts the oracle fixture $name (no schemaVersion) to v3 with one default material',
    ({ path }) => {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as {
        nodes: Record<string, unknown>[];
        edges: Record<string, unknown>[];
      };
      const result = parseAnyVersion(raw);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.schemaVersion).toBe(3);
      expect(result.data.nodes).toEqual(raw.nodes);
      expect(result.data.edges).toEqual(
        raw.edges.map((e) => ({ ...e, material: DEFAULT_MATERIAL })),
      );
    },
  );
});

const v2 = () => ({
  format: 'chokepoint-dataset',
  schemaVersion: 2,
  title: 'v2 file',
  materials: [{ id: 'NdPr' }, { id: 'magnet' }],
  ...networkFrom(`
    mine  mine          AU  production=10
    sep   processor     MY
    mag   magnet-maker  JP
    use   end-user      DE
    mine  ->  sep  10
    sep   ->  mag  10  NdPr
    mag   ->  use  10  magnet
  `),
  scenarios: [
    {
      id: 'p',
      label: 'Preset',
      date: '2025-04',
      caption: 'A preset with a caption.',
      sources: ['s'],
      interventions: [{ type: 'remove-node', node: 'sep' }],
    },
  ],
  sources: [{ id: 's', title: 'A source', year: 2025 }],
});

describe('migrateV2ToV3', () => {
  it('gives a flow without a material the default one, and lists it when the file lists materials', () => {
    const migrated = migrateV2ToV3(datasetSchemaV2.parse(v2()));
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.edges.map((e) => e.material)).toEqual([DEFAULT_MATERIAL, 'NdPr', 'magnet']);
    expect(migrated.materials.map((m) => m.id)).toEqual(['NdPr', 'magnet', DEFAULT_MATERIAL]);
  });

  it('marks as converters the nodes that put out a material they do not receive', () => {
    const migrated = migrateV2ToV3(datasetSchemaV2.parse(v2()));
    const converters = migrated.nodes.filter((n) => n.converter === true).map((n) => n.id);
    // The mine produces; the end user puts nothing out.
    expect(converters).toEqual(['sep', 'mag']);
  });

  it('keeps presets, sources and every other field as they were', () => {
    const parsed = datasetSchemaV2.parse(v2());
    const migrated = migrateV2ToV3(parsed);
    expect(migrated.scenarios).toEqual(parsed.scenarios);
    expect(migrated.sources).toEqual(parsed.sources);
    expect(migrated.nodes.map(({ converter: _converter, ...n }) => n)).toEqual(parsed.nodes);
    expect(datasetSchema.safeParse(migrated).success).toBe(true);
  });

  it('leaves a one-material file without converters', () => {
    const raw = v2();
    const edges = raw.edges.map(({ source, target, flow }) => ({ source, target, flow }));
    const migrated = migrateV2ToV3(datasetSchemaV2.parse({ ...raw, materials: [], edges }));
    expect(migrated.nodes.some((n) => n.converter === true)).toBe(false);
    expect(migrated.materials).toEqual([]);
  });

  it('still asks a v2 preset for its caption, though v3 does not', () => {
    const raw = v2();
    const { caption, ...preset } = raw.scenarios[0]!;
    void caption;
    const errors = parseAnyVersion({ ...raw, scenarios: [preset] });
    expect(errors).toEqual({
      ok: false,
      errors: ['scenarios[0].caption: is missing: it must be text'],
    });
    const v3 = { ...migrateV2ToV3(datasetSchemaV2.parse(raw)), scenarios: [preset] };
    expect(datasetSchema.safeParse(v3).success).toBe(true);
  });
});
