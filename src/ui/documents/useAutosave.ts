// Saves the user's work to IndexedDB as they go (a moment after each change): the dataset as
// opened, the document with its edits, and the stories. The bundled dataset is never written
// over: the first change to it, or opening another file, starts a new saved document. When
// storage fails the work carries on in memory, with a notice saying it will not survive a reload.
import { useEffect } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { SAVED_DOCUMENT_VERSION } from '../../state/savedDocument.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { saveDocument, storageProblem } from './documentStorage.ts';

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

export function useAutosave(store: AppStore, bundled: Dataset): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Counts changes, so a write that ends after a newer change does not report it saved.
    let changes = 0;
    const save = async () => {
      const written = changes;
      const s = store.getState();
      if (s.persistence.id === null && !changedFromBundled(s, bundled)) return;
      const id = s.persistence.id ?? newId();
      const name =
        s.persistence.id === null
          ? s.base === bundled
            ? `${bundled.title} (your copy)`
            : (s.importReport?.fileName ?? s.base.title)
          : s.persistence.name;
      s.setPersistence({ id, name, status: 'saving' });
      try {
        await saveDocument({
          schemaVersion: SAVED_DOCUMENT_VERSION,
          id,
          name,
          savedAt: Date.now(),
          dataset: s.base,
          document: s.history.present,
          stories: s.stories,
        });
        if (written === changes)
          store.getState().setPersistence({ status: 'saved', message: null });
      } catch (error) {
        store.getState().setPersistence({ status: 'memory', message: storageProblem(error) });
      }
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
      if (s.persistence.status === 'saved') s.setPersistence({ status: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(() => void save(), DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, bundled]);
}
