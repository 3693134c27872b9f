// The loader's rules for figures the engine cannot analyse as written, applied to every dataset it
// accepts (a dataset file, an import, an edit), each change said in a note with its place:
//   - A capacity below the node's baseline throughput (its total outflow) is raised to that
//     throughput, and a capacity range below it with it. The baseline itself ships more than the
//     stated capacity, so the figure cannot be a limit at baseline: the rerouting programs, which
//     must keep every end user's baseline supply, had no answer ("Infeasible") on such a file.
//   - A node that is no converter but ships more of a material than it receives (and produces) is
//     read as a converter: its output scales with its input, as the no-substitution figures
//     already read it. Passing on more than comes in has no other reading the programs can keep.
// A node's production where no production can be (an end user) is refused by references.ts.
import type { RawDataset } from './schema.ts';

/** Rounding: a flow this close to a capacity (relatively) is within it. */
const TOLERANCE = 1e-9;

const exceeds = (a: number, b: number) => a > b + TOLERANCE * Math.max(1, Math.abs(b));

const fmt = (x: number) => (Math.abs(x) >= 1 ? String(Math.round(x * 1000) / 1000) : String(x));

type Node = RawDataset['nodes'][number];

interface Flows {
  readonly outTotal: Map<string, number>;
  readonly outBy: Map<string, Map<string, number>>;
  readonly inBy: Map<string, Map<string, number>>;
}

function flowsOf(data: RawDataset): Flows {
  const outTotal = new Map<string, number>();
  const outBy = new Map<string, Map<string, number>>();
  const inBy = new Map<string, Map<string, number>>();
  const add = (by: Map<string, Map<string, number>>, id: string, m: string, x: number) => {
    let map = by.get(id);
    if (map === undefined) by.set(id, (map = new Map()));
    map.set(m, (map.get(m) ?? 0) + x);
  };
  for (const e of data.edges) {
    outTotal.set(e.source, (outTotal.get(e.source) ?? 0) + e.flow);
    add(outBy, e.source, e.material, e.flow);
    add(inBy, e.target, e.material, e.flow);
  }
  return { outTotal, outBy, inBy };
}

/** The capacity (and its range) raised to the node's throughput, with the note; or undefined. */
function raisedCapacity(n: Node, i: number, throughput: number): [Node, string] | undefined {
  const capacity = n.capacity;
  if (capacity === null || capacity === undefined || !exceeds(throughput, capacity)) {
    return undefined;
  }
  const range = n.capacityEstimate;
  const capacityEstimate =
    range === undefined
      ? undefined
      : { low: Math.max(range.low, throughput), high: Math.max(range.high, throughput) };
  const note = `nodes[${i}] ("${n.id}"): capacity ${fmt(capacity)} is below what it ships at baseline (${fmt(throughput)}); read as ${fmt(throughput)}${range === undefined ? '' : ', its range with it'}`;
  return [
    { ...n, capacity: throughput, ...(range === undefined ? {} : { capacityEstimate }) },
    note,
  ];
}

/** The materials a pass-through node ships more of than it receives (and produces). */
function shortMaterials(n: Node, flows: Flows): string[] {
  if (n.converter === true || n.stage === 'mine') return [];
  const outs = flows.outBy.get(n.id);
  if (outs === undefined) return [];
  const ins = flows.inBy.get(n.id) ?? new Map<string, number>();
  const production = n.production ?? 0;
  if (production > 0) {
    const inTotal = [...ins.values()].reduce((a, b) => a + b, 0);
    const outTotal = [...outs.values()].reduce((a, b) => a + b, 0);
    return exceeds(outTotal, inTotal + production) ? [...outs.keys()] : [];
  }
  return [...outs].filter(([m, out]) => exceeds(out, ins.get(m) ?? 0)).map(([m]) => m);
}

/** The dataset as the engine can analyse it, and a note for each figure read otherwise. */
export function analysable(data: RawDataset): { data: RawDataset; notes: string[] } {
  const flows = flowsOf(data);
  const notes: string[] = [];
  let changed = false;
  const nodes = data.nodes.map((n, i) => {
    let node = n;
    const raised = raisedCapacity(node, i, flows.outTotal.get(n.id) ?? 0);
    if (raised !== undefined) {
      [node] = raised;
      notes.push(raised[1]);
    }
    const short = shortMaterials(node, flows);
    if (short.length > 0) {
      node = { ...node, converter: true };
      notes.push(
        `nodes[${i}] ("${n.id}"): ships more ${short.map((m) => `"${m}"`).join(', ')} than it receives${(n.production ?? 0) > 0 ? ' and produces' : ''}; read as a converter (its output scales with its input)`,
      );
    }
    if (node !== n) changed = true;
    return node;
  });
  return changed ? { data: { ...data, nodes }, notes } : { data, notes };
}

/** How far inflow may exceed outflow before a node is reported as unbalanced. */
const UNBALANCED = 0.01;

/**
 * Warnings for the nodes that pass material on and receive more than they ship (and say nothing
 * of why in a balance note): a stock, a loss or a missing flow, for a person to look at.
 */
export function unbalanced(data: RawDataset): string[] {
  const flows = flowsOf(data);
  const warnings: string[] = [];
  data.nodes.forEach((n, i) => {
    if (n.stage === 'mine' || n.stage === 'end-user' || n.converter === true) return;
    if (n.balance !== undefined) return;
    const inTotal = [...(flows.inBy.get(n.id)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const out = flows.outTotal.get(n.id) ?? 0;
    const made = n.production ?? 0;
    if (inTotal + made > out * (1 + UNBALANCED) + TOLERANCE) {
      warnings.push(
        `nodes[${i}] ("${n.id}") is unbalanced: it receives ${fmt(inTotal)}${made > 0 ? ` and produces ${fmt(made)}` : ''} but ships ${fmt(out)}; the rest is read as used or stocked there (say why in a balance note)`,
      );
    }
  });
  return warnings;
}
