import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateV1ToV2, parseAnyVersion, schemaVersionOf } from '../../../src/data/migrations.ts';
import { datasetSchemaV1 } from '../../../src/data/schemaV1.ts';
import { datasetSchema, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import { loadDataset } from '../../../src/data/loadDataset.ts';

const ORACLE = join(__dirname, '../../../../shared/oracle');
const oracleFiles = readdirSync(ORACLE).filter((f) => f.endsWith('.json'));

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

  it('reads versions 1 and 2 as declared', () => {
    expect(schemaVersionOf({ schemaVersion: 1 })).toEqual({ ok: true, version: 1 });
    expect(schemaVersionOf({ schemaVersion: 2 })).toEqual({ ok: true, version: 2 });
  });

  it('refuses a version it does not know, saying which it reads', () => {
    expect(schemaVersionOf({ schemaVersion: 3 })).toEqual({
      ok: false,
      errors: ['schemaVersion: 3 is not one of 1, 2'],
    });
    expect(schemaVersionOf({ schemaVersion: '2' })).toEqual({
      ok: false,
      errors: ['schemaVersion: "2" is not one of 1, 2'],
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
    expect(datasetSchema.safeParse(withNote).success).toBe(true);
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

  it.each(oracleFiles)('lifts the oracle fixture %s (no schemaVersion) to v2 unchanged', (file) => {
    const raw = JSON.parse(readFileSync(join(ORACLE, file), 'utf8')) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    const result = parseAnyVersion(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.schemaVersion).toBe(2);
    expect(result.data.nodes).toEqual(raw.nodes);
    expect(result.data.edges).toEqual(raw.edges);
  });
});
