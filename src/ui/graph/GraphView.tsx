// cytoscape is a view. This controller builds it once per dataset and pushes positions and
// looks into it inside cy.batch(); clicks and hovers go back out as callbacks.
import { useRef } from 'react';
import type { DrawnViewProps, Hover } from './cytoscapeView.ts';
import type { Positions } from './useLayoutPositions.ts';
import { nextNodeByKey } from './keyboard.ts';
import { isLarge, useDeclutter, useGraphInstance } from './useGraphInstance.ts';

export { FIT_PADDING, fitView } from './fitView.ts';

export type { Hover };

interface Props extends Omit<DrawnViewProps, 'webgl'> {
  readonly positions: Positions;
  readonly webgl?: boolean;
  /** Hide labels that would overlap more important ones (a layout that packs nodes together). */
  readonly declutter?: boolean;
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
  const cy = useGraphInstance(
    container,
    { dataset, decor, webgl, onSelect, onHover, onReady },
    positions,
  );
  const selectedId = selection?.type === 'node' ? selection.id : null;
  useDeclutter(cy, declutter && !isLarge(dataset), selectedId, positions, decor);

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
