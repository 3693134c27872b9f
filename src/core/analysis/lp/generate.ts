// Random multi-material networks for benchmarks and property tests: a generated layered network
// (generate.ts) where every flow before the magnet makers is split into NdPr (85%) and Dy/Tb
// (15%), and magnet makers turn both into magnets. Mines and magnet makers are converters; every
// other node passes each material on, so flows stay balanced material by material.
import { generateSupplyNetwork, type GenerateOptions } from '../generate.ts';
import type { AnalysisEdge, AnalysisNetwork } from '../supplyGraph.ts';

export const SPLIT = [
  ['NdPr', 0.85],
  ['Dy/Tb', 0.15],
] as const;

/** Three materials (NdPr, Dy/Tb, magnet); recycling loops are left out. */
export function generateThreeMaterialNetwork(options: GenerateOptions): AnalysisNetwork {
  const base = generateSupplyNetwork({ ...options, recycling: 0 });
  const stage = new Map(base.nodes.map((v) => [v.id, v.stage] as const));
  const edges: AnalysisEdge[] = [];
  for (const e of base.edges) {
    if (stage.get(e.source) === 'magnet-maker') edges.push({ ...e, material: 'magnet' });
    else
      for (const [material, share] of SPLIT) edges.push({ ...e, material, flow: e.flow * share });
  }
  const nodes = base.nodes.map((v) =>
    v.stage === 'mine' || v.stage === 'magnet-maker' ? { ...v, converter: true } : v,
  );
  return { nodes, edges };
}
