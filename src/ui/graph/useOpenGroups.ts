// The groups a grouped drawing (the detail view, the map) has opened: a click opens one, a
// newly selected node or flow opens the groups its ends are in, "Collapse groups" closes all,
// and a new dataset starts closed. Only a new selection opens groups, so collapsing keeps the
// selection without opening its group again.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import type { SingularElementArgument } from 'cytoscape';
import type { ViewWiring } from './cytoscapeView.ts';

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
  /** The group each grouped node is drawn in (none where the drawing is not grouped). */
  groupOf: ReadonlyMap<string, string>,
  /** The groups already open. */
  groups: ReadonlySet<string>,
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
    const closed = ends
      .map((id) => groupOf.get(id))
      .filter((g): g is string => g !== undefined && !groups.has(g));
    if (closed.length > 0) open.current(closed);
  }, [selection, groupOf, groups, dataset, open]);
}

/**
 * What a tap and a hover mean in a grouped drawing: a tap on a group opens it, on a node or a
 * flow of the network selects it; a group shows nothing on hover. `openEnds`: a tap on a
 * summed flow opens the groups at its ends. `hoverFlows`: a flow of the network shows on hover.
 */
export function groupedWiring(
  open: { readonly current: (ids: readonly string[]) => void },
  { openEnds, hoverFlows }: { readonly openEnds: boolean; readonly hoverFlows: boolean },
): Pick<ViewWiring, 'tapped' | 'hovered'> {
  const isGroup = (t: SingularElementArgument) => t.data('members') !== undefined;
  const index = (t: SingularElementArgument) => t.data('index') as number | undefined;
  return {
    tapped: (t) => {
      const i = index(t);
      if (t.isNode() && isGroup(t)) open.current([t.id()]);
      else if (t.isNode()) return { type: 'node', id: t.id() };
      else if (i !== undefined) return { type: 'edge', index: i };
      else if (openEnds && t.isEdge()) open.current([t.source().id(), t.target().id()]);
      return null;
    },
    hovered: (t) => {
      const i = index(t);
      if (t.isNode()) return isGroup(t) ? null : { type: 'node', id: t.id() };
      return hoverFlows && i !== undefined ? { type: 'edge', index: i } : null;
    },
  };
}
