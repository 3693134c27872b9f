// cytoscape is a view. This controller builds it once per dataset and pushes positions and
// looks into it inside cy.batch(); clicks and hovers go back out as callbacks.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import {
  createCytoscape,
  wireCytoscape,
  type DrawnViewProps,
  type Hover,
} from './cytoscapeView.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { nodeElement, type Decor } from './decor.ts';
import type { Positions } from './useLayoutPositions.ts';
import { graphStyle, LARGE_GRAPH_ELEMENTS } from './style.ts';
import { nextNodeByKey } from './keyboard.ts';
import { declutterLabels, showAllLabels } from './declutter.ts';

/** Room around the graph when it is fitted in view (screen pixels). */
export const FIT_PADDING = 16;

export type { Hover };

interface Props extends Omit<DrawnViewProps, 'webgl'> {
  readonly positions: Positions;
  readonly webgl?: boolean;
  /** Hide labels that would overlap more important ones (a layout that packs nodes together). */
  readonly declutter?: boolean;
}

/** Elements are created with their positions and looks, so nothing is styled twice. */
function elements(dataset: Dataset, positions: Positions, decor: Decor): ElementDefinition[] {
  const nodes = dataset.nodes.map((n) => {
    const d = decor.nodes.get(n.id);
    return nodeElement(n.id, d?.label ?? n.label, d, positions.get(n.id) ?? { x: 0, y: 0 }, {
      stage: n.stage,
      country: n.country,
    });
  });
  const edges: ElementDefinition[] = dataset.edges.map((e, i) => ({
    group: 'edges',
    data: {
      id: `e${i}`,
      index: i,
      source: e.source,
      target: e.target,
      width: decor.edges[i]?.width ?? 1,
      ghost: (decor.edges[i]?.ghost ?? 0) / 2,
      colour: decor.edges[i]?.colour ?? '#9aa4ae',
    },
    classes: decor.edges[i]?.classes ?? '',
  }));
  return [...nodes, ...edges];
}

/**
 * Fits the graph in view. A large graph is framed from the layout's own positions: asking
 * cytoscape would measure every edge and label first, seconds on a big graph.
 */
export function fitView(cy: Core, positions: Positions, large: boolean): void {
  fitOnce(cy, positions, large);
  cy.scratch(FITTED, { zoom: cy.zoom(), ...cy.pan() });
}

const FITTED = '_chokepointFitted';

/** True while the view is still the one the last fit gave (the user has not moved it). */
function stillFitted(cy: Core): boolean {
  const f = cy.scratch(FITTED) as { zoom: number; x: number; y: number } | undefined;
  const p = cy.pan();
  return f !== undefined && f.zoom === cy.zoom() && f.x === p.x && f.y === p.y;
}

function fitOnce(cy: Core, positions: Positions, large: boolean): void {
  if (!large || positions.size === 0) {
    cy.fit(undefined, FIT_PADDING);
    return;
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const pad = FIT_PADDING;
  const zoom = Math.min(
    (cy.width() - 2 * pad) / Math.max(1, x2 - x1),
    (cy.height() - 2 * pad) / Math.max(1, y2 - y1),
  );
  const z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({
    zoom: z,
    pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * z, y: cy.height() / 2 - ((y1 + y2) / 2) * z },
  });
}

export function GraphView({
  dataset,
  positions,
  decor,
  selection,
  onSelect,
  onHover,
  onReady,
  webgl = false,
  declutter = false,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const big = dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS;
  const callbacks = useRef({ onSelect, onHover, onReady });
  // What is drawn now, so a change only touches the elements it changes.
  const applied = useRef<{ decor: Decor | null; positions: Positions | null }>({
    decor: null,
    positions: null,
  });
  const initial = useRef({ positions, decor });
  useEffect(() => {
    callbacks.current = { onSelect, onHover, onReady };
    initial.current = { positions, decor };
  });

  // Build once per dataset. Positions and looks follow in the effects below.
  useEffect(() => {
    if (container.current === null) return undefined;
    const big = dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS;
    const start = initial.current;
    const instance = createCytoscape(
      container.current,
      {
        elements: elements(dataset, start.positions, start.decor),
        style: graphStyle(big),
        hideEdgesOnViewport: big,
        textureOnViewport: big,
        pixelRatio: big ? 1 : 'auto',
      },
      webgl,
    );
    applied.current = { decor: start.decor, positions: start.positions };
    fitView(instance, start.positions, big);
    const element = (t: SingularElementArgument): Selection =>
      t.isNode()
        ? { type: 'node', id: t.id() }
        : { type: 'edge', index: t.data('index') as number };
    return wireCytoscape(
      instance,
      container.current,
      {
        tapped: element,
        hovered: element,
        fit: { stillFitted, fit: (c) => fitView(c, initial.current.positions, big) },
      },
      callbacks,
      setCy,
    );
  }, [dataset, webgl]);

  // A new dataset destroys the old instance before the state holding it updates: skip it.
  useEffect(() => {
    if (cy === null || cy.destroyed() || applied.current.positions === positions) return;
    applied.current.positions = positions;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions.get(n.id());
        if (p !== undefined) n.position({ x: p.x, y: p.y });
      });
    });
    fitView(cy, positions, dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS);
  }, [cy, positions, dataset]);

  useEffect(() => {
    const before = applied.current.decor;
    if (cy === null || cy.destroyed() || before === decor) return;
    applied.current.decor = decor;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const d = decor.nodes.get(n.id());
        const was = before?.nodes.get(n.id());
        if (d === undefined) return;
        if (was?.colour !== d.colour || was.size !== d.size || was.label !== d.label)
          n.data({ colour: d.colour, size: d.size, label: d.label });
        if (was?.classes !== d.classes) n.classes(d.classes);
      });
      cy.edges().forEach((e) => {
        const i = e.data('index') as number;
        const d = decor.edges[i];
        const was = before?.edges[i];
        if (d === undefined) return;
        if (was?.width !== d.width || was.ghost !== d.ghost || was.colour !== d.colour)
          e.data({ width: d.width, ghost: d.ghost / 2, colour: d.colour });
        if (was?.classes !== d.classes) e.classes(d.classes);
      });
    });
  }, [cy, decor]);

  // A layout that packs nodes with no room for their labels (organic) draws only the labels that
  // fit, the selection first; the others show on hover. Large graphs draw no labels at all.
  // Every label comes back only when the layout stops decluttering, not on every what-if.
  const selectedId = selection?.type === 'node' ? selection.id : null;
  const decluttered = useRef(false);
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    if (declutter && !big) {
      declutterLabels(cy, new Set(selectedId === null ? [] : [selectedId]));
      decluttered.current = true;
    } else if (decluttered.current) {
      showAllLabels(cy);
      decluttered.current = false;
    }
  }, [cy, positions, decor, declutter, big, selectedId]);

  const onKeyDown = (evt: React.KeyboardEvent) => {
    if (cy === null) return;
    const current = selection?.type === 'node' ? selection.id : null;
    const next = nextNodeByKey(evt.key, current, dataset, positions, decor);
    if (next === undefined) {
      if (evt.key === 'Escape') onSelect(null);
      return;
    }
    evt.preventDefault();
    onSelect({ type: 'node', id: next });
    const node = cy.getElementById(next);
    if (!node.empty()) {
      const ext = cy.extent();
      const p = node.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(node);
    }
  };

  return (
    <div
      ref={container}
      className="graph"
      data-testid="graph"
      role="application"
      aria-label="Supply chain graph. Arrow keys move between nodes; Escape clears the selection."
      aria-roledescription="graph"
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
