// What is kept of the user's work between visits: the dataset as opened, the document (scenario,
// view and the dataset's edits) and the stories, under a name. Each record carries its own
// schemaVersion; reading one checks it and lifts an older one to the current shape, and a record
// that cannot be read is refused with the reason, never half-loaded.
import { loadDataset } from '../data/loadDataset.ts';
import type { Dataset, Story } from '../data/schema.ts';
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

export function readSavedDocument(raw: unknown): ReadResult {
  if (!isObject(raw)) return { ok: false, error: 'not a saved document' };
  const version = raw.schemaVersion;
  const name = typeof raw.name === 'string' ? raw.name : 'Untitled';
  if (typeof raw.id !== 'string') return { ok: false, error: `${name}: has no id` };
  switch (version) {
    case SAVED_DOCUMENT_VERSION: {
      const loaded = loadDataset(raw.dataset);
      if (!loaded.ok) return { ok: false, error: `${name}: ${loaded.errors[0] ?? 'bad dataset'}` };
      const document = raw.document as AppDocument;
      const edits = (document.edits ?? []) as readonly DatasetEdit[];
      const edited = loadDataset(applyEdits(loaded.dataset, edits));
      if (!edited.ok) {
        return { ok: false, error: `${name}: its edits no longer fit: ${edited.errors[0] ?? ''}` };
      }
      return {
        ok: true,
        saved: {
          schemaVersion: SAVED_DOCUMENT_VERSION,
          id: raw.id,
          name,
          savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0,
          document,
          dataset: loaded.dataset,
          stories: Array.isArray(raw.stories) ? (raw.stories as Story[]) : loaded.dataset.stories,
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
