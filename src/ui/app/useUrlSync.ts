// Keeps the address bar a view of the document: edits and undo push a history entry; the
// browser's back/forward bring the document back. A story link (?story=ID&step=N) shows that
// step's document. Hostile links give notices only.
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { documentToSearch, searchToDocument, type UrlContext } from '../../state/url.ts';
import { stepDocument } from '../../state/stories.ts';
import type { AppStore } from '../../state/store.ts';
import { NAVIGATE_EVENT, readPageParams } from './pageParams.ts';
import { periodMonths } from '../../core/periods.ts';

export function urlContext(dataset: Dataset, measures: readonly string[]): UrlContext {
  return {
    nodeIds: new Set(dataset.nodes.map((n) => n.id)),
    edgeCount: dataset.edges.length,
    countries: new Set(dataset.nodes.map((n) => n.country)),
    materials: new Set(
      dataset.edges.flatMap((e) => (e.material === undefined ? [] : [e.material])),
    ),
    measures: new Set(measures),
    months: new Set(periodMonths(dataset.periods)),
  };
}

export function useUrlSync(store: AppStore, measures: readonly string[]): void {
  const dataset = store.getState().dataset;
  const ctx = useMemo(() => urlContext(dataset, measures), [dataset, measures]);

  // Read the link the page was opened with, and follow navigation.
  useEffect(() => {
    const follow = () => {
      const page = readPageParams();
      const s = store.getState();
      if (page.story !== null) {
        const story = s.stories.find((x) => x.id === page.story);
        const step = story?.steps[Math.min(page.step, story.steps.length - 1)];
        if (story !== undefined && step !== undefined) {
          s.navigateTo(stepDocument(s.dataset, step), []);
          return;
        }
        s.navigateTo(searchToDocument('', ctx).document, [
          `no story "${page.story.slice(0, 60)}" in this dataset`,
        ]);
        return;
      }
      const parsed = searchToDocument(window.location.search, ctx);
      s.navigateTo(parsed.document, parsed.notices);
    };
    follow();
    window.addEventListener('popstate', follow);
    window.addEventListener(NAVIGATE_EVENT, follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener(NAVIGATE_EVENT, follow);
    };
  }, [store, ctx]);

  // Write edits into the address bar (not while presenting: a story step is its own link).
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.history.present === prev.history.present) return;
        if (state.lastChange !== 'edit' && state.lastChange !== 'undo') return;
        const page = readPageParams();
        if (page.story !== null) return;
        const search = documentToSearch(state.history.present, page.embed ? { embed: '1' } : {});
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
