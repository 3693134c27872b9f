// Puts a saved document back on screen: its dataset, its document (scenario, view, edits) and
// its stories, and remembers which saved document is open.
import type { SavedDocument } from '../../state/savedDocument.ts';
import type { AppStore } from '../../state/store.ts';

export function restoreSaved(store: AppStore, saved: SavedDocument): void {
  const s = store.getState();
  s.restoreDocument(saved.dataset, saved.document, saved.stories);
  store
    .getState()
    .setPersistence({ id: saved.id, name: saved.name, status: 'saved', message: null });
}
