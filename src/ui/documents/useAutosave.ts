// Saves the user's work to IndexedDB as they go (a moment after each change): the dataset as
// opened, the document with its edits, and the stories. The bundled dataset is never written
// over: the first change to it, or opening another file, starts a new saved document. When
// storage fails the work carries on in memory, with a notice saying it will not survive a reload.
// A change still waiting is written at once when the page is hidden or left (a reload, a closed
// tab), so the last edit is not lost. When another tab has written the same document since this
// one read it, this tab's work is saved as a document of its own and the notice says so: neither
// tab's work is lost and the user chooses what to keep.
import { useEffect } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { SAVED_DOCUMENT_VERSION, type SavedDocument } from '../../state/savedDocument.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import {
  ChangedElsewhere,
  keepChange,
  saveDocument,
  saveDocumentNow,
  storageProblem,
} from './documentStorage.ts';
import { duringRestore } from './restore.ts';

const DELAY_MS = 400;

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `doc-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function changedFromBundled(s: AppState, bundled: Dataset): boolean {
  return (
    s.base !== bundled ||
    (s.history.present.edits ?? []).length > 0 ||
    s.stories !== bundled.stories
  );
}

/** What the notice says when this tab's work was kept apart from another tab's. */
export const keptApart = (was: string, now: string) =>
  `“${was}” was changed in another tab: this tab’s work is now saved apart, as “${now}”; the other tab’s work is kept too (see Documents).`;

const recordOf = (s: AppState, id: string, name: string): SavedDocument => ({
  schemaVersion: SAVED_DOCUMENT_VERSION,
  id,
  name,
  savedAt: Date.now(),
  dataset: s.base,
  document: s.history.present,
  stories: s.stories,
});

/** The saved document the work on screen goes to; null when there is nothing to save. */
function target(store: AppStore, bundled: Dataset): { id: string; name: string } | null {
  const s = store.getState();
  // The bundled data as it came is not saved: nothing to write, and nothing to say.
  if (s.persistence.id === null && !changedFromBundled(s, bundled)) return null;
  const id = s.persistence.id ?? newId();
  const name =
    s.persistence.id === null
      ? s.base === bundled
        ? `${bundled.title} (your copy)`
        : (s.importReport?.fileName ?? s.base.title)
      : s.persistence.name;
  return { id, name };
}

type Written = { written: false } | { written: true; apart: string | null };

/**
 * Writes the work on screen; a document another tab wrote since is not written over, the work is
 * saved apart instead. `write` is the storage call: the careful one, or the one for a page being
 * left. Says whether anything was written, and the notice when the work was kept apart.
 */
async function writeWork(
  store: AppStore,
  bundled: Dataset,
  write: (doc: SavedDocument) => Promise<void> = saveDocument,
): Promise<Written> {
  const to = target(store, bundled);
  if (to === null) return { written: false };
  const { id, name } = to;
  store.getState().setPersistence({ id, name, status: 'saving' });
  try {
    await write(recordOf(store.getState(), id, name));
    return { written: true, apart: null };
  } catch (error) {
    if (!(error instanceof ChangedElsewhere)) throw error;
    const apart = `${name} (this tab)`;
    const other = newId();
    await write(recordOf(store.getState(), other, apart));
    store.getState().setPersistence({ id: other, name: apart });
    return { written: true, apart: keptApart(name, apart) };
  }
}

/** The write for a page being left: issued at once, before the page goes. */
const writeNow = (doc: SavedDocument): Promise<void> =>
  saveDocumentNow(doc) ? Promise.resolve() : saveDocument(doc);

export function useAutosave(store: AppStore, bundled: Dataset): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Counts changes, so a write that ends after a newer change does not report it saved.
    let changes = 0;
    // The changes written so far: a change after them is waiting, or being written.
    let written = 0;
    let apart: string | null = null;
    const save = async (write?: (doc: SavedDocument) => Promise<void>) => {
      const upTo = changes;
      try {
        const done = await writeWork(store, bundled, write);
        written = Math.max(written, upTo);
        if (!done.written) return;
        // A storage problem ends with a write that works; a notice of work kept apart stays.
        apart = done.apart ?? apart;
        if (upTo === changes) {
          store.getState().setPersistence({ status: 'saved', message: apart });
        } else store.getState().setPersistence({ message: apart });
      } catch (error) {
        store.getState().setPersistence({ status: 'memory', message: storageProblem(error) });
      }
    };
    /**
     * Leaving or hiding the page: a change not yet written (waiting, or in a write that may not
     * finish now) is written at once, without waiting on a read.
     */
    const flush = () => {
      if (written === changes) return;
      clearTimeout(timer);
      void save(writeNow);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.base !== prev.base &&
        prev.persistence.id !== null &&
        s.persistence.id === prev.persistence.id
      ) {
        // Another file was opened: it becomes a document of its own.
        store.getState().setPersistence({ id: null, status: 'saving' });
      }
      if (
        s.base === prev.base &&
        s.history.present === prev.history.present &&
        s.stories === prev.stories
      ) {
        return;
      }
      // Saved work put back, or a link followed (the address holds the scenario and the view):
      // nothing new to write, and writing it would look like a change to another tab.
      if (duringRestore()) return;
      if (
        s.lastChange === 'navigate' &&
        s.base === prev.base &&
        s.stories === prev.stories &&
        s.history.present.edits === prev.history.present.edits
      ) {
        return;
      }
      // A change waits DELAY_MS to be written: until then the work is not saved, and says so.
      changes++;
      // Kept at once where the page cannot lose it, written to the database in a moment (a
      // file opened is a document of its own, with its dataset: written when the page is left).
      const { id, name } = s.persistence;
      if (id !== null && s.base === prev.base) keepChange(recordOf(s, id, name));
      if (s.persistence.status === 'saved') s.setPersistence({ status: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(() => void save(), DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, bundled]);
}
