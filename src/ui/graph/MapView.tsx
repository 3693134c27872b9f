// The map view: the same graph on a map of the world. Nodes sit at their coordinates, flows
// are arcs, and the nodes of one country and stage are one group until it is clicked (or one
// of its nodes is selected from search, a table or Details). Nodes with no coordinates are
// listed beside the map. Looks, selection and what-if colouring are the graph's own (decor).
import { useEffect, useMemo, useRef, useState } from 'react';
import { groupedWiring, useOpenGroups, useOpenSelected } from './useOpenGroups.ts';
import type { Core } from 'cytoscape';
import { useCytoscapeView, type DrawnViewProps } from './cytoscapeView.ts';
import { mapLayout, type MapDrawing } from '../../core/layout/mapLayout.ts';
import type { ScenarioDrawing } from './drawing.ts';
import { graphStyle } from './style.ts';
import { MAP_STYLE } from './mapStyle.ts';
import { mapElements } from './mapDrawing.ts';
import { BACKDROP_ID } from './mapBackdrop.ts';
import { MapControls, OffMapList } from './MapControls.tsx';
import { useMapBackdrop } from './useMapBackdrop.ts';
import { nextOnMap } from './mapKeyboard.ts';
import { declutterLabels } from './declutter.ts';

interface Props extends DrawnViewProps {
  readonly scenario: ScenarioDrawing | undefined;
}

const FITTED = '_chokepointMapFitted';
/** Nothing grouped: the map drawn node by node. */
const NO_GROUPS: ReadonlyMap<string, string> = new Map();

/** Frames the drawn nodes (not the whole world), so labels read at the first zoom. */
export function fitMap(cy: Core): void {
  cy.fit(cy.nodes().not(`#${BACKDROP_ID}`), 24);
  cy.scratch(FITTED, { zoom: cy.zoom(), ...cy.pan() });
}

/** True while the view is the one the last fit gave (the user has not moved it since). */
function stillFitted(cy: Core): boolean {
  const f = cy.scratch(FITTED) as { zoom: number; x: number; y: number } | undefined;
  const p = cy.pan();
  return f !== undefined && f.zoom === cy.zoom() && f.x === p.x && f.y === p.y;
}

export function MapView(props: Props) {
  const { dataset, decor, scenario, selection, onSelect, webgl } = props;
  const container = useRef<HTMLDivElement>(null);
  const [grouped, setGrouped] = useState(true);

  const { groups, open, collapse } = useOpenGroups(dataset);
  const map = useMemo(
    () => mapLayout(dataset, { grouped, expanded: groups }),
    [dataset, grouped, groups],
  );
  useOpenSelected(dataset, selection, grouped ? map.groupOf : NO_GROUPS, groups, open);
  const current = useRef<MapDrawing>(map);
  useEffect(() => {
    current.current = map;
  });
  // Built once per dataset and renderer; the drawn elements follow below.
  const cy = useCytoscapeView(
    container,
    props,
    () => ({
      style: [...graphStyle(false), ...MAP_STYLE],
      wiring: {
        ...groupedWiring(open, { openEnds: true, hoverFlows: true }),
        fit: { stillFitted, fit: fitMap },
      },
    }),
    webgl,
    dataset,
  );

  const backdrop = useMapBackdrop(cy);

  // Redraw when the groups or the looks change: a few hundred elements at most, so all of them.
  const drawn = useRef<{ map: MapDrawing | null }>({ map: null });
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const first = drawn.current.map === null;
    drawn.current.map = map;
    cy.batch(() => {
      cy.elements().not(`#${BACKDROP_ID}`).remove();
      cy.add(mapElements(dataset, map, decor, scenario));
    });
    if (first) fitMap(cy);
  }, [cy, map, decor, dataset, scenario]);

  // Close places (Europe, East Asia) would stack their labels: draw those that fit, the
  // selection first; the others show on hover.
  const selectedId = selection?.type === 'node' ? selection.id : null;
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    declutterLabels(cy, new Set(selectedId === null ? [] : [selectedId]));
  }, [cy, map, decor, dataset, scenario, selectedId]);

  const onKeyDown = (evt: React.KeyboardEvent) => {
    const here = selection?.type === 'node' ? selection.id : null;
    const next = nextOnMap(evt.key, here, current.current);
    if (next === undefined) {
      if (evt.key === 'Escape') onSelect(null);
      return;
    }
    evt.preventDefault();
    onSelect({ type: 'node', id: next });
  };

  const offMap = map.offMap.map((id) => dataset.nodes.find((n) => n.id === id));
  return (
    <>
      <div
        ref={container}
        className="graph"
        data-testid="graph"
        data-view="map"
        data-backdrop={backdrop === null ? 'loading' : 'ready'}
        role="application"
        aria-label="Supply chain map. Arrow keys move to the nearest node in that direction; Escape clears the selection. Groups open when clicked."
        aria-roledescription="map"
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <MapControls
        grouped={grouped}
        onGrouped={setGrouped}
        canCollapse={grouped && groups.size > 0}
        onCollapse={collapse}
      />
      <OffMapList offMap={offMap} decor={decor} selection={selection} onSelect={onSelect} />
    </>
  );
}
