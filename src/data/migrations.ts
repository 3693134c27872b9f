// Older dataset files are read with the schema of their own version (so errors point at the file
// as written) and then lifted, one version at a time, to the current shape. A file without
// `schemaVersion` is version 1: that is how v1 files, such as the oracle fixtures, were written.
import { z } from 'zod';
import { datasetSchemaV1, type RawDatasetV1 } from './schemaV1.ts';
import { datasetSchema, SCHEMA_VERSION, SCHEMA_VERSIONS, type RawDataset } from './schema.ts';
import { formatZodIssues } from './errors.ts';

export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

export type ParseResult = { ok: true; data: RawDataset } | { ok: false; errors: string[] };

const versionSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSIONS).default(1) });

/** The version a file declares (1 when it declares none), or why it cannot be read. */
export function schemaVersionOf(
  raw: object,
): { ok: true; version: SchemaVersion } | { ok: false; errors: string[] } {
  const parsed = versionSchema.safeParse(raw);
  if (parsed.success) return { ok: true, version: parsed.data.schemaVersion };
  return { ok: false, errors: formatZodIssues(parsed.error.issues, raw) };
}

/**
 * v1 -> v2: nothing is renamed or dropped. v2 only adds optional fields (reported figures,
 * conversions, balance notes, materials, presets), so the content carries over as it is.
 * v2's rule that an estimate needs a note is not applied to v1 files: it did not exist then.
 */
export function migrateV1ToV2(v1: RawDatasetV1): RawDataset {
  return { ...v1, schemaVersion: 2, materials: [], scenarios: [], stories: [] };
}

/** Validates `raw` with its own version's schema and migrates it to the current version. */
export function parseAnyVersion(raw: object): ParseResult {
  const version = schemaVersionOf(raw);
  if (!version.ok) return version;
  switch (version.version) {
    case 1: {
      const parsed = datasetSchemaV1.safeParse(raw);
      if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, raw) };
      return { ok: true, data: migrateV1ToV2(parsed.data) };
    }
    case SCHEMA_VERSION: {
      const parsed = datasetSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, raw) };
      return { ok: true, data: parsed.data };
    }
  }
}
