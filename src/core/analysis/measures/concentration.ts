// Concentration by stage: each country's share of a stage's throughput, the
// Herfindahl-Hirschman index and the top-three share.
//
// Throughput is what a node handles: B(v) = inflow + production at baseline, a(v) * B(v) under a
// scenario (see noSubstitution.ts). HHI is the sum of squared shares on a 0-1 scale (1 = one
// country holds everything); competition authorities quote it times 10,000.
import { STAGES, type Stage } from '../../model.ts';
import type { SupplyGraph } from '../flows/supplyGraph.ts';

export interface CountryShare {
  readonly country: string;
  readonly share: number;
}

export interface StageConcentration {
  /** Total throughput of the stage (tonnes). */
  readonly total: number;
  /** Country code -> share of the stage's throughput (0-1), for countries with any. */
  readonly shares: Readonly<Record<string, number>>;
  readonly hhi: number;
  readonly top3Share: number;
  /** Countries by share, largest first (ties by code). */
  readonly ranking: readonly CountryShare[];
}

export function stageConcentration(
  g: SupplyGraph,
  throughput: ArrayLike<number>,
): Record<Stage, StageConcentration> {
  const k = g.countries.length;
  const amounts = STAGES.map(() => new Float64Array(k));
  for (let v = 0; v < g.n; v++) {
    const row = amounts[g.stage[v] as number];
    if (row !== undefined) {
      const c = g.country[v] as number;
      row[c] = (row[c] as number) + (throughput[v] as number);
    }
  }
  const out = {} as Record<Stage, StageConcentration>;
  STAGES.forEach((stage, s) => {
    const row = amounts[s] as Float64Array;
    const total = row.reduce((a, b) => a + b, 0);
    const ranking: CountryShare[] = [];
    row.forEach((amount, c) => {
      if (amount > 0) ranking.push({ country: g.countries[c] as string, share: amount / total });
    });
    ranking.sort((a, b) => b.share - a.share || (a.country < b.country ? -1 : 1));
    const shares: Record<string, number> = {};
    let hhi = 0;
    for (const { country, share } of ranking) {
      shares[country] = share;
      hhi += share * share;
    }
    const top3Share = ranking.slice(0, 3).reduce((a, r) => a + r.share, 0);
    out[stage] = { total, shares, hhi, top3Share, ranking };
  });
  return out;
}
