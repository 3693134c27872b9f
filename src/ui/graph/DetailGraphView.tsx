// The graph of a network too big to read node by node (level of detail, core/layout/
// levelOfDetail.ts): one node per stage and country with the flows between them summed. A click
// on a group expands it into its nodes, and selecting a node (from search, a table, Details)
// expands the group it is in; "Collapse groups" goes back. The analysis, tables, ranking and
// Details work on the whole network as always: only the drawing is grouped. Expanded nodes and
// the flows between them are the network's own, with their own looks (decor).
import { useEffect, useMemo, useRef } from 'react';
import { groupedWiring, useOpenGroups, useOpenSelected } from './useOpenGroups.ts';
import type { ElementDefinition } from 'cytoscape';
import { useCytoscapeView, type DrawnViewProps } from './cytoscapeView.ts';
import type { Dataset } from '../../data/schema.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { layeredLayout } from '../../core/layout/layered.ts';
import { detailView, type DetailView } from '../../core/layout/levelOfDetail.ts';
import { nodeElement, type Decor } from './decor.ts';
import { fitView } from './GraphView.tsx';
import { graphStyle } from './style.ts';
import type cytoscapeTypes from 'cytoscape';
import { OKABE_ITO, RULE } from '../kit/colours.ts';

const GROUP_STYLE: cytoscapeTypes.StylesheetJson = [
  {
    selector: 'node.group',
    style: { shape: 'round-rectangle', 'border-width': 2, 'font-weight': 'bold' },
  },
  {
    selector: 'node.group.affected',
    style: { 'border-color': OKABE_ITO.vermillion, 'border-style': 'dashed' },
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
    if (n.members === undefined)
      return nodeElement(n.id, label.get(n.id) ?? n.id, decor.nodes.get(n.id), position);
    const first = decor.nodes.get(n.members[0] ?? '');
    const affected = n.members.some((id) =>
      /\b(removed|cut)\b/.test(decor.nodes.get(id)?.classes ?? ''),
    );
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: groupLabel(n),
        colour: first?.colour ?? RULE.faint,
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

export function DetailGraphView(props: DrawnViewProps) {
  const { dataset, decor, selection, webgl } = props;
  const container = useRef<HTMLDivElement>(null);
  const { groups, open, collapse } = useOpenGroups(dataset);
  const view = useMemo(() => detailView(dataset, groups), [dataset, groups]);
  useOpenSelected(dataset, selection, view.groupOf, groups, open);
  // Built once per dataset and renderer; the drawn elements follow the view below.
  const cy = useCytoscapeView(
    container,
    props,
    () => ({
      style: [...graphStyle(false), ...GROUP_STYLE],
      wiring: groupedWiring(open, { openEnds: false, hoverFlows: false }),
    }),
    webgl,
    dataset,
  );

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
        <button type="button" className="collapse-groups" onClick={collapse}>
          Collapse groups
        </button>
      )}
    </>
  );
}
