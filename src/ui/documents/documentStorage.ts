// Saved work in the browser's IndexedDB, through `idb` (a small promise wrapper over the real
// API that adds nothing of its own: typed stores and transactions, ~1 kB). Dexie would bring a
// query layer and live queries this needs none of. Every call may fail (private mode, storage
// full, a blocked upgrade): callers get the error and keep working in memory.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  entryOf,
  readSavedDocument,
  type DocumentEntry,
  type SavedDocument,
} from '../../state/savedDocument.ts';

/**
 * What is read back is whatever the browser kept, possibly written by another version: the
 * stores hold `unknown`, so each record is read by readSavedDocument and each id checked.
 */
interface Schema extends DBSchema {
  documents: { key: string; value: unknown };
  meta: { key: string; value: unknown };
}

/** A saved record that cannot be read: its name and why. */
export class UnreadableDocument extends Error {}

const DB_NAME = 'chokepoint';
const CURRENT = 'current';

let db: Promise<IDBPDatabase<Schema>> | undefined;

function database(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new Error('this browser offers no IndexedDB (private mode?)'));
  }
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('documents', { keyPath: 'id' });
      d.createObjectStore('meta');
    },
  });
  db.catch(() => {
    db = undefined;
  });
  return db;
}

export async function saveDocument(doc: SavedDocument): Promise<void> {
  const d = await database();
  const tx = d.transaction(['documents', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('documents').put(doc),
    tx.objectStore('meta').put(doc.id, CURRENT),
    tx.done,
  ]);
}

/** The document the user had open last, if it can still be read. */
export async function currentDocument(): Promise<SavedDocument | null> {
  const d = await database();
  const id: unknown = await d.get('meta', CURRENT);
  if (id === undefined) return null;
  if (typeof id !== 'string') throw new UnreadableDocument('the open document’s id is not text');
  return openDocument(id);
}

export async function openDocument(id: string): Promise<SavedDocument | null> {
  const d = await database();
  const raw: unknown = await d.get('documents', id);
  if (raw === undefined) return null;
  const read = readSavedDocument(raw);
  if (!read.ok) throw new UnreadableDocument(read.error);
  return read.saved;
}

export async function forgetCurrent(): Promise<void> {
  const d = await database();
  await d.delete('meta', CURRENT);
}

export async function listDocuments(): Promise<DocumentEntry[]> {
  const d = await database();
  const all: unknown[] = await d.getAll('documents');
  return all
    .map((raw) => readSavedDocument(raw))
    .flatMap((r) => (r.ok ? [entryOf(r.saved)] : []))
    .sort((a, b) => b.savedAt - a.savedAt);
}

export async function renameDocument(id: string, name: string): Promise<void> {
  const doc = await openDocument(id);
  if (doc === null) return;
  const d = await database();
  await d.put('documents', { ...doc, name });
}

export async function duplicateDocument(id: string, newId: string): Promise<void> {
  const doc = await openDocument(id);
  if (doc === null) return;
  const d = await database();
  await d.put('documents', { ...doc, id: newId, name: `${doc.name} (copy)`, savedAt: Date.now() });
}

export async function deleteDocument(id: string): Promise<void> {
  const d = await database();
  await d.delete('documents', id);
}

/** A message a person can act on, for a failed save or a saved document that cannot be read. */
export function storageProblem(error: unknown): string {
  if (error instanceof UnreadableDocument) {
    return `Your saved work could not be read (${error.message}): the bundled data is shown instead.`;
  }
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage is full: your work is kept in this tab only and will not survive a reload. Free some space or export the dataset.';
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Your work cannot be saved in this browser (${reason}): it is kept in this tab only and will not survive a reload. Export the dataset to keep it.`;
}
