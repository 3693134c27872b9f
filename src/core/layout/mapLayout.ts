// The map: nodes at their coordinates on a Natural Earth projection, flows between them. Nodes
// of one country and stage are drawn as one group (their flows summed) until the group is
// expanded; nodes with no coordinates (outside demand) are left off and listed apart. Many
// nodes share a point (a country's centroid), so the drawing spreads them a little around it:
// each stage on its own side of the point, and the nodes of one stage in a small ring. Those
// offsets are drawing only; the coordinates stay the data's.
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import { STAGES, type Stage } from '../model.ts';
import type { Point } from './layered.ts';

/** The projected world's size in graph units (the whole sphere, Natural Earth I). */
export const MAP_SIZE = { width: 3000, height: 1560 } as const;

/** The projection every part of the map uses: nodes, flows and borders. */
export function mapProjection(): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [0, 0],
      [MAP_SIZE.width, MAP_SIZE.height],
    ],
    { type: 'Sphere' },
  );
}

export interface MapInputNode {
  readonly id: string;
  readonly stage: Stage;
  readonly country: string;
  readonly geo?: { readonly lat: number; readonly lon: number } | undefined;
}
export interface MapInput {
  readonly nodes: readonly MapInputNode[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

export interface MapNode {
  readonly id: string;
  readonly stage: Stage;
  readonly country: string;
  readonly position: Point;
  /** For a group: its members' ids, in the dataset's order. Absent for a node drawn as itself. */
  readonly members?: readonly string[];
}
export interface MapEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The dataset's edges it stands for. */
  readonly indices: readonly number[];
  /** The dataset's edge, when it stands for exactly one flow between two nodes drawn as such. */
  readonly index?: number;
}
export interface MapDrawing {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** Nodes with no coordinates, in the dataset's order: listed beside the map. */
  readonly offMap: readonly string[];
  /** The group each grouped node is in (only nodes in a group of two or more). */
  readonly groupOf: ReadonlyMap<string, string>;
}

export interface MapOptions {
  /** Draw the nodes of one country and stage as one group. */
  readonly grouped: boolean;
  /** Groups drawn node by node all the same. */
  readonly expanded: ReadonlySet<string>;
}

/** The id of the map group of a stage in a country. */
export const mapGroupId = (stage: Stage, country: string) => `map:${stage}:${country}`;

/** Distance of each stage's slot from a shared point, and of the nodes in a slot's ring. */
const STAGE_RING = 42;
const NODE_RING = 16;

export function mapLayout(input: MapInput, options: MapOptions): MapDrawing {
  const projection = mapProjection();
  const anchor = new Map<string, Point>();
  const offMap: string[] = [];
  for (const n of input.nodes) {
    const p = n.geo === undefined ? null : projection([n.geo.lon, n.geo.lat]);
    if (p === null) offMap.push(n.id);
    else anchor.set(n.id, { x: p[0], y: p[1] });
  }

  // Groups of two or more placed nodes of one stage and country.
  const byGroup = new Map<string, MapInputNode[]>();
  for (const n of input.nodes) {
    if (!anchor.has(n.id)) continue;
    const key = mapGroupId(n.stage, n.country);
    byGroup.set(key, [...(byGroup.get(key) ?? []), n]);
  }
  const groupOf = new Map<string, string>();
  for (const [key, members] of byGroup)
    if (members.length > 1) for (const m of members) groupOf.set(m.id, key);
  const closed = (key: string | undefined): key is string =>
    key !== undefined && options.grouped && !options.expanded.has(key);

  interface Drawn {
    id: string;
    stage: Stage;
    country: string;
    at: Point;
    members?: string[];
  }
  const drawn: Drawn[] = [];
  const seen = new Set<string>();
  for (const n of input.nodes) {
    const at = anchor.get(n.id);
    if (at === undefined) continue;
    const key = groupOf.get(n.id);
    if (!closed(key)) {
      drawn.push({ id: n.id, stage: n.stage, country: n.country, at });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const members = byGroup.get(key) ?? [];
    const points = members.map((m) => anchor.get(m.id) ?? at);
    drawn.push({
      id: key,
      stage: n.stage,
      country: n.country,
      at: {
        x: points.reduce((s, p) => s + p.x, 0) / points.length,
        y: points.reduce((s, p) => s + p.y, 0) / points.length,
      },
      members: members.map((m) => m.id),
    });
  }

  const nodes = spread(drawn).map(({ d, position }): MapNode => ({
    id: d.id,
    stage: d.stage,
    country: d.country,
    position,
    ...(d.members === undefined ? {} : { members: d.members }),
  }));

  const drawnOf = (id: string): string | undefined => {
    if (!anchor.has(id)) return undefined;
    const key = groupOf.get(id);
    return closed(key) ? key : id;
  };
  const merged = new Map<string, { source: string; target: string; indices: number[] }>();
  input.edges.forEach((e, i) => {
    const source = drawnOf(e.source);
    const target = drawnOf(e.target);
    if (source === undefined || target === undefined || source === target) return;
    const key = `${source}>${target}`;
    const m = merged.get(key);
    if (m === undefined) merged.set(key, { source, target, indices: [i] });
    else m.indices.push(i);
  });
  const edges = [...merged.values()].map((m): MapEdge => {
    const [only] = m.indices;
    return m.indices.length === 1 &&
      only !== undefined &&
      !seen.has(m.source) &&
      !seen.has(m.target)
      ? { id: `e${only}`, ...m, index: only }
      : { id: `sum:${m.source}>${m.target}`, ...m };
  });
  return { nodes, edges, offMap, groupOf };
}

/** Nodes drawn at one point: each stage on its own side, several of one stage in a ring. */
function spread<D extends { stage: Stage; at: Point }>(
  drawn: readonly D[],
): { d: D; position: Point }[] {
  const sites = new Map<string, D[]>();
  for (const d of drawn) {
    const key = `${Math.round(d.at.x)},${Math.round(d.at.y)}`;
    sites.set(key, [...(sites.get(key) ?? []), d]);
  }
  const out: { d: D; position: Point }[] = [];
  for (const site of sites.values()) {
    const stages = STAGES.filter((s) => site.some((d) => d.stage === s));
    stages.forEach((stage, i) => {
      const here = site.filter((d) => d.stage === stage);
      const first = here[0];
      if (first === undefined) return;
      const angle = Math.PI + (2 * Math.PI * i) / stages.length;
      const r = stages.length > 1 ? STAGE_RING : 0;
      const slot = { x: first.at.x + r * Math.cos(angle), y: first.at.y + r * Math.sin(angle) };
      const ring = here.length > 1 ? NODE_RING + 4 * here.length : 0;
      here.forEach((d, j) => {
        const a = -Math.PI / 2 + (2 * Math.PI * j) / here.length;
        out.push({
          d,
          position: { x: slot.x + ring * Math.cos(a), y: slot.y + ring * Math.sin(a) },
        });
      });
    });
  }
  return out;
}
