// The graph of a network too big to read node by node (level of detail, core/layout/
// levelOfDetail.ts): one node per stage and country with the flows between them summed. A click
// on a group expands it into its nodes, and selecting a node (from search, a table, Details)
// expands the group it is in; "Collapse groups" goes back. The analysis, tables, ranking and
// Details work on the whole network as always: only the drawing is grouped. Expanded nodes and
// the flows between them are the network's own, with their own looks (decor).
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
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
  const [expanded, setExpanded] = useState<{ dataset: Dataset; groups: ReadonlySet<string> }>({
    dataset,
    groups: new Set(),
  });
  const groups = useMemo(
    () => (expanded.dataset === dataset ? expanded.groups : new Set<string>()),
    [expanded, dataset],
  );
  const view = useMemo(() => detailView(dataset, groups), [dataset, groups]);
  const callbacks = useRef({ onSelect, onHover, onReady });
  const expand = useRef((ids: readonly string[]) => {
    setExpanded((was) => {
      const base = was.dataset === dataset ? was.groups : new Set<string>();
      if (ids.every((id) => base.has(id))) return was;
      return { dataset, groups: new Set([...base, ...ids]) };
    });
  });
  useEffect(() => {
    callbacks.current = { onSelect, onHover, onReady };
  });

  // Build once per dataset and renderer; the drawn elements follow the view below.
  useEffect(() => {
    if (container.current === null) return undefined;
    /** cytoscape's own options, plus the WebGL switch its type definitions do not know yet. */
    const options: cytoscape.CytoscapeOptions & { renderer?: { name: 'canvas'; webgl: boolean } } =
      {
        container: container.current,
        style: [...graphStyle(false), ...GROUP_STYLE],
        layout: { name: 'preset', fit: false },
        ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      };
    const instance = cytoscape(options);
    instance.on('tap', 'node', (evt) => {
      const id = evt.target.id() as string;
      if (evt.target.data('members') !== undefined) expand.current([id]);
      else callbacks.current.onSelect({ type: 'node', id });
    });
    instance.on('tap', 'edge', (evt) => {
      const index = evt.target.data('index') as number | undefined;
      if (index !== undefined) callbacks.current.onSelect({ type: 'edge', index });
    });
    instance.on('tap', (evt) => {
      if (evt.target === instance) callbacks.current.onSelect(null);
    });
    instance.on('mouseover', 'node', (evt) => {
      if (evt.target.data('members') !== undefined) return;
      const p = evt.renderedPosition ?? { x: 0, y: 0 };
      callbacks.current.onHover({ x: p.x, y: p.y, target: { type: 'node', id: evt.target.id() } });
    });
    instance.on('mouseout', 'node', () => callbacks.current.onHover(null));
    instance.on('viewport', () => callbacks.current.onHover(null));
    window.chokepoint = { cy: instance };
    setCy(instance);
    callbacks.current.onReady?.(instance);
    return () => {
      callbacks.current.onReady?.(null);
      instance.destroy();
      delete window.chokepoint;
      setCy(null);
    };
  }, [dataset, webgl]);

  // A newly selected node or flow shows: its group (or both ends' groups) opens. Only a new
  // selection opens groups, so "Collapse groups" collapses with a selection kept.
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
      .map((id) => view.groupOf.get(id))
      .filter((g) => g !== undefined && !groups.has(g));
    if (closed.length > 0) expand.current(closed as string[]);
  }, [selection, view, groups, dataset]);

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
        <button
          type="button"
          className="collapse-groups"
          onClick={() => setExpanded({ dataset, groups: new Set() })}
        >
          Collapse groups
        </button>
      )}
    </>
  );
}
