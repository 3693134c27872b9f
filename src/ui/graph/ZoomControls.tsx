// Zoom in, zoom out and fit, over the graph's corner, as in Gephi Lite and Kumu.
import type { Core } from 'cytoscape';
import { BUTTON_STEP, zoomBy } from './zoom.ts';

export function ZoomControls({ cy, onFit }: { cy: Core | null; onFit: () => void }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        disabled={cy === null}
        onClick={() => cy !== null && zoomBy(cy, BUTTON_STEP)}
      >
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        disabled={cy === null}
        onClick={() => cy !== null && zoomBy(cy, 1 / BUTTON_STEP)}
      >
        −
      </button>
      <button type="button" aria-label="Fit" title="Fit the graph in view" onClick={onFit}>
        ⤢
      </button>
    </div>
  );
}
