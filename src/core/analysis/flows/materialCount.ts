// Whether the pooled max-flow answers as the rerouting programs do: on a network of one material
// and no converters its total is the programs' largest total (tests/unit/core/analysis/
// sweepRerouting.test.ts checks it on the version-1 oracle fixtures), so it can stand in for them.
import type { SupplyGraph } from './supplyGraph.ts';

/** One material and no converters. */
export function singleMaterial(g: SupplyGraph): boolean {
  return g.materials.length <= 1 && !g.converter.includes(1);
}
