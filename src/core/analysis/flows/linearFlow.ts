// Linear propagation along the supply graph, the workhorse of supply tracing:
//   forward:  x(v) = b(v) + sum over edges u->v of w(e) * x(u)   (what arrives, from upstream)
//   backward: x(v) = b(v) + sum over edges v->t of w(e) * x(t)   (what depends on v, downstream)
// One pass in topological order on an acyclic graph. Inside a recycling loop (a cyclic strongly
// connected component) Gauss-Seidel sweeps run until no value moves by more than 1e-12 of
// itself, or MAX_SWEEPS is reached (then `converged` is false): never an endless loop. With
// non-negative b and w the sweeps rise monotonically to the fixed point.
import type { SupplyGraph } from './supplyGraph.ts';

export const LOOP_TOLERANCE = 1e-12;
export const MAX_SWEEPS = 100_000;

export interface Solved {
  readonly x: Float64Array;
  readonly converged: boolean;
}

/** `b` holds `dim` values per node (node-major); the result has the same layout. */
export function forwardSolve(g: SupplyGraph, w: Float64Array, b: Float64Array, dim = 1): Solved {
  const { order, inStart, inEdge, edgeSource } = g;
  const x = Float64Array.from(b);
  let converged = true;
  const update = (v: number): number => {
    let change = 0;
    for (let k = 0; k < dim; k++) {
      let sum = b[v * dim + k] as number;
      for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
        const e = inEdge[i] as number;
        sum += (w[e] as number) * (x[(edgeSource[e] as number) * dim + k] as number);
      }
      const d = relativeChange(x[v * dim + k] as number, sum);
      if (d > change) change = d;
      x[v * dim + k] = sum;
    }
    return change;
  };
  for (let c = 0; c < order.cyclic.length; c++) {
    if (!sweepComponent(g, c, update)) converged = false;
  }
  return { x, converged };
}

export function backwardSolve(g: SupplyGraph, w: Float64Array, b: Float64Array): Solved {
  const { order, outStart, edgeTarget } = g;
  const x = Float64Array.from(b);
  let converged = true;
  const update = (v: number): number => {
    let sum = b[v] as number;
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      sum += (w[e] as number) * (x[edgeTarget[e] as number] as number);
    }
    const d = relativeChange(x[v] as number, sum);
    x[v] = sum;
    return d;
  };
  for (let c = order.cyclic.length - 1; c >= 0; c--) {
    if (!sweepComponent(g, c, update)) converged = false;
  }
  return { x, converged };
}

/** |after - before| relative to |after|; 0 when nothing moved. */
export function relativeChange(before: number, after: number): number {
  const d = Math.abs(after - before);
  return d === 0 ? 0 : d / Math.abs(after);
}

/**
 * Runs `update` (which returns how much the node's value moved, by the caller's measure) over
 * component c: once if it is acyclic, else in sweeps until no value moves by more than
 * LOOP_TOLERANCE. Returns whether it converged.
 */
export function sweepComponent(g: SupplyGraph, c: number, update: (v: number) => number): boolean {
  const { nodes, start, cyclic } = g.order;
  const lo = start[c] as number;
  const hi = start[c + 1] as number;
  if (cyclic[c] === 0) {
    update(nodes[lo] as number);
    return true;
  }
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    for (let i = lo; i < hi; i++) {
      const d = update(nodes[i] as number);
      if (d > change) change = d;
    }
    if (change <= LOOP_TOLERANCE) return true;
  }
  return false;
}
