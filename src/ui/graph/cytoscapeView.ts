// What every cytoscape view of the explorer sets up the same way (the graph, the detail view,
// the map): its options with the WebGL switch, taps and hovers sent out as selections, the
// size kept to its box, the live instance told to the page and to the browser tests, and all of
// it undone when the view goes. Each view says what a tap or a hover on its elements means.
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type SingularElementArgument,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../../state/document.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Decor } from './decor.ts';

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

export interface ViewCallbacks {
  readonly onSelect: (selection: Selection | null) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** Told of the live instance (for exports), and of null when it goes. */
  readonly onReady?: ((cy: Core | null) => void) | undefined;
}

/** What every drawing of the network (graph, detail view, map) is given. */
export interface DrawnViewProps extends ViewCallbacks {
  readonly dataset: Dataset;
  readonly decor: Decor;
  readonly selection: Selection | null;
  /** Draw through cytoscape's WebGL renderer (renderer.ts says when). */
  readonly webgl: boolean;
}

export interface ViewWiring {
  /** The element's selection, or null where the view handles the tap itself (a group opens). */
  readonly tapped: (target: SingularElementArgument) => Selection | null;
  /** What a hover over the element shows, or null for nothing. */
  readonly hovered: (target: SingularElementArgument) => Selection | null;
  /**
   * Kept to its box when it changes size, and fitted again if the view was the last fit's (the
   * user had not zoomed or panned); without it, the drawing keeps its first size.
   */
  readonly fit?: { readonly stillFitted: (cy: Core) => boolean; readonly fit: (cy: Core) => void };
}

/** cytoscape's own options, with WebGL drawing when asked (its types do not know it yet). */
export function createCytoscape(
  container: HTMLElement,
  options: Omit<CytoscapeOptions, 'container' | 'layout'>,
  webgl: boolean,
): Core {
  const all: CytoscapeOptions & { renderer?: { name: 'canvas'; webgl: boolean } } = {
    ...options,
    container,
    // positions come with the elements; fitting here would measure every element twice
    layout: { name: 'preset', fit: false },
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  };
  return cytoscape(all);
}

/**
 * Wires a new instance into its view and the page; the function returned undoes it all and
 * destroys the instance.
 */
export function wireCytoscape(
  instance: Core,
  container: HTMLElement,
  wiring: ViewWiring,
  callbacks: { readonly current: ViewCallbacks },
  setCy: (cy: Core | null) => void,
): () => void {
  instance.on('tap', 'node, edge', (evt) => {
    const selection = wiring.tapped(evt.target as SingularElementArgument);
    if (selection !== null) callbacks.current.onSelect(selection);
  });
  instance.on('tap', (evt) => {
    if (evt.target === instance) callbacks.current.onSelect(null);
  });
  instance.on('mouseover', 'node, edge', (evt) => {
    const target = wiring.hovered(evt.target as SingularElementArgument);
    if (target === null) return;
    const p = evt.renderedPosition ?? evt.target.renderedMidpoint?.() ?? { x: 0, y: 0 };
    callbacks.current.onHover({ x: p.x, y: p.y, target });
  });
  instance.on('mouseout', 'node, edge', () => callbacks.current.onHover(null));
  instance.on('viewport', () => callbacks.current.onHover(null));
  // Panels open, close and resize: keep the drawing the size of its box, and fitted if the
  // user has not zoomed or panned since it was.
  const { fit } = wiring;
  const resize =
    fit === undefined
      ? null
      : new ResizeObserver(() => {
          if (instance.destroyed()) return;
          const refit = fit.stillFitted(instance);
          instance.resize();
          if (refit) fit.fit(instance);
        });
  resize?.observe(container);
  window.chokepoint = { cy: instance };
  setCy(instance);
  callbacks.current.onReady?.(instance);
  return () => {
    resize?.disconnect();
    callbacks.current.onReady?.(null);
    instance.destroy();
    delete window.chokepoint;
    setCy(null);
  };
}

/**
 * A view's live instance, built and wired when the view mounts and again for each new
 * `rebuildOn` (the dataset, the renderer); null until then. The newest callbacks are always the
 * ones called.
 */
export function useCytoscapeView(
  container: { readonly current: HTMLElement | null },
  callbacks: ViewCallbacks,
  build: () => { readonly style: StylesheetJson; readonly wiring: ViewWiring },
  webgl: boolean,
  rebuildOn: unknown,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const latest = useRef(build);
  const calls = useRef(callbacks);
  useEffect(() => {
    latest.current = build;
    calls.current = callbacks;
  });
  useEffect(() => {
    if (container.current === null) return undefined;
    const { style, wiring } = latest.current();
    const instance = createCytoscape(container.current, { style }, webgl);
    return wireCytoscape(instance, container.current, wiring, calls, setCy);
  }, [container, webgl, rebuildOn]);
  return cy;
}
