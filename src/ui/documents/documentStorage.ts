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

interface Schema extends DBSchema {
  documents: { key: string; value: SavedDocument };
  meta: { key: string; value: string };
}

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
  const id = await d.get('meta', CURRENT);
  if (id === undefined) return null;
  return openDocument(id);
}

export async function openDocument(id: string): Promise<SavedDocument | null> {
  const d = await database();
  const raw: unknown = await d.get('documents', id);
  if (raw === undefined) return null;
  const read = readSavedDocument(raw);
  if (!read.ok) throw new Error(read.error);
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

/** A message a person can act on, for a failed save. */
export function storageProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage is full: your work is kept in this tab only and will not survive a reload. Free some space or export the dataset.';
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Your work cannot be saved in this browser (${reason}): it is kept in this tab only and will not survive a reload. Export the dataset to keep it.`;
}
