// The node measures, declared once: the UI's tables, colour scales and the CLI are generated
// from this list. Each descriptor says what the number means and computes it (graph order) from
// a shared context, so measures that come from the same computation run it once.
import { betweenness, type Betweenness } from './betweenness.ts';
import { degrees, pagerank, type Degrees, type PageRank } from './centrality.ts';
import { immediateDominators } from './dominators.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';
import { baselineState, createTracer, supplyThrough } from '../flows/supplyTrace.ts';

export interface MeasureContext {
  readonly g: SupplyGraph;
  betweenness(): Betweenness;
  pagerank(): PageRank;
  degrees(): Degrees;
  /** End-user supply through each node at baseline (tonnes), and its total. */
  through(): { readonly x: Float64Array; readonly total: number; readonly converged: boolean };
  immediateDominators(): Int32Array;
}

export type MeasureUnit = 'share' | 'tonnes' | 'count' | 'score';

export interface NodeMeasure {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly unit: MeasureUnit;
  readonly compute: (ctx: MeasureContext) => Float64Array;
}

export const NODE_MEASURES = [
  {
    id: 'chokepoint',
    label: 'Chokepoint score',
    description:
      'Share of all end-user supply that passes through the node, which is also the share end users lose at once if it alone goes (no substitution).',
    unit: 'share',
    compute: (ctx) => {
      const { x, total } = ctx.through();
      return x.map((v) => (total > 0 ? v / total : 0));
    },
  },
  {
    id: 'supplyThrough',
    label: 'End-user supply through it',
    description: 'Tonnes a year of end-user supply that pass through the node at baseline.',
    unit: 'tonnes',
    compute: (ctx) => ctx.through().x,
  },
  {
    id: 'throughput',
    label: 'Throughput',
    description: 'Tonnes a year the node handles at baseline: what it receives plus what it mines.',
    unit: 'tonnes',
    compute: (ctx) => ctx.g.supply.slice(),
  },
  {
    id: 'singlePointOfFailureFor',
    label: 'Single point of failure for',
    description: 'Number of end users whose every supply path from a mine runs through the node.',
    unit: 'count',
    compute: (ctx) => {
      const idom = ctx.immediateDominators();
      const count = new Float64Array(ctx.g.n);
      for (const e of ctx.g.endUsers) {
        if (idom[e] === -1) continue;
        for (let x = idom[e] as number; x !== ctx.g.n; x = idom[x] as number) {
          count[x] = (count[x] as number) + 1;
        }
      }
      return count;
    },
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    description:
      'Ordered pairs of nodes whose shortest supply paths (in hops, along the flow) run through the node, each pair counted by the share of its shortest paths that do.',
    unit: 'score',
    compute: (ctx) => ctx.betweenness().raw,
  },
  {
    id: 'betweennessNormalized',
    label: 'Betweenness (normalised)',
    description: 'Betweenness divided by (n-1)(n-2), the number of ordered pairs that could pass.',
    unit: 'share',
    compute: (ctx) => ctx.betweenness().normalized,
  },
  {
    id: 'pagerank',
    label: 'PageRank (flow-weighted)',
    description:
      'Where material tends to end up: PageRank with damping 0.85 along the flow, links weighted by tonnes.',
    unit: 'score',
    compute: (ctx) => ctx.pagerank().score,
  },
  {
    id: 'inDegree',
    label: 'Suppliers',
    description: 'Number of nodes that supply it.',
    unit: 'count',
    compute: (ctx) => ctx.degrees().inDegree,
  },
  {
    id: 'outDegree',
    label: 'Customers',
    description: 'Number of nodes it supplies.',
    unit: 'count',
    compute: (ctx) => ctx.degrees().outDegree,
  },
  {
    id: 'inFlow',
    label: 'Flow in',
    description: 'Tonnes a year it receives (flow-weighted in-degree).',
    unit: 'tonnes',
    compute: (ctx) => ctx.degrees().inFlow,
  },
  {
    id: 'outFlow',
    label: 'Flow out',
    description: 'Tonnes a year it ships (flow-weighted out-degree).',
    unit: 'tonnes',
    compute: (ctx) => ctx.degrees().outFlow,
  },
] as const satisfies readonly NodeMeasure[];

export type NodeMeasureId = (typeof NODE_MEASURES)[number]['id'];

/** Figures computed elsewhere (betweenness on worker threads, say) that the context uses as is. */
export interface Precomputed {
  readonly betweenness?: Betweenness;
}

export function createMeasureContext(g: SupplyGraph, given: Precomputed = {}): MeasureContext {
  const once = <T>(compute: () => T): (() => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: compute() }).v;
  };
  return {
    g,
    betweenness: once(() => given.betweenness ?? betweenness(g)),
    pagerank: once(() => pagerank(g)),
    degrees: once(() => degrees(g)),
    through: once(() => {
      const state = baselineState(g);
      const { x, converged } = supplyThrough(g, createTracer(g, state));
      const total = state.delivered.reduce((a, b) => a + b, 0);
      return { x, total, converged };
    }),
    immediateDominators: once(() => immediateDominators(g)),
  };
}
