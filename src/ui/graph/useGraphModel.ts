// What every view of the graph needs (the explorer and the embed): the dataset, the view, the
// positions and the drawn looks, and a way to select.
import { useCallback, useContext, useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import { AppStoreContext, useAppStore } from '../../state/useAppStore.ts';
import { selectScenarioEntries, selectView, type AppStore } from '../../state/store.ts';
import type { Selection } from '../../state/document.ts';
import { computeDecor, type DrawnAnalysis } from './decor.ts';
import { useLayoutPositions } from './useLayoutPositions.ts';

export function useStoreInstance(): AppStore {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useStoreInstance: no AppStoreContext provider');
  return store;
}

export function useGraphModel(drawn: DrawnAnalysis) {
  const store = useStoreInstance();
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore(selectView);
  const entries = useAppStore(selectScenarioEntries);
  const { positions, busy } = useLayoutPositions(dataset, view.layout);
  const decor = useMemo(() => computeDecor(dataset, view, drawn), [dataset, view, drawn]);
  const [cy, setCy] = useState<Core | null>(null);
  // A new selection highlights its own flows: an upstream or downstream view of another
  // node is cleared, so two highlights never mix.
  const select = useCallback(
    (selection: Selection | null) => {
      const s = store.getState();
      const focus = s.history.present.view.focus;
      const keep = focus !== null && selection?.type === 'node' && selection.id === focus.node;
      s.setView(keep || focus === null ? { selection } : { selection, focus: null });
    },
    [store],
  );
  return { store, dataset, view, entries, positions, busy, decor, drawn, select, cy, setCy };
}
