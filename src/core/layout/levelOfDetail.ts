// Level of detail for networks too big to read node by node: one node per stage and country
// (a group) with the flows between groups summed, and any group expanded back into its nodes.
// What is drawn is a small network of groups and expanded nodes; the analysis still runs on the
// whole network, and ids of expanded nodes and indices of edges between them are the network's
// own, so selections, details and scenarios work on it unchanged.
import { STAGES, type Stage, type SupplyNetwork } from '../model.ts';

/** Above this many nodes the graph is drawn by group. */
export const DETAIL_THRESHOLD_NODES = 8000;

export interface DrawnNode {
  readonly id: string;
  readonly stage: Stage;
  readonly country: string;
  /** For a group: its members' ids (in the network's order); absent for a node drawn as itself. */
  readonly members?: readonly string[];
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Summed flow of the network's edges it stands for. */
  readonly flow: number;
  /** The network's edge, when it stands for exactly one edge between two drawn nodes. */
  readonly index?: number;
  /** How many of the network's edges it stands for. */
  readonly count: number;
}

export interface DetailView {
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly DrawnEdge[];
  /** The group of every node of the network. */
  readonly groupOf: ReadonlyMap<string, string>;
}

/**
 * The id of the group of a stage and country. A drawn node is a group when it has `members`,
 * whatever its id, so a dataset that names a node like this still works.
 */
export function groupId(stage: Stage, country: string): string {
  return `group:${stage}:${country}`;
}

/** The groups of `network`, with every group in `expanded` (group ids) drawn node by node. */
export function detailView(network: SupplyNetwork, expanded: ReadonlySet<string>): DetailView {
  const groupOf = new Map<string, string>();
  const groups = new Map<string, { stage: Stage; country: string; members: string[] }>();
  const nodes: DrawnNode[] = [];
  for (const node of network.nodes) {
    const key = groupId(node.stage, node.country);
    groupOf.set(node.id, key);
    if (expanded.has(key)) {
      nodes.push({ id: node.id, stage: node.stage, country: node.country });
      continue;
    }
    let group = groups.get(key);
    if (group === undefined) {
      group = { stage: node.stage, country: node.country, members: [] };
      groups.set(key, group);
    }
    group.members.push(node.id);
  }
  const stageOrder = (s: Stage) => STAGES.indexOf(s);
  const sortedGroups = [...groups.entries()].sort(
    ([a, x], [b, y]) => stageOrder(x.stage) - stageOrder(y.stage) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const [id, g] of sortedGroups) nodes.push({ id, ...g });

  const drawnOf = (id: string) => {
    const key = groupOf.get(id) as string;
    return expanded.has(key) ? id : key;
  };
  const edges: DrawnEdge[] = [];
  const merged = new Map<string, { source: string; target: string; flow: number; count: number }>();
  network.edges.forEach((e, index) => {
    const source = drawnOf(e.source);
    const target = drawnOf(e.target);
    if (source === e.source && target === e.target) {
      edges.push({ id: `e${index}`, source, target, flow: e.flow, index, count: 1 });
      return;
    }
    if (source === target) return; // flows inside one group are not drawn
    const key = `${source}>${target}`;
    const m = merged.get(key);
    if (m === undefined) merged.set(key, { source, target, flow: e.flow, count: 1 });
    else {
      m.flow += e.flow;
      m.count += 1;
    }
  });
  for (const [key, m] of merged) edges.push({ id: `sum:${key}`, ...m });
  return { nodes, edges, groupOf };
}
