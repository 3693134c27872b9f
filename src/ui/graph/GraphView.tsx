// cytoscape is a view. This controller builds it once per dataset and pushes positions and
// looks into it inside cy.batch(); clicks and hovers go back out as callbacks.
import { useEffect, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import type { Decor } from './decor.ts';
import type { Positions } from './useLayoutPositions.ts';
import { GRAPH_STYLE } from './style.ts';
import { nextNodeByKey } from './keyboard.ts';

declare global {
  interface Window {
    /** The live cytoscape instance, for the browser tests and the console. */
    chokepoint?: { cy: Core };
  }
}

export interface Hover {
  readonly x: number;
  readonly y: number;
  readonly target: Selection;
}

interface Props {
  readonly dataset: Dataset;
  readonly positions: Positions;
  readonly decor: Decor;
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** Told of the live instance (for exports), and of null when it goes. */
  readonly onReady?: ((cy: Core | null) => void) | undefined;
}

function elements(dataset: Dataset, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = dataset.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      stage: n.stage,
      country: n.country,
      colour: '#ccc',
      size: 20,
    },
    position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = dataset.edges.map((e, i) => ({
    group: 'edges',
    data: { id: `e${i}`, index: i, source: e.source, target: e.target, width: 1 },
  }));
  return [...nodes, ...edges];
}

export function GraphView({
  dataset,
  positions,
  decor,
  selection,
  onSelect,
  onHover,
  onReady,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const callbacks = useRef({ onSelect, onHover, onReady });
  useEffect(() => {
    callbacks.current = { onSelect, onHover, onReady };
  });

  // Build once per dataset. Positions and looks follow in the effects below.
  useEffect(() => {
    if (container.current === null) return undefined;
    const big = dataset.nodes.length + dataset.edges.length > 3000;
    const instance = cytoscape({
      container: container.current,
      elements: elements(dataset, new Map()),
      style: GRAPH_STYLE,
      layout: { name: 'preset' },
      hideEdgesOnViewport: big,
      textureOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    instance.on('tap', 'node', (evt) =>
      callbacks.current.onSelect({ type: 'node', id: evt.target.id() as string }),
    );
    instance.on('tap', 'edge', (evt) =>
      callbacks.current.onSelect({ type: 'edge', index: evt.target.data('index') as number }),
    );
    instance.on('tap', (evt) => {
      if (evt.target === instance) callbacks.current.onSelect(null);
    });
    instance.on('mouseover', 'node, edge', (evt) => {
      const p = evt.renderedPosition ?? evt.target.renderedMidpoint?.() ?? { x: 0, y: 0 };
      const target: Selection = evt.target.isNode()
        ? { type: 'node', id: evt.target.id() as string }
        : { type: 'edge', index: evt.target.data('index') as number };
      callbacks.current.onHover({ x: p.x, y: p.y, target });
    });
    instance.on('mouseout', 'node, edge', () => callbacks.current.onHover(null));
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
  }, [dataset]);

  // A new dataset destroys the old instance before the state holding it updates: skip it.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions.get(n.id());
        if (p !== undefined) n.position({ x: p.x, y: p.y });
      });
    });
    cy.fit(undefined, 40);
  }, [cy, positions]);

  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const d = decor.nodes.get(n.id());
        if (d === undefined) return;
        n.data({ colour: d.colour, size: d.size });
        n.classes(d.classes);
      });
      cy.edges().forEach((e) => {
        const d = decor.edges[e.data('index') as number];
        if (d === undefined) return;
        e.data('width', d.width);
        e.classes(d.classes);
      });
    });
  }, [cy, decor]);

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
