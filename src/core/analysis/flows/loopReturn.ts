// How much of a node's own loss comes back to it round a recycling loop: R(x), the diagonal of
// (I - P)^-1 where P(y, u) = F(u->y) / S(y) is the share of y's intake that u supplies. Outside
// loops R = 1. supplyTrace.ts divides by R to turn "supply through x, counting every pass" into
// "supply lost if x alone goes" (a removed node passes nothing on a second time).
//
// Inside a loop, cutting its r back edges leaves an acyclic part A = I - P_dag, whose inverse is
// a single pass in topological order. Back edges are those that do not go to a later stage
// (recycling, or trade within a stage): every other edge moves material a stage on, so what is
// left is acyclic and ordered by stage. The back edges add a rank-r
// term, and by the Woodbury identity
//   (I - P)^-1 = A^-1 + (A^-1 U) (I - V' A^-1 U)^-1 (V' A^-1),
// with column j of U = q_j e(v_j), of V = e(u_j) for back edge u_j -> v_j of weight q_j. So
// R(x) = 1 + sum over j, k of q_j F_j(x) K_jk G_k(x), where F_j = A^-1 e(v_j) (a forward pass),
// G_k = the row u_k of A^-1 (a backward pass) and K = (I - W)^-1, W_kj = q_j F_j(u_k). Cost:
// 2r passes over the loop plus r^2 per node, instead of one iterative solve per node.
import type { SupplyGraph } from './supplyGraph.ts';

export interface LoopReturn {
  readonly factor: Float64Array;
  /** False when a loop passes on everything it receives (then I - P is singular). */
  readonly converged: boolean;
}

export function loopReturnFactors(g: SupplyGraph, share: Float64Array): LoopReturn {
  const factor = new Float64Array(g.n).fill(1);
  let converged = true;
  const local = new Int32Array(g.n).fill(-1);
  const isBack = new Uint8Array(g.m);
  for (let c = 0; c < g.order.cyclic.length; c++) {
    if (g.order.cyclic[c] === 0) continue;
    const members = g.order.nodes.subarray(g.order.start[c], g.order.start[c + 1]);
    members.forEach((v, i) => (local[v] = i));
    if (!solveLoop(g, share, members, local, isBack, factor)) converged = false;
    for (const v of members) local[v] = -1;
  }
  return { factor, converged };
}

function solveLoop(
  g: SupplyGraph,
  share: Float64Array,
  members: Int32Array,
  local: Int32Array,
  isBack: Uint8Array,
  factor: Float64Array,
): boolean {
  const { outStart, edgeTarget, edgeSource } = g;
  const k = members.length;
  const stageOf = (v: number) => g.stage[v] as number;
  const topo = Int32Array.from(members.keys()).sort(
    (a, b) => stageOf(members[a] as number) - stageOf(members[b] as number),
  );
  const back: number[] = [];
  // Only this loop's members have a local index.
  const inLoop = (e: number) => local[edgeTarget[e] as number] !== -1;
  for (const v of members) {
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      if (inLoop(e) && stageOf(edgeTarget[e] as number) <= stageOf(v)) back.push(e);
    }
  }
  for (const e of back) isBack[e] = 1;
  const r = back.length;
  const weight = back.map((e) => share[e] as number);
  const tailOf = back.map((e) => local[edgeSource[e] as number] as number);
  const headOf = back.map((e) => local[edgeTarget[e] as number] as number);

  // F_j: forward pass from head of back edge j; G_k: backward pass to tail of back edge k.
  const F = new Float64Array(r * k);
  const G = new Float64Array(r * k);
  for (let j = 0; j < r; j++) {
    const f = F.subarray(j * k, (j + 1) * k);
    f[headOf[j] as number] = 1;
    for (const i of topo) {
      const fi = f[i] as number;
      if (fi === 0) continue;
      const v = members[i] as number;
      for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
        if (!inLoop(e) || isBack[e] === 1) continue;
        const t = local[edgeTarget[e] as number] as number;
        f[t] = (f[t] as number) + (share[e] as number) * fi;
      }
    }
    const gk = G.subarray(j * k, (j + 1) * k);
    for (let p = k - 1; p >= 0; p--) {
      const i = topo[p] as number;
      const v = members[i] as number;
      let sum = i === tailOf[j] ? 1 : 0;
      for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
        if (!inLoop(e) || isBack[e] === 1) continue;
        sum += (share[e] as number) * (gk[local[edgeTarget[e] as number] as number] as number);
      }
      gk[i] = sum;
    }
  }

  // K = (I - W)^-1 by Gauss-Jordan elimination with partial pivoting.
  const K = invert(r, (row, col) => {
    const w = (weight[col] as number) * (F[col * k + (tailOf[row] as number)] as number);
    return (row === col ? 1 : 0) - w;
  });
  for (const e of back) isBack[e] = 0;
  if (K === null) return false;
  for (let i = 0; i < k; i++) {
    let extra = 0;
    for (let kk = 0; kk < r; kk++) {
      const gi = G[kk * k + i] as number;
      if (gi === 0) continue;
      let h = 0;
      for (let j = 0; j < r; j++) {
        h += (weight[j] as number) * (F[j * k + i] as number) * (K[j * r + kk] as number);
      }
      extra += h * gi;
    }
    factor[members[i] as number] = 1 + extra;
  }
  return true;
}

/** Inverse of the r x r matrix entry(row, col), row-major; null when it is (nearly) singular. */
function invert(r: number, entry: (row: number, col: number) => number): Float64Array | null {
  const a = new Float64Array(r * 2 * r);
  const w = 2 * r;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < r; j++) a[i * w + j] = entry(i, j);
    a[i * w + r + i] = 1;
  }
  for (let col = 0; col < r; col++) {
    let pivot = col;
    for (let i = col + 1; i < r; i++) {
      if (Math.abs(a[i * w + col] as number) > Math.abs(a[pivot * w + col] as number)) pivot = i;
    }
    const p = a[pivot * w + col] as number;
    if (Math.abs(p) < 1e-12) return null;
    if (pivot !== col) {
      for (let j = 0; j < w; j++) {
        const t = a[col * w + j] as number;
        a[col * w + j] = a[pivot * w + j] as number;
        a[pivot * w + j] = t;
      }
    }
    for (let j = 0; j < w; j++) a[col * w + j] = (a[col * w + j] as number) / p;
    for (let i = 0; i < r; i++) {
      const f = a[i * w + col] as number;
      if (i === col || f === 0) continue;
      for (let j = 0; j < w; j++)
        a[i * w + j] = (a[i * w + j] as number) - f * (a[col * w + j] as number);
    }
  }
  const inverse = new Float64Array(r * r);
  for (let i = 0; i < r; i++)
    for (let j = 0; j < r; j++) inverse[i * r + j] = a[i * w + r + j] as number;
  return inverse;
}
