// Where the simulation over time meets alternative recipes: the network a step of the rerouting
// outcome is solved on, `elapsed` days after the shock began (null: at once, nothing switches).
// Until the recipe expansion is in the engine, every converter keeps its baseline recipe.
import type { AnalysisNetwork } from '../flows/supplyGraph.ts';

export function withRecipes(network: AnalysisNetwork, elapsed: number | null): AnalysisNetwork {
  void elapsed;
  return network;
}
