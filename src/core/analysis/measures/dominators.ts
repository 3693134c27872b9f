// Single points of failure: the nodes that lie on every path from any mine to an end user.
//
// They are the end user's dominators in the graph with a virtual source feeding every mine
// (Cooper, Harvey & Kennedy, "A simple, fast dominance algorithm", 2001: the algorithm behind
// networkx's immediate_dominators, the oracle's reference). Following immediate dominators from
// the end user up to the virtual source gives them all; we list them without the virtual source
// and without the end user itself, sorted by id. Mines count: an end user fed by one mine lists
// it. Cycles are fine (the algorithm iterates to a fixed point); an end user that no mine
// reaches has none.
import { simpleGraph } from '../flows/simpleGraph.ts';
import { MINE_STAGE, type SupplyGraph } from '../flows/supplyGraph.ts';

/** Immediate dominator of each node (graph order); n stands for the virtual source, -1 unreached. */
export function immediateDominators(g: SupplyGraph): Int32Array {
  const { n, outStart, linkTarget, inStart, linkSource } = simpleGraph(g);
  const root = n;
  const isMine = (v: number) => g.stage[v] === MINE_STAGE;
  // Successor lists with the virtual root (feeding every mine) appended as node n.
  const succStart = new Int32Array(n + 2);
  succStart.set(outStart);
  succStart[n + 1] = (outStart[n] as number) + g.mines.length;
  const succ = new Int32Array(linkTarget.length + g.mines.length);
  succ.set(linkTarget);
  succ.set(g.mines, linkTarget.length);

  // Postorder numbers by an iterative depth-first search from the root.
  const post = new Int32Array(n + 1).fill(-1);
  const seen = new Uint8Array(n + 1);
  const order = new Int32Array(n + 1);
  let numbered = 0;
  const stackNode = new Int32Array(n + 1);
  const stackNext = new Int32Array(n + 1);
  let depth = 0;
  stackNode[0] = root;
  stackNext[0] = succStart[root] as number;
  seen[root] = 1;
  while (depth >= 0) {
    const v = stackNode[depth] as number;
    const i = stackNext[depth] as number;
    if (i < (succStart[v + 1] as number)) {
      stackNext[depth] = i + 1;
      const w = succ[i] as number;
      if (seen[w] === 0) {
        seen[w] = 1;
        depth++;
        stackNode[depth] = w;
        stackNext[depth] = succStart[w] as number;
      }
    } else {
      post[v] = numbered;
      order[numbered++] = v;
      depth--;
    }
  }

  const idom = new Int32Array(n + 1).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while ((post[a] as number) < (post[b] as number)) a = idom[a] as number;
      while ((post[b] as number) < (post[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = numbered - 2; k >= 0; k--) {
      const v = order[k] as number;
      let best = isMine(v) ? root : -1;
      for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
        const p = linkSource[i] as number;
        if (idom[p] === -1) continue;
        best = best === -1 ? p : intersect(p, best);
      }
      if (best !== idom[v]) {
        idom[v] = best;
        changed = true;
      }
    }
  }
  return idom.subarray(0, n);
}

/** For each end user (g.endUsers order): its single points of failure, sorted by id. */
export function singlePointsOfFailure(g: SupplyGraph, idom = immediateDominators(g)): string[][] {
  return Array.from(g.endUsers, (e) => {
    const ids: string[] = [];
    if (idom[e] === -1) return ids;
    for (let x = idom[e] as number; x !== g.n; x = idom[x] as number) ids.push(g.ids[x] as string);
    return ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  });
}
