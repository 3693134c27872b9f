// What the map draws, as cytoscape elements: the map layout's nodes and groups with the graph's
// looks (decor), flows as arcs whose width is the tonnage, and summed flows for groups drawn
// the way the graph draws one flow (width for what still arrives, colour for the share lost,
// the baseline as a faint band under it).
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../data/schema.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { formatLoss } from '../../core/format.ts';
import type { MapDrawing, MapNode } from '../../core/layout/mapLayout.ts';
import { edgeWidth, nodeElement, type Decor } from './decor.ts';
import type { ScenarioDrawing } from './drawing.ts';
import { BASE_EDGE_COLOUR, shortfallColour } from './palette.ts';
import { RULE } from '../kit/colours.ts';

/** How far an arc bows out, as a share of its length. */
const BEND = 0.18;

export const groupLabel = (n: MapNode, lost: number | null) =>
  `${lost !== null && lost > 0 ? `${formatLoss(lost)}  ` : ''}${countryName(n.country)} · ${STAGE_LABELS[n.stage]} (${n.members?.length ?? 0})`;

export function mapElements(
  dataset: Dataset,
  map: MapDrawing,
  decor: Decor,
  scenario: ScenarioDrawing | undefined,
): ElementDefinition[] {
  const active = scenario?.active === true ? scenario : null;
  const label = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  const inflow = new Map<string, number>();
  for (const e of dataset.edges) inflow.set(e.target, (inflow.get(e.target) ?? 0) + e.flow);
  const position = new Map(map.nodes.map((n) => [n.id, n.position]));

  const nodes = map.nodes.map((n): ElementDefinition => {
    if (n.members === undefined) {
      const d = decor.nodes.get(n.id);
      return nodeElement(n.id, d?.label ?? label.get(n.id) ?? n.id, d, n.position, {
        stage: n.stage,
        country: n.country,
      });
    }
    const looks = n.members.map((id) => decor.nodes.get(id));
    const classes = new Set<string>(['group']);
    for (const l of looks)
      for (const c of (l?.classes ?? '').split(' '))
        if (['removed', 'cut', 'raised'].includes(c)) classes.add('affected');
    if (looks.every((l) => (l?.classes ?? '').includes('filtered'))) classes.add('filtered');
    if (looks.some((l) => (l?.classes ?? '').includes('selected-node')))
      classes.add('selected-node');
    // An end-user group loses what its members lose, weighted by what each takes in.
    let lost: number | null = null;
    let colour = looks[0]?.colour ?? RULE.faint;
    if (active !== null && n.stage === 'end-user') {
      let base = 0;
      let gone = 0;
      for (const id of n.members) {
        const w = inflow.get(id) ?? 0;
        base += w;
        gone += w * (active.endUserLoss.get(id) ?? 0);
      }
      lost = base > 0 ? gone / base : 0;
      colour = shortfallColour(lost);
      classes.add('shortfall');
      if (lost > 0) classes.add('loses');
    }
    const size = Math.max(...looks.map((l) => l?.size ?? 20)) + 3 * Math.log2(n.members.length);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: groupLabel(n, lost),
        stage: n.stage,
        country: n.country,
        colour,
        size,
        members: n.members.length,
      },
      position: { ...n.position },
      classes: [...classes].join(' '),
    };
  });

  const maxFlow = Math.max(1e-9, ...dataset.edges.map((e) => e.flow));
  const edges = map.edges.map((e): ElementDefinition => {
    const a = position.get(e.source) ?? { x: 0, y: 0 };
    const b = position.get(e.target) ?? { x: 0, y: 0 };
    const bend = BEND * Math.hypot(b.x - a.x, b.y - a.y);
    const common = { id: e.id, source: e.source, target: e.target, bend };
    if (e.index !== undefined) {
      const d = decor.edges[e.index];
      return {
        group: 'edges',
        data: {
          ...common,
          index: e.index,
          width: d?.width ?? 1,
          ghost: (d?.ghost ?? 0) / 2,
          colour: d?.colour ?? BASE_EDGE_COLOUR,
        },
        classes: d?.classes ?? '',
      };
    }
    let base = 0;
    let now = 0;
    for (const i of e.indices) {
      const flow = dataset.edges[i]?.flow ?? 0;
      base += flow;
      now += active === null ? flow : (active.edgeFlow[i] ?? flow);
    }
    const loss = active === null || base <= 0 ? 0 : Math.max(0, 1 - now / base);
    const classes = ['sum'];
    if (loss > 0) classes.push(loss >= 1 - 1e-9 ? 'lost' : 'reduced');
    if (base <= 0) classes.push('zero');
    if (e.indices.every((i) => (decor.edges[i]?.classes ?? '').includes('filtered')))
      classes.push('filtered');
    return {
      group: 'edges',
      data: {
        ...common,
        count: e.indices.length,
        width: edgeWidth(now, maxFlow),
        ghost: loss > 0 ? edgeWidth(base, maxFlow) / 2 : 0,
        colour: loss > 0 ? shortfallColour(loss) : BASE_EDGE_COLOUR,
      },
      classes: classes.join(' '),
    };
  });
  return [...nodes, ...edges];
}
