// The graph view's cytoscape instance: built once per dataset and renderer with the positions
// and looks of that moment; later positions and looks are pushed into it inside cy.batch(),
// touching only the elements they change.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { createCytoscape, wireCytoscape, type ViewCallbacks } from './cytoscapeView.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { nodeElement, type Decor } from './decor.ts';
import type { Positions } from './useLayoutPositions.ts';
import { graphStyle, LARGE_GRAPH_ELEMENTS } from './style.ts';
import { declutterLabels, showAllLabels } from './declutter.ts';
import { fitView, stillFitted } from './fitView.ts';
import { BASE_EDGE_COLOUR } from './palette.ts';

/** Elements are created with their positions and looks, so nothing is styled twice. */
export function elements(
  dataset: Dataset,
  positions: Positions,
  decor: Decor,
): ElementDefinition[] {
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
      colour: decor.edges[i]?.colour ?? BASE_EDGE_COLOUR,
    },
    classes: decor.edges[i]?.classes ?? '',
  }));
  return [...nodes, ...edges];
}

/** True when the graph is too large to draw labels or measure it through cytoscape. */
export function isLarge(dataset: Dataset): boolean {
  return dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS;
}

/** The live instance (null until built), kept drawing the newest positions and looks. */
export function useGraphInstance(
  container: { readonly current: HTMLElement | null },
  view: ViewCallbacks & {
    readonly dataset: Dataset;
    readonly decor: Decor;
    readonly webgl: boolean;
  },
  positions: Positions,
): Core | null {
  const { dataset, decor, webgl, onSelect, onHover, onReady } = view;
  const [cy, setCy] = useState<Core | null>(null);
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
    const big = isLarge(dataset);
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
  }, [container, dataset, webgl]);

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
    fitView(cy, positions, isLarge(dataset));
  }, [cy, positions, dataset]);

  useEffect(() => {
    const before = applied.current.decor;
    if (cy === null || cy.destroyed() || before === decor) return;
    applied.current.decor = decor;
    const large = isLarge(dataset);
    cy.batch(() => applyDecor(cy, before, decor, large));
  }, [cy, decor, dataset]);

  return cy;
}

/**
 * Sets on each element the looks that differ from what it was drawn with. A large graph draws no
 * ghosts (style.ts) and keeps each flow's width as first drawn: a what-if there changes colours
 * and classes only.
 */
function applyDecor(cy: Core, before: Decor | null, decor: Decor, large: boolean): void {
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
    if (large) {
      // Widths stay as first drawn: a width is part of the flow's bounding box, and measuring
      // thousands of them again is most of a what-if's time at that size.
      if (was?.colour !== d.colour) e.data('colour', d.colour);
    } else if (was?.width !== d.width || was.ghost !== d.ghost || was.colour !== d.colour)
      e.data({ width: d.width, ghost: d.ghost / 2, colour: d.colour });
    if (was?.classes !== d.classes) e.classes(d.classes);
  });
}

/**
 * A layout that packs nodes with no room for their labels (organic) draws only the labels that
 * fit, the selection first; the others show on hover. Large graphs draw no labels at all.
 * Every label comes back only when the layout stops decluttering, not on every what-if.
 */
export function useDeclutter(
  cy: Core | null,
  active: boolean,
  selectedId: string | null,
  positions: Positions,
  decor: Decor,
): void {
  const decluttered = useRef(false);
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    if (active) {
      declutterLabels(cy, new Set(selectedId === null ? [] : [selectedId]));
      decluttered.current = true;
    } else if (decluttered.current) {
      showAllLabels(cy);
      decluttered.current = false;
    }
  }, [cy, positions, decor, active, selectedId]);
}
