// Dataset format v3 (current): the JSON a user opens, checked with zod. Shapes only; the checks
// that need the whole file (ids, references, figures that must agree) live in references.ts.
// v2 added, all optional so any v1 content still fits:
//   - edges: `reported` (the figure as its source states it) and `conversion` (the factor that
//     turns it into the dataset's flow unit, with its sources);
//   - nodes: `estimate` (a range for `production`) and `balance` (why inflow and outflow differ);
//   - dataset: `basis` (what every flow measures), `licence`, `materials`, `scenarios` (presets).
// v3 (the model of materials that cannot stand in for each other) adds:
//   - edges: `material` is required: every flow carries one material;
//   - nodes: `converter` (turns its inputs into its outputs, needing every input in its baseline
//     proportions), `stock` (tonnes of a material held at the node, a number or a figure with
//     its sources), `outside` (demand outside the modelled users, an end user like any other)
//     and `capacityEstimate` (a range for `capacity`);
//   - presets: `date`, `caption` and `sources` become optional.
// Within v3, optional (files without it are unchanged, so no version step):
//   - dataset: `periods`, monthly series (e.g. China's magnet exports to the US, 2025-01 to
//     2025-12), each point with its own sources and year, naming the flows it measures and its
//     baseline month. A month's what-if scales those flows (src/core/periods.ts).
//   - nodes: `geo`, where the node sits on the map and what that place rests on (geoSchema).
// Older files are lifted to this shape by migrations.ts (v2 and v1 in schemaV2.ts, schemaV1.ts).
import { z } from '../core/zod.ts';
import { interventionSchema } from '../core/interventions/index.ts';
import { NODE_MEASURES } from '../core/analysis/measures/measures.ts';
import { STAGES } from '../core/model.ts';
import {
  estimateNote,
  eventSchema,
  isPartialDate,
  needsNote,
  rampSchema,
  recipeSchema,
} from './schemaV4.ts';
import {
  DATASET_FORMAT,
  countryCode,
  edgeSchemaV1,
  estimateSchema,
  nodeSchemaV1,
  nonNegative,
  positiveFactor,
  sourceIds,
  sourceSchema,
  year,
} from './schemaV1.ts';

export { DATASET_FORMAT, estimateSchema, sourceSchema };
export {
  dayDate,
  estimateNote,
  eventSchema,
  isPartialDate,
  needsNote,
  rampSchema,
  recipeSchema,
} from './schemaV4.ts';
export const SCHEMA_VERSION = 3;
export const SCHEMA_VERSIONS = [1, 2, 3] as const;

/** The material a flow carries in a file written before every flow had to name one. */
export const DEFAULT_MATERIAL = 'unspecified';

/**
 * What a tonnage measures. Flows are added and balanced by the engine, so a dataset keeps every
 * flow on one basis; a figure reported on another basis needs a conversion factor.
 */
export const BASES = ['t REO', 'gross t', 't of magnets', 't of metal', 't of element'] as const;
export type Basis = (typeof BASES)[number];

export const noteText = z.string().trim().min(1);

/** The figure as its source states it, before any conversion. */
export const reportedSchema = z.object({
  value: nonNegative,
  /** How the source states it, e.g. "t", "t/month", "t/yr". */
  unit: z.string().min(1),
  basis: z.enum(BASES),
});

/** flow = reported.value × factor; the note says what the factor is made of. */
export const conversionSchema = z.object({
  factor: positiveFactor,
  note: noteText,
  sources: sourceIds.min(1),
});

/** Why a node's outflow differs from its inflow plus production (stocks, losses, exports…). */
export const balanceSchema = z.object({
  note: noteText,
  sources: sourceIds.optional(),
});

export const materialSchema = z.object({
  /** The name used on edges and in scenario filters, e.g. "NdFeB magnets". */
  id: z.string().min(1),
  notes: z.string().optional(),
});

const nodeId = z.string().min(1);
/** The Intervention union of src/core/scenario.ts, as a schema (declared with each kind). */
export { interventionSchema };

export const scenarioSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  date: z
    .string()
    .refine(isPartialDate, { message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' })
    .optional(),
  caption: noteText.optional(),
  sources: sourceIds.default([]),
  notes: z.string().optional(),
  interventions: z.array(interventionSchema),
});

const storyViewSchema = z.object({
  /** The node selected (and shown in Details) during the step. */
  selection: nodeId.optional(),
  /** A supply or customer tree to highlight. */
  focus: z.object({ node: nodeId, direction: z.enum(['upstream', 'downstream']) }).optional(),
  /** Nodes the camera frames; the whole graph when absent. */
  zoomTo: z.array(nodeId).optional(),
  // The rest of the view, so a step shows what its author saw (the explorer's defaults when absent).
  colourBy: z.enum(['stage', 'country']).optional(),
  /** A node measure (see core/analysis/measures/measures.ts), or "none". */
  sizeBy: z.enum(['none', ...NODE_MEASURES.map((m) => m.id)]).optional(),
  layout: z.enum(['layered', 'organic', 'map']).optional(),
  filters: z
    .object({
      stages: z.array(z.enum(STAGES)).default([]),
      countries: z.array(countryCode).default([]),
      materials: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});

/** One step of a story: a scenario (a preset, or interventions of its own), a view and a caption. */
export const storyStepSchema = z
  .object({
    title: noteText,
    caption: noteText,
    sources: sourceIds.default([]),
    preset: z.string().min(1).optional(),
    interventions: z.array(interventionSchema).optional(),
    view: storyViewSchema.default({}),
  })
  .refine((s) => (s.preset === undefined) !== (s.interventions === undefined), {
    message: 'a step needs either a preset or interventions (not both)',
  });

export const storySchema = z.object({
  id: z.string().min(1),
  title: noteText,
  description: z.string().optional(),
  steps: z.array(storyStepSchema).min(1),
});

/** A stock held at a node: tonnes, or tonnes with where the figure comes from. */
export const stockFigureSchema = z
  .object({
    tonnes: nonNegative,
    year: year.optional(),
    sources: sourceIds.optional(),
    estimate: estimateSchema.optional(),
    notes: z.string().optional(),
  })
  .refine(needsNote, estimateNote);

/** Keyed by material: `{ "NdPr": 133.7 }` or `{ "NdPr": { "tonnes": 133.7, "sources": [...] } }`. */
export const stockSchema = z.record(z.string().min(1), z.union([nonNegative, stockFigureSchema]));

/**
 * What a node's coordinates rest on: `plant` (a source gives the site itself), `town` (a source
 * names the town the plant is in; the coordinates are the town's, from a gazetteer) or
 * `country-centroid` (only the country is known; the point is its centroid, not a place).
 */
export const GEO_BASES = ['plant', 'town', 'country-centroid'] as const;
export type GeoBasis = (typeof GEO_BASES)[number];

/** Where a node sits on the map: degrees (WGS 84), what they rest on, and their sources. */
export const geoSchema = z.object({
  lat: z.number().finite().min(-90).max(90),
  lon: z.number().finite().min(-180).max(180),
  basis: z.enum(GEO_BASES),
  /** The place the coordinates stand for, in words ("Hanau am Main", "Germany"). */
  place: z.string().min(1).optional(),
  sources: sourceIds.optional(),
  notes: z.string().optional(),
});

export const nodeSchema = nodeSchemaV1
  .extend({
    estimate: estimateSchema.optional(),
    capacityEstimate: estimateSchema.optional(),
    balance: balanceSchema.optional(),
    converter: z.boolean().optional(),
    outside: z.boolean().optional(),
    stock: stockSchema.optional(),
    geo: geoSchema.optional(),
    recipes: z.array(recipeSchema).min(1).optional(),
    ramps: z.array(rampSchema).optional(),
  })
  .refine(needsNote, estimateNote);

export const edgeSchema = edgeSchemaV1
  .extend({
    material: z.string().min(1),
    reported: reportedSchema.optional(),
    conversion: conversionSchema.optional(),
  })
  .refine(needsNote, estimateNote);

/** A month, "2025-05": the key of a period series' points. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (text: string): boolean => MONTH.test(text);
const monthKey = z.string().refine(isMonth, { message: 'not a month (YYYY-MM, e.g. 2025-05)' });

/** One figure of a series: a month's tonnes as the source states them, with its sources. */
export const periodPointSchema = z
  .object({
    value: nonNegative,
    year,
    sources: sourceIds.min(1),
    estimate: estimateSchema.optional(),
    notes: z.string().optional(),
  })
  .refine(needsNote, estimateNote);

/** A flow a series measures: every flow from `source` to `target` (of `material`, when given). */
export const periodFlowSchema = z.object({
  source: nodeId,
  target: nodeId,
  material: z.string().min(1).optional(),
});

/**
 * A monthly series: figures keyed by month, in the series' own unit and basis (a month of China's
 * customs data is tonnes of product), and the baseline month they are read against. A month's
 * factor on `flows` is min(1, value / baseline.value); without a baseline or flows the series is
 * shown but scales nothing.
 */
export const periodSeriesSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  unit: z.string().min(1),
  basis: z.enum(BASES),
  baseline: periodPointSchema.optional(),
  flows: z.array(periodFlowSchema).default([]),
  notes: z.string().optional(),
  points: z.record(monthKey, periodPointSchema),
});

/**
 * The fields a dataset file has had the same way since version 2 (schemaV2.ts reads them from
 * here): what it is, its sources, materials and stories. A new field goes in datasetSchema, not
 * here, so version 2 stays as it was.
 */
export const datasetHeadFields = {
  format: z.literal(DATASET_FORMAT).default(DATASET_FORMAT),
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  year: year.optional(),
  basis: z.enum(BASES).optional(),
  licence: z.string().optional(),
  sources: z.array(sourceSchema).default([]),
  materials: z.array(materialSchema).default([]),
  stories: z.array(storySchema).default([]),
};

export const datasetSchema = z.object({
  ...datasetHeadFields,
  schemaVersion: z.literal(SCHEMA_VERSION),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  scenarios: z.array(scenarioSchema).default([]),
  periods: z.array(periodSeriesSchema).default([]),
  events: z.array(eventSchema).default([]),
});

export type RawDataset = z.infer<typeof datasetSchema>;
export type Source = Readonly<z.infer<typeof sourceSchema>>;
export type Material = Readonly<z.infer<typeof materialSchema>>;
export type Geo = Readonly<z.infer<typeof geoSchema>>;
export type StockFigure = Readonly<z.infer<typeof stockFigureSchema>>;
export type DatasetEdge = Readonly<z.infer<typeof edgeSchema>>;
/** A node after loading: the label defaults to the id. */
export type DatasetNode = Readonly<z.infer<typeof nodeSchema> & { label: string }>;
/** A preset what-if shipped with the dataset. */
export type ScenarioPreset = Readonly<z.infer<typeof scenarioSchema>>;

export type PeriodPoint = Readonly<z.infer<typeof periodPointSchema>>;
export type PeriodSeries = Readonly<z.infer<typeof periodSeriesSchema>>;
export type Recipe = Readonly<z.infer<typeof recipeSchema>>;
export type Ramp = Readonly<z.infer<typeof rampSchema>>;
export type DatedEvent = Readonly<z.infer<typeof eventSchema>>;
export type StoryStep = Readonly<z.infer<typeof storyStepSchema>>;
export type Story = Readonly<z.infer<typeof storySchema>>;

/**
 * A dataset after loading (loadDataset.ts): the schema's shape, read-only, with the title and
 * node labels filled in.
 */
export type Dataset = Readonly<
  Omit<
    RawDataset,
    | 'title'
    | 'sources'
    | 'materials'
    | 'nodes'
    | 'edges'
    | 'scenarios'
    | 'stories'
    | 'periods'
    | 'events'
  >
> & {
  readonly title: string;
  readonly sources: readonly Source[];
  readonly materials: readonly Material[];
  readonly nodes: readonly DatasetNode[];
  readonly edges: readonly DatasetEdge[];
  readonly scenarios: readonly ScenarioPreset[];
  /** Presentations: steps through scenarios with captions. */
  readonly stories: readonly Story[];
  /** Monthly series measured against the baseline (empty when the file has none). */
  readonly periods: readonly PeriodSeries[];
  /** Model v4: interventions in force between two days (empty when the file has none). */
  readonly events: readonly DatedEvent[];
};
