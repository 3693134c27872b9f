// Dataset format v1: the JSON a user opens, checked with zod. Shapes only; the checks that
// need the whole file (ids, references) live in validate.ts.
import { z } from 'zod';
import { STAGES } from '../core/model.ts';
import { isCountryCode } from '../core/countries.ts';

export const DATASET_FORMAT = 'chokepoint-dataset';
export const SCHEMA_VERSION = 1;

const nonNegative = z.number().finite().nonnegative();
const year = z.number().int().min(1900).max(2100);
const sourceIds = z.array(z.string().min(1));

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().optional(),
  year,
  url: z.url().optional(),
});

export const nodeSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  stage: z.enum(STAGES),
  country: z.string().refine(isCountryCode, { message: 'not an ISO 3166 alpha-2 country code' }),
  capacity: nonNegative.nullable().optional(),
  production: nonNegative.nullable().optional(),
  year: year.optional(),
  sources: sourceIds.optional(),
  notes: z.string().optional(),
});

export const estimateSchema = z
  .object({ low: nonNegative, high: nonNegative })
  .refine((e) => e.low <= e.high, { message: 'low must not be above high' });

export const edgeSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  flow: nonNegative,
  material: z.string().min(1).optional(),
  year: year.optional(),
  sources: sourceIds.optional(),
  estimate: estimateSchema.optional(),
  notes: z.string().optional(),
});

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT).default(DATASET_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  year: year.optional(),
  sources: z.array(sourceSchema).default([]),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type RawDataset = z.infer<typeof datasetSchema>;
export type Source = Readonly<z.infer<typeof sourceSchema>>;
export type DatasetEdge = Readonly<z.infer<typeof edgeSchema>>;
/** A node after loading: the label defaults to the id. */
export type DatasetNode = Readonly<z.infer<typeof nodeSchema> & { label: string }>;

export interface Dataset {
  readonly format: typeof DATASET_FORMAT;
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly title: string;
  readonly description?: string | undefined;
  readonly year?: number | undefined;
  readonly sources: readonly Source[];
  readonly nodes: readonly DatasetNode[];
  readonly edges: readonly DatasetEdge[];
}
