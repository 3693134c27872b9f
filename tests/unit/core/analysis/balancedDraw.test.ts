// Every draw of the ranges is a network that balances as the point model does: a pass-through
// node ships the same share of what it receives as at baseline (usually all of it), and a
// converter runs at the activity its scarcest input allows and puts out that activity times each
// yield, the yield within its range. Checked within 1e-9 on generated networks (one material, and
// three materials with converters) and on the bundled dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSupplyGraph,
  drawNetwork,
  seededRandom,
  type AnalysisNetwork,
  type SupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';
import { generateThreeMaterialNetwork } from '../../../fixtures/generateMaterials.ts';

const TOL = 1e-9;
const close = (a: number, b: number, what: string) =>
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(
    TOL * Math.max(1, Math.abs(a), Math.abs(b)),
  );

/** Every flow, production and capacity given a range around its value. */
function withRanges(network: AnalysisNetwork, seed: number): AnalysisNetwork {
  const random = seededRandom(seed);
  const around = (x: number) => ({ low: x * (1 - 0.3 * random()), high: x * (1 + 0.3 * random()) });
  return {
    nodes: network.nodes.map((n) => (n.production ? { ...n, estimate: around(n.production) } : n)),
    edges: network.edges.map((e) => ({ ...e, estimate: around(e.flow) })),
  };
}

/** Per slot, the sum of `values` over the edges whose slot (by `slotOf`) it is. */
function bySlot(g: SupplyGraph, values: Float64Array, slotOf: Int32Array): Float64Array {
  const out = new Float64Array(g.slotBase.length);
  for (let e = 0; e < g.m; e++) {
    const k = slotOf[e] as number;
    out[k] = (out[k] as number) + (values[e] as number);
  }
  return out;
}

function checkBalanced(g: SupplyGraph, d: SupplyGraph): void {
  const arrived = bySlot(d, d.edgeFlow, g.edgeInSlot);
  const shipped = bySlot(d, d.edgeFlow, g.edgeOutSlot);
  for (let v = 0; v < g.n; v++) {
    const id = g.ids[v] as string;
    const lo = g.slotStart[v] as number;
    const hi = g.slotStart[v + 1] as number;
    if (g.converter[v] !== 1) {
      for (let k = lo; k < hi; k++) {
        const before = (g.slotBase[k] as number) + (g.slotProduction[k] as number);
        if (!(before > 0)) continue;
        const now = (arrived[k] as number) + (d.slotProduction[k] as number);
        close((shipped[k] as number) * before, (g.slotOut[k] as number) * now, `${id} ships`);
      }
      continue;
    }
    let a = Infinity;
    for (let k = lo; k < hi; k++) {
      const b = g.slotBase[k] as number;
      if (b > 0) a = Math.min(a, (arrived[k] as number) / b);
    }
    if (a === Infinity) {
      const p = g.production[v] as number;
      a = p > 0 ? (d.production[v] as number) / p : 1;
    }
    for (let e = g.outStart[v] as number; e < (g.outStart[v + 1] as number); e++) {
      const base = g.edgeFlow[e] as number;
      const low = Number.isNaN(g.ranges.edgeLow[e]) ? base : (g.ranges.edgeLow[e] as number);
      const high = Number.isNaN(g.ranges.edgeHigh[e]) ? base : (g.ranges.edgeHigh[e] as number);
      const x = d.edgeFlow[e] as number;
      expect(x, `${id} yield`).toBeGreaterThanOrEqual(a * low * (1 - TOL) - TOL);
      expect(x, `${id} yield`).toBeLessThanOrEqual(a * high * (1 + TOL) + TOL);
    }
  }
  // No spare capacity appears where the point model has none.
  for (let v = 0; v < g.n; v++) {
    const c = g.capacity[v] as number;
    if (Number.isNaN(c)) expect(Number.isNaN(d.capacity[v] as number)).toBe(true);
    else if (c <= (g.outflow[v] as number) * (1 + TOL))
      close(d.capacity[v] as number, d.outflow[v] as number, `${g.ids[v]} capacity`);
    else expect(d.capacity[v] as number).toBeGreaterThanOrEqual((d.outflow[v] as number) - TOL);
  }
}

describe('every draw balances', () => {
  it('on generated networks of one material and of three with converters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
        (nodes, seed, three) => {
          const network = three
            ? generateThreeMaterialNetwork({ nodes, seed })
            : generateSupplyNetwork({ nodes, seed, edgesPerNode: 3 });
          const g = buildSupplyGraph(withRanges(network, seed));
          const random = seededRandom(seed);
          for (let s = 0; s < 5; s++) checkBalanced(g, drawNetwork(g, random));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on the bundled dataset, where the same tonnes through an intermediary are drawn once', () => {
    const g = buildSupplyGraph(loadBundledDataset());
    const random = seededRandom(1);
    const from = g.index.get('jp-trading-houses') as number;
    for (let s = 0; s < 200; s++) {
      const d = drawNetwork(g, random);
      checkBalanced(g, d);
      // The trading houses ship on what they receive, whatever the draw.
      let inflow = 0;
      let outflow = 0;
      for (let e = 0; e < g.m; e++) {
        if (g.edgeTarget[e] === from) inflow += d.edgeFlow[e] as number;
        if (g.edgeSource[e] === from) outflow += d.edgeFlow[e] as number;
      }
      const share = (g.outflow[from] as number) / (g.supply[from] as number);
      close(outflow, share * (inflow + (d.production[from] as number)), 'jp-trading-houses');
    }
  });
});
