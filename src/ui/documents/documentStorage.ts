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

/** A saved record that cannot be read: its name and why, and the record as it was kept. */
export class UnreadableDocument extends Error {
  constructor(
    message: string,
    readonly record: unknown = undefined,
  ) {
    super(message);
  }
}

/** The last saved record found unreadable, kept so the user can download it. */
let unreadable: { readonly error: string; readonly record: unknown } | null = null;

export const unreadableRecord = () => unreadable;

/** Keeps a record found unreadable (null: forget it). */
export function rememberUnreadable(error: string | null, record?: unknown): void {
  unreadable = error === null ? null : { error, record };
}

/** The unreadable record as JSON text, as far as it is JSON; what cannot be is said so. */
export function unreadableText(record: unknown): string {
  try {
    return (
      JSON.stringify(record, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2) ??
      'null'
    );
  } catch (error) {
    return JSON.stringify({ unreadable: error instanceof Error ? error.message : String(error) });
  }
}

/** The document was written by another tab (or window) since this one last read or wrote it. */
export class ChangedElsewhere extends Error {}

/** The revision of each saved document as this tab last read or wrote it. */
const known = new Map<string, number>();

const revisionOf = (raw: unknown): number => {
  const r = (raw as { revision?: unknown } | undefined)?.revision;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
};

const DB_NAME = 'chokepoint';
const CURRENT = 'current';

let db: Promise<IDBPDatabase<Schema>> | undefined;
/** The database once open, for a write that cannot wait for it (the page is being left). */
let opened: IDBPDatabase<Schema> | undefined;

/** Other tabs' writes, heard as they happen: the newest revision of each document. */
const heard = new Map<string, number>();
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('chokepoint-documents');
channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data as { id?: unknown; revision?: unknown } | null;
  if (typeof m?.id === 'string' && typeof m.revision === 'number') {
    heard.set(m.id, Math.max(heard.get(m.id) ?? 0, m.revision));
  }
});
const announce = (id: string, revision: number) => channel?.postMessage({ id, revision });

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
  db.then(
    (d) => {
      opened = d;
    },
    () => {
      db = undefined;
    },
  );
  return db;
}

/**
 * Writes `doc` over the revision this tab knows of it, in one transaction: if another tab wrote
 * it since, nothing is written and ChangedElsewhere says so. The record's revision is counted up.
 */
export async function saveDocument(doc: SavedDocument): Promise<void> {
  const d = await database();
  const tx = d.transaction(['documents', 'meta'], 'readwrite');
  const documents = tx.objectStore('documents');
  const stored: unknown = await documents.get(doc.id);
  const mine = known.get(doc.id);
  if (stored !== undefined && revisionOf(stored) !== mine) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ChangedElsewhere(`“${doc.name}” was changed in another tab`);
  }
  const revision = stored === undefined ? 1 : revisionOf(stored) + 1;
  await Promise.all([
    documents.put({ ...doc, revision }),
    tx.objectStore('meta').put(doc.id, CURRENT),
    tx.done,
  ]);
  known.set(doc.id, revision);
  announce(doc.id, revision);
}

/**
 * Writes `doc` at once, for a page being left: no read comes back in time then, so the check is
 * against what this tab has heard of other tabs' writes, and a document written elsewhere is not
 * written over (ChangedElsewhere). False when the database was never opened in this tab.
 */
export function saveDocumentNow(doc: SavedDocument): boolean {
  if (opened === undefined) return false;
  const mine = known.get(doc.id);
  const other = heard.get(doc.id);
  if (mine !== undefined && other !== undefined && other > mine) {
    throw new ChangedElsewhere(`“${doc.name}” was changed in another tab`);
  }
  const revision = (mine ?? 0) + 1;
  const tx = opened.transaction(['documents', 'meta'], 'readwrite');
  void tx.objectStore('documents').put({ ...doc, revision });
  void tx.objectStore('meta').put(doc.id, CURRENT);
  tx.done.catch(() => undefined);
  known.set(doc.id, revision);
  announce(doc.id, revision);
  return true;
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
  if (!read.ok) {
    rememberUnreadable(read.error, raw);
    throw new UnreadableDocument(read.error, raw);
  }
  return read.saved;
}

/** The document is open in this tab now: its saves go over the revision it was read at. */
export function markOpen(saved: SavedDocument): void {
  known.set(saved.id, saved.revision ?? 0);
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

/** Renames a saved document: a write like any other, so a tab with it open hears of it. */
export async function renameDocument(id: string, name: string): Promise<void> {
  const d = await database();
  const tx = d.transaction('documents', 'readwrite');
  const raw: unknown = await tx.store.get(id);
  if (raw === undefined) return;
  const read = readSavedDocument(raw);
  if (!read.ok) throw new UnreadableDocument(read.error, raw);
  const revision = revisionOf(raw) + 1;
  // The record as it was read (readSavedDocument accepted it), with its new name and revision.
  await Promise.all([tx.store.put(Object.assign({}, raw, { name, revision })), tx.done]);
  announce(id, revision);
  // Only a tab that was up to date stays so: one behind still hears of the other tab's change.
  if (known.get(id) === revision - 1) known.set(id, revision);
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
