// What is kept of the user's work between visits: the dataset as opened, the document (scenario,
// view and the dataset's edits) and the stories, under a name. Each record carries its own
// schemaVersion; reading one checks it and lifts an older one to the current shape, and a record
// that cannot be read is refused with the reason, never half-loaded.
import { z } from '../core/zod.ts';
import { STAGES } from '../core/model.ts';
import { formatZodIssues } from '../data/errors.ts';
import { loadDataset } from '../data/loadDataset.ts';
import {
  edgeSchema,
  interventionSchema,
  nodeSchema,
  sourceSchema,
  storySchema,
  type Dataset,
  type Story,
} from '../data/schema.ts';
import { applyEdits, type DatasetEdit } from '../data/edits.ts';
import type { AppDocument } from './document.ts';

/**
 * Version 1 is the first. The dataset inside a record is read by the dataset loader, so a
 * dataset saved in an older dataset format is migrated by the dataset migrations; a change to the
 * record itself gets version 2 and a case in readSavedDocument.
 */
export const SAVED_DOCUMENT_VERSION = 1;

export interface SavedDocument {
  readonly schemaVersion: typeof SAVED_DOCUMENT_VERSION;
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
  readonly dataset: Dataset;
  readonly document: AppDocument;
  readonly stories: readonly Story[];
  /**
   * Counts the writes of this record (absent: never counted, as in records from before it was):
   * a tab writes only over the revision it last read or wrote, so two tabs on one document
   * cannot overwrite each other's work unnoticed.
   */
  readonly revision?: number;
}

/** A summary for the Documents list, without the dataset. */
export interface DocumentEntry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
  readonly nodes: number;
  readonly flows: number;
}

export type ReadResult = { ok: true; saved: SavedDocument } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const editSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('put-node'),
    id: z.string().nullable(),
    node: z.intersection(nodeSchema, z.object({ label: z.string() })),
  }),
  z.object({ type: z.literal('delete-node'), id: z.string() }),
  z.object({ type: z.literal('put-edge'), index: z.int().min(0).nullable(), edge: edgeSchema }),
  z.object({ type: z.literal('delete-edge'), index: z.int().min(0) }),
  z.object({ type: z.literal('put-source'), id: z.string().nullable(), source: sourceSchema }),
]);

const viewSchema = z.object({
  selection: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('node'), id: z.string() }),
      z.object({ type: z.literal('edge'), index: z.int().min(0) }),
    ])
    .nullable(),
  colourBy: z.enum(['stage', 'country']),
  sizeBy: z.string(),
  layout: z.enum(['layered', 'organic', 'map']),
  filters: z.object({
    stages: z.array(z.enum(STAGES)),
    countries: z.array(z.string()),
    materials: z.array(z.string()),
  }),
  focus: z.object({ node: z.string(), direction: z.enum(['upstream', 'downstream']) }).nullable(),
  period: z.string().optional(),
});

/** The document (scenario, view, edits) as kept: every field is checked before it is used. */
export const appDocumentSchema = z.object({
  scenario: z.array(z.object({ intervention: interventionSchema, enabled: z.boolean() })),
  view: viewSchema,
  edits: z.array(editSchema).optional(),
});

/** A record of the current version; the dataset inside is the dataset loader's to read. */
const recordSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  savedAt: z.number().optional(),
  dataset: z.unknown(),
  document: appDocumentSchema,
  stories: z.array(storySchema).optional(),
  revision: z.int().min(0).optional(),
});

export function readSavedDocument(raw: unknown): ReadResult {
  if (!isObject(raw)) return { ok: false, error: 'not a saved document' };
  const version = raw.schemaVersion;
  const name = typeof raw.name === 'string' ? raw.name : 'Untitled';
  if (typeof raw.id !== 'string') return { ok: false, error: `${name}: has no id` };
  switch (version) {
    case SAVED_DOCUMENT_VERSION: {
      const record = recordSchema.safeParse(raw);
      if (!record.success) {
        const first = formatZodIssues(record.error.issues, raw)[0] ?? 'not readable';
        return { ok: false, error: `${name}: ${first}` };
      }
      const loaded = loadDataset(record.data.dataset);
      if (!loaded.ok) return { ok: false, error: `${name}: ${loaded.errors[0] ?? 'bad dataset'}` };
      const { edits: kept, ...rest } = record.data.document;
      const document: AppDocument = kept === undefined ? rest : { ...rest, edits: kept };
      const edits: readonly DatasetEdit[] = kept ?? [];
      const edited = loadDataset(applyEdits(loaded.dataset, edits));
      if (!edited.ok) {
        return { ok: false, error: `${name}: its edits no longer fit: ${edited.errors[0] ?? ''}` };
      }
      const stories: readonly Story[] = record.data.stories ?? loaded.dataset.stories;
      return {
        ok: true,
        saved: {
          schemaVersion: SAVED_DOCUMENT_VERSION,
          id: record.data.id,
          name,
          savedAt: record.data.savedAt ?? 0,
          document,
          dataset: loaded.dataset,
          stories,
          ...(record.data.revision === undefined ? {} : { revision: record.data.revision }),
        },
      };
    }
    default:
      return {
        ok: false,
        error: `${name}: saved by a newer version of Chokepoint (document version ${String(version)})`,
      };
  }
}

export function entryOf(saved: SavedDocument): DocumentEntry {
  const edited = applyEdits(saved.dataset, saved.document.edits ?? []);
  return {
    id: saved.id,
    name: saved.name,
    savedAt: saved.savedAt,
    nodes: edited.nodes.length,
    flows: edited.edges.length,
  };
}
