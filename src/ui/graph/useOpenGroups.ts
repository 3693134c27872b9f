// The groups a grouped drawing (the detail view, the map) has opened: a click opens one, a
// newly selected node or flow opens the groups its ends are in, "Collapse groups" closes all,
// and a new dataset starts closed. Only a new selection opens groups, so collapsing keeps the
// selection without opening its group again.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';

export function useOpenGroups(dataset: Dataset) {
  const [opened, setOpened] = useState<{ dataset: Dataset; groups: ReadonlySet<string> }>({
    dataset,
    groups: new Set(),
  });
  const groups = useMemo(
    () => (opened.dataset === dataset ? opened.groups : new Set<string>()),
    [opened, dataset],
  );
  // A ref, so cytoscape's tap handlers (set up once per dataset) always reach the newest.
  const open = useRef((_ids: readonly string[]) => {});
  useEffect(() => {
    open.current = (ids) =>
      setOpened((was) => {
        const base = was.dataset === dataset ? was.groups : new Set<string>();
        if (ids.every((id) => base.has(id))) return was;
        return { dataset, groups: new Set([...base, ...ids]) };
      });
  }, [dataset]);

  const collapse = () => setOpened({ dataset, groups: new Set() });
  return { groups, open, collapse };
}

/** Opens the groups a newly selected node or flow is in (after the drawing that groups it). */
export function useOpenSelected(
  dataset: Dataset,
  selection: Selection | null,
  /** The closed group a node is drawn in; undefined when it is drawn on its own or open. */
  closedGroupOf: (id: string) => string | undefined,
  open: { readonly current: (ids: readonly string[]) => void },
): void {
  const shown = useRef<Selection | null>(null);
  useEffect(() => {
    if (selection === null || selection === shown.current) return;
    shown.current = selection;
    const ends =
      selection.type === 'node'
        ? [selection.id]
        : [
            dataset.edges[selection.index]?.source ?? '',
            dataset.edges[selection.index]?.target ?? '',
          ];
    const closed = ends.map(closedGroupOf).filter((g): g is string => g !== undefined);
    if (closed.length > 0) open.current(closed);
  }, [selection, closedGroupOf, dataset, open]);
}
