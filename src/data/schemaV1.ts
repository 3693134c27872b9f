// Dataset format v1, frozen: the shape files written before schemaVersion 2 have (including
// files with no schemaVersion at all). Do not change it; a new version gets its own schema, and
// migrations.ts lifts older files to the current one. The current format is in schema.ts.
import { z } from '../core/zod.ts';
import { STAGES } from '../core/model.ts';
import { isCountryCode } from '../core/countries.ts';
import {
  MAX_FIGURE,
  MIN_NONZERO_FIGURE,
  TINY_FIGURE_MESSAGE,
  isPlausibleMagnitude,
} from '../core/figures.ts';

export const DATASET_FORMAT = 'chokepoint-dataset';

export { MAX_FIGURE, MIN_NONZERO_FIGURE };

const notTiny = isPlausibleMagnitude;
const tinyMessage = { message: TINY_FIGURE_MESSAGE };

export const nonNegative = z.number().min(0).max(MAX_FIGURE).refine(notTiny, tinyMessage);
/** A factor between 0 and 1 (a share kept or passed on). */
export const fraction = z.number().min(0).max(1).refine(notTiny, tinyMessage);
export const positiveFactor = z.number().positive().max(MAX_FIGURE).refine(notTiny, tinyMessage);
export const year = z
  .number()
  .min(1900)
  .max(2100)
  .refine(Number.isInteger, { message: 'must be a whole year' });
export const sourceIds = z.array(z.string().min(1));
export const countryCode = z
  .string()
  .refine(isCountryCode, { message: 'not an ISO 3166 alpha-2 country code' });

/**
 * What kind of document a source is (data/FORMAT.md says what each means). Optional, so files
 * written before it keep loading; the one kind the model treats apart is `outcome-report` (a
 * report of the shortages or halts a what-if is meant to predict), which must not be the only
 * source of a stock, capacity, recipe or date.
 */
export const SOURCE_KINDS = [
  'official-statistics',
  'official-text',
  'government-report',
  'stockpile-report',
  'company-report',
  'research',
  'analyst-estimate',
  'industry-report',
  'legal-analysis',
  'news',
  'relay',
  'outcome-report',
  'reference',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().optional(),
  year,
  url: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
    .optional(),
  kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }).optional(),
});

export const estimateSchema = z
  .object({ low: nonNegative, high: nonNegative })
  .refine((e) => e.low <= e.high, { message: 'low must not be above high' });

export const nodeSchemaV1 = z.object({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  stage: z.enum(STAGES),
  country: countryCode,
  capacity: nonNegative.nullable().optional(),
  production: nonNegative.nullable().optional(),
  year: year.optional(),
  sources: sourceIds.optional(),
  notes: z.string().optional(),
});

export const edgeSchemaV1 = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  flow: nonNegative,
  material: z.string().min(1).optional(),
  year: year.optional(),
  sources: sourceIds.optional(),
  estimate: estimateSchema.optional(),
  notes: z.string().optional(),
});

export const datasetSchemaV1 = z.object({
  format: z.literal(DATASET_FORMAT).default(DATASET_FORMAT),
  schemaVersion: z.literal(1).default(1),
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  year: year.optional(),
  sources: z.array(sourceSchema).default([]),
  nodes: z.array(nodeSchemaV1),
  edges: z.array(edgeSchemaV1),
});

export type RawDatasetV1 = z.infer<typeof datasetSchemaV1>;
