// Turns a Scenario (a list of interventions, src/core/scenario.ts) into the factors the engine
// applies: a capacity factor per node and a factor per edge. Factors multiply, so a node cut to
// 50% twice passes on 25%. The baseline is never touched: factors are new arrays.
//
// An intervention that names something the network does not have is an error that says which
// intervention and what: `interventions[1] (remove-node): unknown node "pro9"`.
import type { Intervention, Scenario } from '../scenario.ts';
import { unitFactors, type FlowFactors } from './noSubstitution.ts';
import type { SupplyGraph } from './supplyGraph.ts';

export type FactorsResult =
  | { ok: true; factors: FlowFactors }
  | { ok: false; errors: string[]; problems: InterventionProblem[] };

/** What is wrong with intervention number `index`, without the prefix. */
export interface InterventionProblem {
  readonly index: number;
  readonly message: string;
}

export function scenarioFactors(g: SupplyGraph, scenario: Scenario): FactorsResult {
  const factors = unitFactors(g);
  const problems: InterventionProblem[] = [];
  scenario.interventions.forEach((intervention, index) => {
    const message = apply(g, factors, intervention);
    if (message !== null) problems.push({ index, message });
  });
  if (problems.length === 0) return { ok: true, factors };
  const errors = problems.map(({ index, message }) => {
    const type = scenario.interventions[index]?.type ?? '';
    return `interventions[${index}] (${type}): ${message}`;
  });
  return { ok: false, errors, problems };
}

function apply(g: SupplyGraph, f: FlowFactors, i: Intervention): string | null {
  const scaleNode = (id: string, factor: number): string | null => {
    const v = g.index.get(id);
    if (v === undefined) return `unknown node ${JSON.stringify(id)}`;
    f.node[v] = (f.node[v] as number) * factor;
    return null;
  };
  const scaleEdges = (match: (e: number) => boolean, factor: number, none: string) => {
    let hits = 0;
    for (let e = 0; e < g.m; e++) {
      if (!match(e)) continue;
      f.edge[e] = (f.edge[e] as number) * factor;
      hits++;
    }
    return hits === 0 ? none : null;
  };
  const ofMaterial = (e: number, material: string | undefined) =>
    material === undefined || g.edgeMaterial[e] === material;
  const what = (material: string | undefined) =>
    material === undefined ? '' : ` of ${JSON.stringify(material)}`;

  switch (i.type) {
    case 'remove-node':
      return scaleNode(i.node, 0);
    case 'scale-capacity':
      if (!Number.isFinite(i.factor) || i.factor < 0) {
        return `factor ${i.factor} must be a number of at least 0`;
      }
      return scaleNode(i.node, i.factor);
    case 'block-edge': {
      const s = g.index.get(i.source);
      const t = g.index.get(i.target);
      if (s === undefined) return `unknown node ${JSON.stringify(i.source)}`;
      if (t === undefined) return `unknown node ${JSON.stringify(i.target)}`;
      const none = `no flow${what(i.material)} from ${JSON.stringify(i.source)} to ${JSON.stringify(i.target)}`;
      return scaleEdges(
        (e) => g.edgeSource[e] === s && g.edgeTarget[e] === t && ofMaterial(e, i.material),
        0,
        none,
      );
    }
    case 'block-country': {
      const c = g.countries.indexOf(i.country);
      if (c < 0) return `no node in country ${JSON.stringify(i.country)}`;
      for (let v = 0; v < g.n; v++) if (g.country[v] === c) f.node[v] = 0;
      return null;
    }
    case 'block-route': {
      const factor = i.factor ?? 0;
      if (!Number.isFinite(factor) || factor < 0 || factor > 1) {
        return `factor ${factor} must be between 0 and 1`;
      }
      const from = g.countries.indexOf(i.from);
      const to = g.countries.indexOf(i.to);
      const none = `no flow${what(i.material)} from country ${JSON.stringify(i.from)} to ${JSON.stringify(i.to)}`;
      if (from < 0 || to < 0) return none;
      return scaleEdges(
        (e) =>
          g.country[g.edgeSource[e] as number] === from &&
          g.country[g.edgeTarget[e] as number] === to &&
          ofMaterial(e, i.material),
        factor,
        none,
      );
    }
  }
}
