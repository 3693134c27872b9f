// Older dataset files are read with the schema of their own version (so errors point at the file
// as written) and then lifted, one version at a time, to the current shape. A file without
// `schemaVersion` is version 1, as v1 files such as the oracle fixtures were written, unless it
// uses what only version 3 has (converters, stocks, outside demand, presets): then it is read as
// version 3, which is how the oracle's multi-material fixtures are written. Monthly `periods`
// are optional in version 3, so files without them need no step; an unversioned file with
// them is read as version 3.
import { z } from '../core/zod.ts';
import { datasetSchemaV1, type RawDatasetV1 } from './schemaV1.ts';
import { datasetSchemaV2, type RawDatasetV2 } from './schemaV2.ts';
import {
  datasetSchema,
  DEFAULT_MATERIAL,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type RawDataset,
} from './schema.ts';
import { formatZodIssues } from './errors.ts';
import { needConverter } from './references.ts';

export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

export type ParseResult = { ok: true; data: RawDataset } | { ok: false; errors: string[] };

const versionSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSIONS).optional() });

const V3_NODE_FIELDS = ['converter', 'stock', 'outside'] as const;

/** Whether an unversioned file uses anything only version 3 has. */
function usesVersion3(raw: object): boolean {
  if ('scenarios' in raw || 'periods' in raw) return true;
  const nodes = (raw as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return false;
  return nodes.some(
    (n: unknown) =>
      n !== null && typeof n === 'object' && V3_NODE_FIELDS.some((field) => field in n),
  );
}

/** The version a file declares (see the header when it declares none), or why it cannot be read. */
export function schemaVersionOf(
  raw: object,
): { ok: true; version: SchemaVersion } | { ok: false; errors: string[] } {
  const parsed = versionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, raw) };
  const declared = parsed.data.schemaVersion;
  return { ok: true, version: declared ?? (usesVersion3(raw) ? 3 : 1) };
}

/**
 * v1 -> v2: nothing is renamed or dropped. v2 only adds optional fields (reported figures,
 * conversions, balance notes, materials, presets), so the content carries over as it is.
 * v2's rule that an estimate needs a note is not applied to v1 files: it did not exist then.
 */
export function migrateV1ToV2(v1: RawDatasetV1): RawDatasetV2 {
  return { ...v1, schemaVersion: 2, materials: [], scenarios: [], stories: [] };
}

/**
 * v2 -> v3. Every flow must now name its material:
 * - a flow without one carries DEFAULT_MATERIAL, so a file that named none is a one-material
 *   network and gives the figures it gave before;
 * - a node that puts out a material it neither receives nor produces (a magnet maker turning
 *   NdPr into magnets) is marked a converter, which is what v2 assumed without saying: in v3 a
 *   node that is not a converter passes each material on separately.
 * Presets keep their date, caption and sources; nothing else changes.
 */
export function migrateV2ToV3(v2: RawDatasetV2): RawDataset {
  const edges = v2.edges.map((e) => ({ ...e, material: e.material ?? DEFAULT_MATERIAL }));
  const usesDefault = v2.edges.some((e) => e.material === undefined);
  const materials =
    usesDefault && v2.materials.length > 0 && !v2.materials.some((m) => m.id === DEFAULT_MATERIAL)
      ? [
          ...v2.materials,
          { id: DEFAULT_MATERIAL, notes: 'Flows the file did not name a material for.' },
        ]
      : v2.materials;
  const converters = new Set(needConverter(v2.nodes, edges));
  const nodes = v2.nodes.map((n) => (converters.has(n.id) ? { ...n, converter: true } : n));
  // Period series came with version 3 and dated events with model v4: an older file has none.
  return { ...v2, schemaVersion: 3, materials, nodes, edges, periods: [], events: [] };
}

/** Validates `raw` with its own version's schema and migrates it to the current version. */
export function parseAnyVersion(raw: object): ParseResult {
  const version = schemaVersionOf(raw);
  if (!version.ok) return version;
  const refuse = (issues: z.core.$ZodIssue[]): ParseResult => ({
    ok: false,
    errors: formatZodIssues(issues, raw),
  });
  if (version.version < SCHEMA_VERSION && 'periods' in raw) {
    return {
      ok: false,
      errors: [
        `periods: monthly series need schemaVersion ${SCHEMA_VERSION}; this file declares ${version.version} (set "schemaVersion": ${SCHEMA_VERSION}, or remove "periods")`,
      ],
    };
  }
  switch (version.version) {
    case 1: {
      const parsed = datasetSchemaV1.safeParse(raw);
      if (!parsed.success) return refuse(parsed.error.issues);
      return { ok: true, data: migrateV2ToV3(migrateV1ToV2(parsed.data)) };
    }
    case 2: {
      const parsed = datasetSchemaV2.safeParse(raw);
      if (!parsed.success) return refuse(parsed.error.issues);
      return { ok: true, data: migrateV2ToV3(parsed.data) };
    }
    case SCHEMA_VERSION: {
      const parsed = datasetSchema.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION });
      if (!parsed.success) return refuse(parsed.error.issues);
      return { ok: true, data: parsed.data };
    }
  }
}
