// The graph of a network too big to read node by node (level of detail, core/layout/
// levelOfDetail.ts): one node per stage and country with the flows between them summed. A click
// on a group expands it into its nodes, and selecting a node (from search, a table, Details)
// expands the group it is in; "Collapse groups" goes back. The analysis, tables, ranking and
// Details work on the whole network as always: only the drawing is grouped. Expanded nodes and
// the flows between them are the network's own, with their own looks (decor).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useOpenGroups, useOpenSelected } from './useOpenGroups.ts';
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { createCytoscape, wireCytoscape } from './cytoscapeView.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { layeredLayout } from '../../core/layout/layered.ts';
import { detailView, type DetailView } from '../../core/layout/levelOfDetail.ts';
import type { Decor } from './decor.ts';
import { fitView, type Hover } from './GraphView.tsx';
import { graphStyle } from './style.ts';
import type cytoscapeTypes from 'cytoscape';

interface Props {
  readonly dataset: Dataset;
  readonly decor: Decor;
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly onHover: (hover: Hover | null) => void;
  readonly onReady?: ((cy: Core | null) => void) | undefined;
  readonly webgl: boolean;
}

const GROUP_STYLE: cytoscapeTypes.StylesheetJson = [
  {
    selector: 'node.group',
    style: { shape: 'round-rectangle', 'border-width': 2, 'font-weight': 'bold' },
  },
  {
    selector: 'node.group.affected',
    style: { 'border-color': '#D55E00', 'border-style': 'dashed' },
  },
];

const groupLabel = (n: DetailView['nodes'][number]) =>
  `${STAGE_LABELS[n.stage]} · ${countryName(n.country)} (${(n.members?.length ?? 0).toLocaleString('en')})`;

function elements(view: DetailView, decor: Decor, dataset: Dataset): ElementDefinition[] {
  const positions = layeredLayout({ nodes: view.nodes, edges: view.edges }, { rowGap: 56 });
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  const maxFlow = Math.max(
    1e-9,
    ...view.edges.filter((e) => e.index === undefined).map((e) => e.flow),
  );
  const nodes = view.nodes.map((n): ElementDefinition => {
    const position = { ...(positions.get(n.id) ?? { x: 0, y: 0 }) };
    if (n.members === undefined) {
      const d = decor.nodes.get(n.id);
      return {
        group: 'nodes',
        data: {
          id: n.id,
          label: label.get(n.id) ?? n.id,
          colour: d?.colour ?? '#ccc',
          size: d?.size ?? 20,
        },
        position,
        classes: d?.classes ?? '',
      };
    }
    const first = decor.nodes.get(n.members[0] ?? '');
    const affected = n.members.some((id) =>
      /\b(removed|cut)\b/.test(decor.nodes.get(id)?.classes ?? ''),
    );
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: groupLabel(n),
        colour: first?.colour ?? '#ccc',
        size: 10 + 3 * Math.log2(1 + n.members.length),
        members: n.members.length,
      },
      position,
      classes: affected ? 'group affected' : 'group',
    };
  });
  const edges = view.edges.map((e): ElementDefinition => {
    const d = e.index === undefined ? undefined : decor.edges[e.index];
    return {
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        ...(e.index === undefined ? {} : { index: e.index }),
        width: d?.width ?? 1 + 7 * Math.sqrt(e.flow / maxFlow),
      },
      classes: d?.classes ?? '',
    };
  });
  return [...nodes, ...edges];
}

export function DetailGraphView({
  dataset,
  decor,
  selection,
  onSelect,
  onHover,
  onReady,
  webgl,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);

  const { groups, open, collapse } = useOpenGroups(dataset);
  const view = useMemo(() => detailView(dataset, groups), [dataset, groups]);
  const closedGroupOf = useCallback(
    (id: string) => {
      const g = view.groupOf.get(id);
      return g !== undefined && !groups.has(g) ? g : undefined;
    },
    [view, groups],
  );
  useOpenSelected(dataset, selection, closedGroupOf, open);
  const callbacks = useRef({ onSelect, onHover, onReady });
  useEffect(() => {
    callbacks.current = { onSelect, onHover, onReady };
  });

  // Build once per dataset and renderer; the drawn elements follow the view below.
  useEffect(() => {
    if (container.current === null) return undefined;
    const instance = createCytoscape(
      container.current,
      { style: [...graphStyle(false), ...GROUP_STYLE] },
      webgl,
    );
    const isGroup = (t: SingularElementArgument) => t.data('members') !== undefined;
    return wireCytoscape(
      instance,
      container.current,
      {
        tapped: (t) => {
          if (t.isNode() && isGroup(t)) open.current([t.id()]);
          else if (t.isNode()) return { type: 'node', id: t.id() };
          else if (t.data('index') !== undefined)
            return { type: 'edge', index: t.data('index') as number };
          return null;
        },
        hovered: (t) => (t.isNode() && !isGroup(t) ? { type: 'node', id: t.id() } : null),
      },
      callbacks,
      setCy,
    );
  }, [dataset, webgl, open]);

  // Redraw when the groups or the looks change: a few hundred elements, so all of them.
  const drawn = useRef<{ view: DetailView | null }>({ view: null });
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const fresh = drawn.current.view !== view;
    drawn.current.view = view;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements(view, decor, dataset));
    });
    if (fresh) fitView(cy, new Map(cy.nodes().map((n) => [n.id(), n.position()])), true);
  }, [cy, view, decor, dataset]);

  return (
    <>
      <div
        ref={container}
        className="graph"
        data-testid="graph"
        data-level-of-detail="groups"
        role="application"
        aria-label="Supply chain graph, grouped by stage and country. Click a group to show its nodes."
        aria-roledescription="graph"
        tabIndex={0}
      />
      {groups.size > 0 && (
        <button type="button" className="collapse-groups" onClick={collapse}>
          Collapse groups
        </button>
      )}
    </>
  );
}
