// Work written as the page is left, kept in localStorage too. An IndexedDB transaction begun in
// `pagehide` is aborted when the page is torn down before it commits (Chromium does so on a
// reload a few milliseconds later: the last edits were lost), while a localStorage write is done
// when the call returns. So the write for a page being left also goes here, one entry per
// document, and the next load puts each entry into IndexedDB before it opens the current document.
// An entry is dropped once IndexedDB holds its write (the tab stayed, or the write got through).
import type { SavedDocument } from '../../state/savedDocument.ts';

const PREFIX = 'chokepoint-left:';

/** One document's work as the page was left, with the revisions it may be written over. */
export interface LeftBehind {
  /** The record, without its dataset when IndexedDB already held that document's dataset. */
  readonly record: Omit<SavedDocument, 'dataset'> & { readonly dataset?: unknown };
  /** The revision this write gave the record. */
  readonly revision: number;
  /**
   * The stored revisions this tab had read or was writing: the entry goes over any of them.
   * Empty: the document was new, and nothing should be stored under its id.
   */
  readonly over: readonly number[];
}

/** What to do with an entry, given the record IndexedDB holds under its id now. */
export type Settle = 'write' | 'done' | 'apart' | 'lost';

const revisionOf = (raw: unknown): number => {
  const r = (raw as { revision?: unknown } | undefined)?.revision;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
};
const savedAtOf = (raw: unknown): unknown => (raw as { savedAt?: unknown } | undefined)?.savedAt;

/**
 * `done`: the stored record is this write (it got through); `write`: the stored record is one
 * this tab had read, so the entry is newer; `apart`: another tab wrote the document since, so the
 * entry is kept as a document of its own; `lost`: nothing is stored and the entry has no dataset
 * (the document was deleted elsewhere) and cannot be put back.
 */
export function settle(entry: LeftBehind, stored: unknown): Settle {
  if (stored === undefined) return entry.record.dataset === undefined ? 'lost' : 'write';
  const revision = revisionOf(stored);
  if (revision === entry.revision && savedAtOf(stored) === entry.record.savedAt) return 'done';
  if (entry.over.includes(revision)) return 'write';
  return 'apart';
}

/** localStorage, or null where the browser refuses it (a sandbox, settings). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Keeps `entry`; false when it could not be (no storage, or full). */
export function keepLeftBehind(entry: LeftBehind): boolean {
  const s = storage();
  if (s === null) return false;
  try {
    s.setItem(PREFIX + entry.record.id, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the entry of document `id`; with `upTo`, only when it was written at or before it. */
export function dropLeftBehind(id: string, upTo?: number): void {
  const s = storage();
  if (s === null) return;
  try {
    const key = PREFIX + id;
    if (upTo !== undefined) {
      const text = s.getItem(key);
      if (text === null) return;
      const read = readEntry(id, text);
      if ('entry' in read && read.entry.record.savedAt > upTo) return;
    }
    s.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * A write of this tab's gave document `id` revision `revision`, from a record older than the
 * entry kept: the entry may go over that revision too.
 */
export function extendLeftBehind(id: string, revision: number): void {
  const s = storage();
  if (s === null) return;
  try {
    const text = s.getItem(PREFIX + id);
    if (text === null) return;
    const read = readEntry(id, text);
    if (!('entry' in read)) return;
    const over = [...read.entry.over, revision];
    s.setItem(PREFIX + id, JSON.stringify({ ...read.entry, over }));
  } catch {
    // Kept as it was: at worst it is saved apart on the next load, never lost.
  }
}

/** An entry as read back: the key's document id and the parsed value, or why it cannot be read. */
export type ReadEntry =
  | { readonly id: string; readonly entry: LeftBehind }
  | { readonly id: string; readonly error: string; readonly raw: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks the envelope; the record inside is read by readSavedDocument once its dataset is in. */
function readEntry(id: string, text: string): ReadEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { id, error: 'work kept when the page was left is not JSON', raw: text };
  }
  const ok =
    isObject(value) &&
    isObject(value.record) &&
    value.record.id === id &&
    typeof value.record.savedAt === 'number' &&
    typeof value.revision === 'number' &&
    Number.isInteger(value.revision) &&
    Array.isArray(value.over) &&
    value.over.every((r) => typeof r === 'number');
  if (!ok)
    return {
      id,
      error: 'work kept when the page was left is not in the expected shape',
      raw: text,
    };
  return { id, entry: value as unknown as LeftBehind };
}

/** Every entry kept, oldest write first. */
export function leftBehind(): ReadEntry[] {
  const s = storage();
  if (s === null) return [];
  const out: ReadEntry[] = [];
  try {
    for (let k = 0; k < s.length; k++) {
      const key = s.key(k);
      if (key === null || !key.startsWith(PREFIX)) continue;
      const text = s.getItem(key);
      if (text !== null) out.push(readEntry(key.slice(PREFIX.length), text));
    }
  } catch {
    return out;
  }
  const at = (r: ReadEntry) => ('entry' in r ? r.entry.record.savedAt : 0);
  return out.sort((a, b) => at(a) - at(b));
}
