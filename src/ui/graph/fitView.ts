// Fitting the graph in view, and telling whether the user has moved it since.
import type { Core } from 'cytoscape';
import type { Positions } from './useLayoutPositions.ts';

/** Room around the graph when it is fitted in view (screen pixels). */
export const FIT_PADDING = 16;

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
export function stillFitted(cy: Core): boolean {
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
