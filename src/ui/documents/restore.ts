// Puts a saved document back on screen: its dataset, its document (scenario, view, edits) and
// its stories, and remembers which saved document is open. At start the page waits a little
// for the saved work; an answer that comes later is still taken (put on screen if the user has
// not started on the bundled data meanwhile, or said to be unreadable), never dropped. Work kept
// in localStorage as a page was left is put into the database first (leftBehind.ts).
import type { SavedDocument } from '../../state/savedDocument.ts';
import type { AppStore } from '../../state/store.ts';
import { currentDocument, markOpen, recoverLeftBehind, storageProblem } from './documentStorage.ts';

let restoring = false;

/** Whether a store change comes from putting saved work back: it is not new work to write. */
export const duringRestore = () => restoring;

export function restoreSaved(store: AppStore, saved: SavedDocument): void {
  const s = store.getState();
  restoring = true;
  try {
    s.restoreDocument(saved.dataset, saved.document, saved.stories);
  } finally {
    restoring = false;
  }
  markOpen(saved);
  store
    .getState()
    .setPersistence({ id: saved.id, name: saved.name, status: 'saved', message: null });
}

type Read = { saved: SavedDocument | null; said: string[] } | { error: unknown };

/** The work kept as pages were left goes in first (leftBehind.ts); then the open document. */
async function readCurrent(): Promise<{ saved: SavedDocument | null; said: string[] }> {
  const said = await recoverLeftBehind().catch((error: unknown) => [storageProblem(error)]);
  return { saved: await currentDocument(), said };
}

/** The document the user had open last, back on screen; how long the page waits for it first. */
export async function restoreAtStart(store: AppStore, waitMs = 2_000): Promise<void> {
  const start = store.getState();
  const read: Promise<Read> = readCurrent().catch((error: unknown) => ({ error }));
  const settle = (r: Read) => {
    if ('error' in r) {
      store.getState().setPersistence({ status: 'memory', message: storageProblem(r.error) });
      return;
    }
    const now = store.getState();
    const untouched =
      now.base === start.base &&
      now.history.present === start.history.present &&
      now.stories === start.stories;
    if (r.saved !== null && untouched) restoreSaved(store, r.saved);
    if (r.said.length > 0) store.getState().setPersistence({ message: r.said.join(' ') });
  };
  const first = await Promise.race([
    read,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs)),
  ]);
  if (first !== null) settle(first);
  else void read.then(settle);
}
