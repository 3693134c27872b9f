// Zooming the graph by steps: the buttons and the mouse wheel. One wheel notch zooms by
// WHEEL_STEP (about what Gephi Lite and Kumu do); a touchpad's small deltas zoom smoothly.
import type { Core } from 'cytoscape';

export const BUTTON_STEP = 1.4;
export const WHEEL_STEP = 1.25;
/** A wheel notch in pixels (Chromium and Firefox in pixel mode); lines are ~33 px. */
const NOTCH = 100;

export function zoomBy(cy: Core, factor: number, at?: { x: number; y: number }): void {
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: at ?? { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The zoom factor for one wheel event (deltaMode 1 = lines, 2 = pages). */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  const notches = Math.max(-3, Math.min(3, -px / NOTCH));
  return WHEEL_STEP ** notches;
}
