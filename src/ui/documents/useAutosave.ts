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
import { ChangedElsewhere, saveDocument, storageProblem } from './documentStorage.ts';

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

/**
 * Writes the work on screen; a document another tab wrote since is not written over. Says
 * whether anything was written, and the notice when the work was kept apart.
 */
async function writeWork(
  store: AppStore,
  bundled: Dataset,
): Promise<{ written: false } | { written: true; apart: string | null }> {
  const s = store.getState();
  // The bundled data as it came is not saved: nothing to write, and nothing to say.
  if (s.persistence.id === null && !changedFromBundled(s, bundled)) return { written: false };
  const id = s.persistence.id ?? newId();
  const name =
    s.persistence.id === null
      ? s.base === bundled
        ? `${bundled.title} (your copy)`
        : (s.importReport?.fileName ?? s.base.title)
      : s.persistence.name;
  s.setPersistence({ id, name, status: 'saving' });
  try {
    await saveDocument(recordOf(s, id, name));
    return { written: true, apart: null };
  } catch (error) {
    if (!(error instanceof ChangedElsewhere)) throw error;
    const apart = `${name} (this tab)`;
    const other = newId();
    await saveDocument(recordOf(store.getState(), other, apart));
    store.getState().setPersistence({ id: other, name: apart });
    return { written: true, apart: keptApart(name, apart) };
  }
}

export function useAutosave(store: AppStore, bundled: Dataset): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false;
    // Counts changes, so a write that ends after a newer change does not report it saved.
    let changes = 0;
    let apart: string | null = null;
    const save = async () => {
      waiting = false;
      const written = changes;
      try {
        const done = await writeWork(store, bundled);
        if (!done.written) return;
        // A storage problem ends with a write that works; a notice of work kept apart stays.
        apart = done.apart ?? apart;
        if (written === changes) {
          store.getState().setPersistence({ status: 'saved', message: apart });
        } else store.getState().setPersistence({ message: apart });
      } catch (error) {
        store.getState().setPersistence({ status: 'memory', message: storageProblem(error) });
      }
    };
    /** Leaving or hiding the page: what waits is written now. */
    const flush = () => {
      if (!waiting) return;
      clearTimeout(timer);
      void save();
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
      // A change waits DELAY_MS to be written: until then the work is not saved, and says so.
      changes++;
      waiting = true;
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
