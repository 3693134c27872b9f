// Collects nodes and flows in the dataset's JSON shape. A figure that is not exact becomes a
// marked estimate (its range, and a note that must say how it was derived); a figure reported on
// another basis keeps what the source said and the factor that converted it.
import type { Stage } from '../../src/core/model.ts';
import type { Basis } from '../../src/data/schema.ts';
import type { Factor } from './factors.ts';
import { add, isExact, mul, q, tonnes, type Quantity } from './quantity.ts';

export interface NodeJson {
  id: string;
  label: string;
  stage: Stage;
  country: string;
  capacity?: number;
  production?: number;
  estimate?: { low: number; high: number };
  year: number;
  sources: string[];
  notes?: string;
  balance?: { note: string; sources?: string[] };
  converter?: true;
  outside?: true;
  stock?: Record<string, StockJson>;
  capacityEstimate?: { low: number; high: number };
  ramps?: RampJson[];
}

/** Model v4: capacity (t REO a year) from a day on, with its sources (src/data/schemaV4.ts). */
export interface RampJson {
  from: string;
  capacity: number;
  year: number;
  sources: string[];
  estimate?: { low: number; high: number };
  notes: string;
}

export interface StockJson {
  tonnes: number;
  year: number;
  sources: string[];
  estimate?: { low: number; high: number };
  notes: string;
}

/** A stock at a node: its tonnes (a range when estimated), year, sources and how it was set. */
export interface StockSpec {
  readonly amount: Quantity;
  readonly year: number;
  readonly sources: readonly string[];
  readonly notes: string;
}

export interface EdgeJson {
  source: string;
  target: string;
  flow: number;
  material: string;
  year: number;
  sources: string[];
  estimate?: { low: number; high: number };
  reported?: { value: number; unit: string; basis: Basis };
  conversion?: { factor: number; note: string; sources: string[] };
  notes?: string;
}

export interface NodeSpec {
  readonly id: string;
  readonly label: string;
  readonly stage: Stage;
  readonly country: string;
  readonly year: number;
  readonly sources: readonly string[];
  readonly notes?: string;
  /** What the node puts in from outside the model (mines: their output). */
  readonly production?: Quantity;
  /** t REO a year; omitted when unknown. */
  readonly capacity?: number;
  /** Why outflow differs from inflow plus production. */
  readonly balance?: string;
  /** Turns its inputs into its outputs and needs every input material in its baseline proportions. */
  readonly converter?: boolean;
  /** Demand outside the modelled users (the rest of the world, or buyers the sources do not name). */
  readonly outside?: boolean;
  /** Tonnes of each material held at the node that it can draw on (t REO). */
  readonly stock?: Readonly<Record<string, StockSpec>>;
  /** The range of `capacity` when it is an estimate. */
  readonly capacityRange?: Quantity;
  /** Capacity that changes from a day on (a plant's ramp). */
  readonly ramps?: readonly RampJson[];
}

export interface FlowSpec {
  readonly year: number;
  readonly sources: readonly string[];
  readonly notes?: string;
}

/** A figure as its source states it, and the factor that puts it in t REO. */
export interface Reported {
  readonly value: number;
  readonly unit: string;
  readonly basis: Basis;
  readonly factor?: Factor;
}

/** Several factors applied in turn (e.g. months to a year, then magnets to t REO). */
export function compose(...factors: readonly Factor[]): Factor {
  return {
    q: factors.reduce((acc, f) => mul(acc, f.q), q(1)),
    note: factors.map((f) => f.note).join(' Then: '),
    sources: [...new Set(factors.flatMap((f) => f.sources))],
  };
}

/** A plain multiplier with its reason, e.g. 12 months a year. */
export function factor(value: Quantity, note: string, sources: readonly string[]): Factor {
  return { q: value, note, sources };
}

const range = (a: Quantity) => ({ low: a.lo, high: a.hi });

export class NetworkBuilder {
  readonly nodes: NodeJson[] = [];
  readonly edges: EdgeJson[] = [];

  node(spec: NodeSpec): string {
    const n: NodeJson = {
      id: spec.id,
      label: spec.label,
      stage: spec.stage,
      country: spec.country,
      year: spec.year,
      sources: [...spec.sources],
    };
    if (spec.capacity !== undefined) n.capacity = Math.round(spec.capacity);
    if (spec.production !== undefined) {
      const p = tonnes(spec.production);
      n.production = p.v;
      if (!isExact(p)) n.estimate = range(p);
    }
    if (spec.notes !== undefined) n.notes = spec.notes;
    if (spec.balance !== undefined) n.balance = { note: spec.balance };
    if (spec.converter === true) n.converter = true;
    if (spec.outside === true) n.outside = true;
    if (spec.capacityRange !== undefined && !isExact(tonnes(spec.capacityRange))) {
      n.capacityEstimate = range(tonnes(spec.capacityRange));
    }
    if (spec.stock !== undefined) {
      n.stock = Object.fromEntries(
        Object.entries(spec.stock).map(([m, st]) => {
          const t = tonnes(st.amount);
          const s: StockJson = {
            tonnes: t.v,
            year: st.year,
            sources: [...st.sources],
            notes: st.notes,
          };
          if (!isExact(t)) s.estimate = range(t);
          return [m, s] as const;
        }),
      );
    }
    if (spec.ramps !== undefined) n.ramps = spec.ramps.map((r) => ({ ...r }));
    this.nodes.push(n);
    return spec.id;
  }

  /** What flows into `id` so far, with the ranges of its estimates. */
  inflowOf(id: string): Quantity {
    return add(
      ...this.edges
        .filter((e) => e.target === id)
        .map((e) => q(e.flow, e.estimate?.low ?? e.flow, e.estimate?.high ?? e.flow)),
    );
  }

  /** A flow of `amount` t REO; an inexact amount is written as an estimate. */
  flow(
    source: string,
    target: string,
    material: string,
    amount: Quantity,
    spec: FlowSpec,
  ): Quantity {
    const a = tonnes(amount);
    const e: EdgeJson = {
      source,
      target,
      flow: a.v,
      material,
      year: spec.year,
      sources: [...spec.sources],
    };
    if (!isExact(a)) e.estimate = range(a);
    if (spec.notes !== undefined) e.notes = spec.notes;
    this.edges.push(e);
    return a;
  }

  /**
   * A flow whose figure a source states on some basis: flow = value × factor (or the value
   * itself when it is already in t REO). `amount` overrides the computed point (e.g. to keep
   * a USGS figure exact when the factor was derived from it); the loader checks they agree.
   */
  reportedFlow(
    source: string,
    target: string,
    material: string,
    reported: Reported,
    spec: FlowSpec,
    amount?: Quantity,
  ): Quantity {
    const converted =
      reported.factor === undefined ? q(reported.value) : mul(q(reported.value), reported.factor.q);
    const a = this.flow(source, target, material, amount ?? converted, spec);
    const e = this.edges[this.edges.length - 1];
    if (e === undefined) throw new Error('no edge was added');
    e.reported = { value: reported.value, unit: reported.unit, basis: reported.basis };
    if (reported.factor !== undefined) {
      e.conversion = {
        factor: Number(reported.factor.q.v.toPrecision(6)),
        note: reported.factor.note,
        sources: [...reported.factor.sources],
      };
    }
    return a;
  }
}
