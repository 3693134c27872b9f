// What an end user loses at once (no substitution), material by material: the breakdown behind its
// `lostNoSubstitution`. A pass-through end user is served min(N_m, c·B_m) of each material m, so
// it loses B_m less that; a converter end user runs at one activity for all its inputs, so it
// loses that share of each (a magnet user short of Dy/Tb loses its NdPr's worth of magnets too).
// Production of its own joins the material it leaves as, as in noSubstitution.ts.
import type { NoSubstitutionState } from './noSubstitution.ts';
import type { SupplyGraph } from './supplyGraph.ts';

/** Per material the end user takes, the tonnes it loses at once; node v, capacity factor c. */
export function lossByMaterial(
  g: SupplyGraph,
  shock: NoSubstitutionState,
  v: number,
  c: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  const lo = g.slotStart[v] as number;
  const hi = g.slotStart[v + 1] as number;
  const cv = Math.min(1, Math.max(0, c));
  const share = g.converter[v] === 1 ? 1 - (shock.availability[v] as number) : null;
  for (let k = lo; k < hi; k++) {
    const b = (g.slotBase[k] as number) + (g.slotProduction[k] as number);
    if (!(b > 0)) continue;
    const material = g.materials[g.slotMaterial[k] as number] as string;
    const lost =
      share === null
        ? b - Math.min((shock.slotIn[k] as number) + (g.slotProduction[k] as number), cv * b)
        : b * share;
    out[material] = (out[material] ?? 0) + Math.max(0, lost);
  }
  return out;
}
