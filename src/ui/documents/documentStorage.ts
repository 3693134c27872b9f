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
import {
  dropLeftBehind,
  extendLeftBehind,
  keepLeftBehind,
  leftBehind,
  settle,
} from './leftBehind.ts';

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
/** The revision a careful write still under way gives each document. */
const writing = new Map<string, number>();
/** When the newest record this tab wrote at once (a page being left) was made, by document. */
const writtenNow = new Map<string, number>();

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
  // A record made before one this tab has written since (the page was hidden meanwhile) is stale.
  if (doc.savedAt < (writtenNow.get(doc.id) ?? 0)) {
    await tx.done;
    return;
  }
  const revision = stored === undefined ? 1 : revisionOf(stored) + 1;
  writing.set(doc.id, revision);
  try {
    await Promise.all([
      documents.put({ ...doc, revision }),
      tx.objectStore('meta').put(doc.id, CURRENT),
      tx.done,
    ]);
  } finally {
    if (writing.get(doc.id) === revision) writing.delete(doc.id);
  }
  known.set(doc.id, revision);
  announce(doc.id, revision);
  // What was kept of this document up to this record is in now; a newer change may go over it.
  dropLeftBehind(doc.id, doc.savedAt);
  extendLeftBehind(doc.id, revision);
}

/**
 * Keeps a change of a document this tab has read or written in localStorage at once, before the
 * careful write a moment later: a tab closed or killed before that (even with no time for its
 * `pagehide`) loses nothing. Documents not yet stored are written when the page is left.
 */
export function keepChange(doc: SavedDocument): void {
  const mine = known.get(doc.id);
  if (mine === undefined) return;
  const under = writing.get(doc.id);
  const over = [mine, under].filter((r): r is number => r !== undefined);
  keepLeftBehind({ record: { ...doc, dataset: undefined }, revision: Math.max(...over) + 1, over });
}

/**
 * Writes `doc` at once, for a page being left: no read comes back in time then, so the check is
 * against what this tab has heard of other tabs' writes, and a document written elsewhere is not
 * written over (ChangedElsewhere). The write is kept in localStorage as well, which is done when
 * the call returns (leftBehind.ts): the IndexedDB transaction may be cut off with the page.
 * False when neither could be begun (no localStorage, and the database never opened here).
 */
export function saveDocumentNow(doc: SavedDocument): boolean {
  const mine = known.get(doc.id);
  const other = heard.get(doc.id);
  if (mine !== undefined && other !== undefined && other > mine) {
    throw new ChangedElsewhere(`“${doc.name}” was changed in another tab`);
  }
  const under = writing.get(doc.id);
  const over = [mine, under].filter((r): r is number => r !== undefined);
  const revision = Math.max(0, ...over) + 1;
  // The dataset only for a document this tab never read or wrote: otherwise it is stored.
  const record = mine === undefined ? doc : { ...doc, dataset: undefined };
  const kept = keepLeftBehind({ record, revision, over });
  writtenNow.set(doc.id, doc.savedAt);
  if (opened === undefined) return kept;
  const tx = opened.transaction(['documents', 'meta'], 'readwrite');
  void tx.objectStore('documents').put({ ...doc, revision });
  void tx.objectStore('meta').put(doc.id, CURRENT);
  // Asks for the commit now, rather than when this task ends (the page may be gone by then).
  tx.commit();
  tx.done.then(
    () => dropLeftBehind(doc.id, doc.savedAt),
    () => undefined,
  );
  known.set(doc.id, revision);
  announce(doc.id, revision);
  return true;
}

/**
 * Puts the work kept as pages were left into the database: over the record its tab had read, as a
 * document of its own when another tab wrote the record since (said in the messages returned),
 * and the newest becomes the open document when it is newer than the open one.
 */
export async function recoverLeftBehind(): Promise<string[]> {
  const entries = leftBehind();
  if (entries.length === 0) return [];
  const d = await database();
  const messages: string[] = [];
  let newest: { id: string; savedAt: number } | null = null;
  for (const read of entries) {
    if (!('entry' in read)) {
      rememberUnreadable(read.error, read.raw);
      messages.push(`Your last changes could not be read (${read.error}).`);
      dropLeftBehind(read.id);
      continue;
    }
    const { entry } = read;
    const tx = d.transaction(['documents', 'meta'], 'readwrite');
    const stored: unknown = await tx.objectStore('documents').get(read.id);
    const how = settle(entry, stored);
    const storedDataset =
      typeof stored === 'object' && stored !== null && 'dataset' in stored
        ? stored.dataset
        : undefined;
    const dataset = entry.record.dataset ?? storedDataset;
    let id = read.id;
    let name = entry.record.name;
    if (how === 'apart') {
      id = `${read.id}-${entry.record.savedAt}`;
      name = `${entry.record.name} (kept on leaving)`;
      messages.push(
        `“${entry.record.name}” was changed in another tab before your last changes were written: they are saved apart, as “${name}” (see Documents).`,
      );
    }
    if (how === 'write' || how === 'apart') {
      const record = { ...entry.record, id, name, dataset };
      const checked = readSavedDocument(record);
      if (!checked.ok) {
        rememberUnreadable(checked.error, record);
        messages.push(`Your last changes could not be read (${checked.error}).`);
      } else {
        const revision = how === 'apart' ? 1 : revisionOf(stored) + 1;
        await tx.objectStore('documents').put({ ...record, revision });
        announce(id, revision);
        if (newest === null || entry.record.savedAt > newest.savedAt) {
          newest = { id, savedAt: entry.record.savedAt };
        }
      }
    }
    await tx.done;
    dropLeftBehind(read.id);
  }
  if (newest !== null) await makeCurrentIfNewer(d, newest);
  return messages;
}

/** The document becomes the open one unless the open one was saved after it. */
async function makeCurrentIfNewer(
  d: IDBPDatabase<Schema>,
  doc: { id: string; savedAt: number },
): Promise<void> {
  const tx = d.transaction(['documents', 'meta'], 'readwrite');
  const current: unknown = await tx.objectStore('meta').get(CURRENT);
  const open: unknown =
    typeof current === 'string' ? await tx.objectStore('documents').get(current) : undefined;
  const at = (open as { savedAt?: unknown } | undefined)?.savedAt;
  if (typeof at !== 'number' || at <= doc.savedAt) {
    await tx.objectStore('meta').put(doc.id, CURRENT);
  }
  await tx.done;
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
