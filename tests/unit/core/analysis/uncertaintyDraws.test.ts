// The draws can be split anywhere: the seeded sequence can start k numbers in, and draws taken
// in pieces (as threads take them) give the losses of one pass in order.
import { describe, expect, it } from 'vitest';
import {
  buildSupplyGraph,
  scenarioFactors,
  seededRandom,
} from '../../../../src/core/analysis/index.ts';
import {
  noSubstitutionDraws,
  type DrawLosses,
} from '../../../../src/core/analysis/uncertainty/uncertainty.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';

describe('splitting the draws', () => {
  it('seededRandom(seed, k) goes on as the sequence does after k numbers', () => {
    const all = seededRandom(42);
    const seq = Array.from({ length: 50 }, () => all());
    for (const k of [0, 1, 17, 49]) expect(seededRandom(42, k)()).toBe(seq[k]);
  });

  it('draws taken in uneven pieces equal one pass, bit for bit', () => {
    const network = generateSupplyNetwork({ nodes: 150, seed: 9 });
    const g = buildSupplyGraph({
      nodes: network.nodes.map((v) =>
        v.production
          ? { ...v, estimate: { low: 0.7 * v.production, high: 1.2 * v.production } }
          : v,
      ),
      edges: network.edges.map((e) => ({
        ...e,
        estimate: { low: 0.5 * e.flow, high: 1.5 * e.flow },
      })),
    });
    const compiled = scenarioFactors(g, {
      interventions: [{ type: 'block-country', country: 'CN' }],
    });
    if (!compiled.ok) throw new Error(compiled.errors.join('; '));
    const samples = 40;
    const request = { g, f: compiled.factors, seed: 5, samples, from: 0 };
    const fresh = (): DrawLosses => ({
      lost: new Float64Array(g.endUsers.length * samples),
      share: new Float64Array(g.endUsers.length * samples),
    });
    const one = fresh();
    noSubstitutionDraws(request, 0, samples, one);
    const pieces = fresh();
    for (const [lo, hi] of [
      [25, 40],
      [0, 3],
      [3, 25],
    ] as const) {
      noSubstitutionDraws(request, lo, hi, pieces);
    }
    expect(Array.from(pieces.lost)).toEqual(Array.from(one.lost));
    expect(Array.from(pieces.share)).toEqual(Array.from(one.share));
    // The draws differ from one another, so a misplaced draw would show.
    expect(new Set(one.lost).size).toBeGreaterThan(samples);
  });
});
