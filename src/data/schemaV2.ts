// Dataset format v2, frozen: the shape files with `schemaVersion: 2` have. Do not change it; the
// current format is in schema.ts and migrations.ts lifts v2 files to it. v2 left `material`
// optional on edges, had no converters, stocks or outside demand, and asked every preset for a
// date, a caption and sources.
import { z } from '../core/zod.ts';
import { edgeSchemaV1, estimateSchema, nodeSchemaV1, sourceIds } from './schemaV1.ts';
import {
  balanceSchema,
  conversionSchema,
  datasetHeadFields,
  estimateNote,
  interventionSchema,
  isPartialDate,
  needsNote,
  noteText,
  reportedSchema,
} from './schema.ts';

export const scenarioSchemaV2 = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  date: z.string().refine(isPartialDate, { message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }),
  caption: noteText,
  sources: sourceIds.min(1),
  notes: z.string().optional(),
  interventions: z.array(interventionSchema),
});

export const nodeSchemaV2 = nodeSchemaV1
  .extend({ estimate: estimateSchema.optional(), balance: balanceSchema.optional() })
  .refine(needsNote, estimateNote);

export const edgeSchemaV2 = edgeSchemaV1
  .extend({ reported: reportedSchema.optional(), conversion: conversionSchema.optional() })
  .refine(needsNote, estimateNote);

export const datasetSchemaV2 = z.object({
  ...datasetHeadFields,
  schemaVersion: z.literal(2),
  nodes: z.array(nodeSchemaV2),
  edges: z.array(edgeSchemaV2),
  scenarios: z.array(scenarioSchemaV2).default([]),
});

export type RawDatasetV2 = z.infer<typeof datasetSchemaV2>;
