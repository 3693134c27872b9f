// Keeps the address bar a view of the document: edits and undo push a history entry; the
// browser's back/forward (popstate) bring the document back. Hostile links give notices only.
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../data/schema.ts';
import { documentToSearch, searchToDocument, type UrlContext } from '../state/url.ts';
import type { AppStore } from '../state/store.ts';

/** Parameters that belong to the page, not the document, and are carried along. */
const PAGE_PARAMS = ['embed', 'story', 'step'];

export function urlContext(dataset: Dataset, measures: readonly string[]): UrlContext {
  return {
    nodeIds: new Set(dataset.nodes.map((n) => n.id)),
    edgeCount: dataset.edges.length,
    countries: new Set(dataset.nodes.map((n) => n.country)),
    materials: new Set(
      dataset.edges.flatMap((e) => (e.material === undefined ? [] : [e.material])),
    ),
    measures: new Set(measures),
  };
}

function pageParams(): Record<string, string> {
  const here = new URLSearchParams(window.location.search);
  const out: Record<string, string> = {};
  for (const k of PAGE_PARAMS) {
    const v = here.get(k);
    if (v !== null) out[k] = v;
  }
  return out;
}

export function useUrlSync(store: AppStore, measures: readonly string[]): void {
  const dataset = store.getState().dataset;
  const ctx = useMemo(() => urlContext(dataset, measures), [dataset, measures]);

  // Read the link the page was opened with, and follow back/forward.
  useEffect(() => {
    const follow = () => {
      const parsed = searchToDocument(window.location.search, ctx);
      store.getState().navigateTo(parsed.document, parsed.notices);
    };
    follow();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [store, ctx]);

  // Write edits into the address bar.
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.history.present === prev.history.present) return;
        if (state.lastChange !== 'edit' && state.lastChange !== 'undo') return;
        const search = documentToSearch(state.history.present, pageParams());
        if (search !== window.location.search) {
          window.history.pushState(
            null,
            '',
            `${window.location.pathname}${search}${window.location.hash}`,
          );
        }
      }),
    [store],
  );
}
