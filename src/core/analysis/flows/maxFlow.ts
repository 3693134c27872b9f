// Maximum flow (Dinic's algorithm) over typed arrays, for the "after rerouting" outcome.
//
// Arcs are stored in adjacency order (the arcs leaving node v are positions
// adjStart[v]..adjStart[v+1]), so a scan of a node's arcs reads memory in sequence; pair[i] is the
// reverse of arc i. Only residual capacities are kept while searching: a forward arc's flow is
// the residual of its reverse (which has capacity 0), so pushing x along arc a is
// res[a] -= x, res[pair[a]] += x. Capacities may be Infinity (an existing trade link with no
// known limit). `augment` starts from whatever flow is already on the arcs, so raising
// capacities and augmenting again refines a flow instead of starting over: the rerouting
// allocation relies on that. Amounts below `epsilon` count as nothing.
import { groupByKey } from './csr.ts';

export interface FlowNetwork {
  readonly nodeCount: number;
  readonly adjStart: Int32Array;
  readonly head: Int32Array;
  readonly pair: Int32Array;
  /** Position of input arc k (tails[k] -> heads[k]); its reverse is pair[arc[k]]. */
  readonly arc: Int32Array;
  /** Capacity of each forward arc position (0 for reverse arcs). */
  readonly cap: Float64Array;
  readonly res: Float64Array;
  /** Working arrays for augment, one entry per node, reused between calls. */
  readonly scratch: {
    readonly level: Int32Array;
    readonly queue: Int32Array;
    readonly current: Int32Array;
    readonly pathArc: Int32Array;
  };
}

/** Builds the structure for arcs tails[k] -> heads[k] (and their reverses); capacities 0. */
export function createFlowNetwork(
  nodeCount: number,
  tails: Int32Array,
  heads: Int32Array,
): FlowNetwork {
  const k = tails.length;
  // Half-arc h: 2k is input arc k, 2k+1 its reverse.
  const tailOf = new Int32Array(2 * k);
  for (let i = 0; i < k; i++) {
    tailOf[2 * i] = tails[i] as number;
    tailOf[2 * i + 1] = heads[i] as number;
  }
  const { start: adjStart, items } = groupByKey(nodeCount, tailOf);
  const position = new Int32Array(2 * k);
  for (let p = 0; p < 2 * k; p++) position[items[p] as number] = p;
  const head = new Int32Array(2 * k);
  const pair = new Int32Array(2 * k);
  for (let p = 0; p < 2 * k; p++) {
    const h = items[p] as number;
    head[p] = tailOf[h ^ 1] as number;
    pair[p] = position[h ^ 1] as number;
  }
  const arc = new Int32Array(k);
  for (let i = 0; i < k; i++) arc[i] = position[2 * i] as number;
  return {
    nodeCount,
    adjStart,
    head,
    pair,
    arc,
    cap: new Float64Array(2 * k),
    res: new Float64Array(2 * k),
    scratch: {
      level: new Int32Array(nodeCount),
      queue: new Int32Array(nodeCount),
      current: new Int32Array(nodeCount),
      pathArc: new Int32Array(nodeCount),
    },
  };
}

/** Flow on input arc k. */
export function flowOf(net: FlowNetwork, k: number): number {
  return net.res[net.pair[net.arc[k] as number] as number] as number;
}

/** Sets input arc k's flow to f (within its capacity). */
export function setFlow(net: FlowNetwork, k: number, f: number): void {
  const a = net.arc[k] as number;
  net.res[a] = (net.cap[a] as number) - f;
  net.res[net.pair[a] as number] = f;
}

/** Sets input arc k's capacity, keeping its flow. */
export function setCapacity(net: FlowNetwork, k: number, c: number): void {
  const a = net.arc[k] as number;
  net.cap[a] = c;
  net.res[a] = c - (net.res[net.pair[a] as number] as number);
}

/** All arc flows (by input arc), to restore later with setFlows. */
export function flows(net: FlowNetwork): Float64Array {
  const out = new Float64Array(net.arc.length);
  for (let k = 0; k < out.length; k++) out[k] = flowOf(net, k);
  return out;
}

/** Zero flow on every arc. */
export function clearFlows(net: FlowNetwork): void {
  for (let k = 0; k < net.arc.length; k++) setFlow(net, k, 0);
}

export function setFlows(net: FlowNetwork, values: ArrayLike<number>): void {
  for (let k = 0; k < net.arc.length; k++) setFlow(net, k, values[k] as number);
}

/** Pushes as much more flow from s to t as the residual network allows; returns how much. */
export function augment(net: FlowNetwork, s: number, t: number, epsilon: number): number {
  const { nodeCount, head: arcHead, adjStart, res } = net;
  const { level, queue, current, pathArc } = net.scratch;
  let total = 0;
  for (;;) {
    // Levels by breadth-first search over arcs with residual capacity.
    level.fill(-1);
    level[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail && level[t] === -1) {
      const v = queue[head++] as number;
      const end = adjStart[v + 1] as number;
      for (let a = adjStart[v] as number; a < end; a++) {
        const w = arcHead[a] as number;
        if (level[w] === -1 && (res[a] as number) > epsilon) {
          level[w] = (level[v] as number) + 1;
          queue[tail++] = w;
        }
      }
    }
    if (level[t] === -1) return total;
    current.set(adjStart.subarray(0, nodeCount));
    total += blockingFlow(net, s, t, epsilon, level, current, pathArc);
  }
}

/** Finds augmenting paths along increasing levels until none is left (one Dinic phase). */
function blockingFlow(
  net: FlowNetwork,
  s: number,
  t: number,
  epsilon: number,
  level: Int32Array,
  current: Int32Array,
  pathArc: Int32Array,
): number {
  const { head: arcHead, pair, adjStart, res } = net;
  let pushed = 0;
  let depth = 0;
  let v = s;
  for (;;) {
    if (v === t) {
      let bottleneck = Infinity;
      for (let d = 0; d < depth; d++) {
        const a = pathArc[d] as number;
        const r = res[a] as number;
        if (r < bottleneck) bottleneck = r;
      }
      let back = depth;
      for (let d = 0; d < depth; d++) {
        const a = pathArc[d] as number;
        res[a] = (res[a] as number) - bottleneck;
        const r = pair[a] as number;
        res[r] = (res[r] as number) + bottleneck;
        if (back === depth && (res[a] as number) <= epsilon) back = d;
      }
      pushed += bottleneck;
      // Resume from the tail of the first saturated arc.
      depth = back;
      v = depth === 0 ? s : (arcHead[pathArc[depth - 1] as number] as number);
      continue;
    }
    let advanced = false;
    const end = adjStart[v + 1] as number;
    const next = (level[v] as number) + 1;
    for (let a = current[v] as number; a < end; a++) {
      const w = arcHead[a] as number;
      if (level[w] === next && (res[a] as number) > epsilon) {
        current[v] = a;
        pathArc[depth++] = a;
        v = w;
        advanced = true;
        break;
      }
    }
    if (advanced) continue;
    current[v] = end;
    level[v] = -1; // dead end: never visit again this phase
    if (depth === 0) return pushed;
    depth--;
    const a = pathArc[depth] as number;
    v = arcHead[pair[a] as number] as number;
    current[v] = (current[v] as number) + 1;
  }
}
