// Keeps the address bar a view of the document: edits and undo push a history entry; the
// browser's back/forward bring the document back. A story link (?story=ID&step=N) shows that
// step's document. Hostile links give notices only.
import { useEffect, useMemo, useState } from 'react';
import { datasetFacts } from '../../core/interventions/index.ts';
import { datasetFingerprint } from '../../data/fingerprint.ts';
import type { Dataset } from '../../data/schema.ts';
import {
  documentToSearch,
  pageNotices,
  searchToDocument,
  type UrlContext,
} from '../../state/url.ts';
import { stepDocument } from '../../state/stories.ts';
import type { AppStore } from '../../state/store.ts';
import { NAVIGATE_EVENT, readPageParams } from '../kit/pageParams.ts';
import { periodMonths } from '../../core/periods.ts';

export function urlContext(dataset: Dataset, measures: readonly string[]): UrlContext {
  return {
    // Ids, countries and the flows themselves: a link's references are checked here, before
    // anything reaches the engine (a flow that does not exist is a notice, not an engine error).
    ...datasetFacts(dataset),
    edgeCount: dataset.edges.length,
    materials: new Set(
      dataset.edges.flatMap((e) => (e.material === undefined ? [] : [e.material])),
    ),
    measures: new Set(measures),
    months: new Set(periodMonths(dataset.periods)),
    datasetId: datasetFingerprint(dataset),
  };
}

export function useUrlSync(store: AppStore, measures: readonly string[]): void {
  const dataset = store.getState().dataset;
  const ctx = useMemo(() => urlContext(dataset, measures), [dataset, measures]);
  // The dataset the page was opened with: the link describes it, not a file opened later.
  const [openedWith] = useState(dataset);

  // Read the link the page was opened with, and follow navigation.
  useEffect(() => {
    if (dataset !== openedWith) {
      // Another dataset was opened: the old link's parts are about the old data, so they are
      // dropped, not applied (or reported as ignored) on the new one.
      const page = readPageParams();
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${page.embed ? '?embed=1' : ''}`,
      );
    }
    const follow = () => {
      const page = readPageParams();
      const s = store.getState();
      if (page.story !== null) {
        const story = s.stories.find((x) => x.id === page.story);
        if (story !== undefined) {
          // A step that is not one of the story's is reported, and the first step shown.
          const inRange = page.badStep === null && page.step < story.steps.length;
          const notices = inRange
            ? pageNotices(window.location.search)
            : [
                ...pageNotices(window.location.search),
                `story step "${page.badStep ?? page.step + 1}" is not a step of this story (it has ${story.steps.length}): showing step 1`,
              ];
          const step = story.steps[inRange ? page.step : 0];
          if (step !== undefined) {
            s.navigateTo(stepDocument(s.dataset, step), notices);
            return;
          }
        }
        s.navigateTo(searchToDocument('', ctx).document, [
          `no story "${page.story.slice(0, 60)}" in this dataset`,
        ]);
        return;
      }
      const parsed = searchToDocument(window.location.search, ctx);
      s.navigateTo(parsed.document, [...parsed.notices, ...pageNotices(window.location.search)]);
    };
    follow();
    window.addEventListener('popstate', follow);
    window.addEventListener(NAVIGATE_EVENT, follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener(NAVIGATE_EVENT, follow);
    };
  }, [store, ctx, dataset, openedWith]);

  // Write edits into the address bar (not while presenting: a story step is its own link).
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.history.present === prev.history.present) return;
        if (state.lastChange !== 'edit' && state.lastChange !== 'undo') return;
        const page = readPageParams();
        if (page.story !== null) return;
        // The link names the data it was made on (see data/fingerprint.ts).
        const extra: Record<string, string> = { ds: datasetFingerprint(state.dataset) };
        if (page.embed) extra['embed'] = '1';
        const search = documentToSearch(state.history.present, extra);
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
