// Ranges from triangular draws: reproducible from a seed, ordered, and around the point figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  percentile,
  POINT_MARGIN,
  seededRandom,
  triangular,
  type AnalysisNetwork,
} from '../../../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../../../fixtures/generate.ts';

/** Every flow and production given a range around its value (widths from the seed). */
function withRanges(
  network: AnalysisNetwork,
  seed: number,
  width: number,
  symmetric = false,
): AnalysisNetwork {
  const random = seededRandom(seed);
  const around = (x: number) => {
    const below = width * random();
    return { low: x * (1 - below), high: x * (1 + (symmetric ? below : width * random())) };
  };
  return {
    nodes: network.nodes.map((n) => (n.production ? { ...n, estimate: around(n.production) } : n)),
    edges: network.edges.map((e) => ({ ...e, estimate: around(e.flow) })),
  };
}

const shapes = fc.record({
  nodes: fc.integer({ min: 6, max: 30 }),
  edgesPerNode: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  materials: fc.integer({ min: 1, max: 3 }),
});

describe('triangular draws', () => {
  it('stay within their range, and their median is where the distribution says', () => {
    const random = seededRandom(7);
    const draws = Float64Array.from({ length: 20_000 }, () => triangular(random(), 0, 1, 4)).sort();
    expect(draws[0]).toBeGreaterThanOrEqual(0);
    expect(draws[draws.length - 1]).toBeLessThanOrEqual(4);
    // F(x) = 1 - (4 - x)^2 / 12 for x >= 1: the median is 4 - sqrt(6).
    expect(percentile(draws, 0.5)).toBeCloseTo(4 - Math.sqrt(6), 1);
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
  });

  it('percentiles interpolate between order statistics', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    expect(percentile([10, 20], 0.95)).toBeCloseTo(19.5, 12);
  });
});

describe('loss ranges on random networks', () => {
  it('are identical for the same seed, and differ for another', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const g = buildSupplyGraph(withRanges(generateSupplyNetwork(shape), shape.seed, 0.3));
        const interventions = [{ type: 'remove-node' as const, node: g.ids[1]! }];
        const run = (seed: number) => {
          const r = analyzeScenario(
            g,
            { interventions },
            { uncertainty: { samples: 60, seed, reroutingSamples: 5 } },
          );
          if (!r.ok) throw new Error(r.errors.join('; '));
          return r.result.endUsers.map((e) => e.ranges);
        };
        expect(run(3)).toEqual(run(3));
      }),
      { numRuns: 15 },
    );
  });

  const lossRanges = (
    shape: { nodes: number; edgesPerNode: number; seed: number; materials: number },
    pick: number,
    symmetric: boolean,
  ) => {
    const g = buildSupplyGraph(
      withRanges(
        generateSupplyNetwork(shape as { nodes: number }),
        shape.seed ?? 1,
        0.2,
        symmetric,
      ),
    );
    const node = g.ids[pick % (g.n - g.endUsers.length)]!;
    const r = analyzeScenario(
      g,
      { interventions: [{ type: 'scale-capacity', node, factor: 0.4 }] },
      { uncertainty: { samples: 200, seed: 1, reroutingSamples: 0 } },
    );
    if (!r.ok) throw new Error(r.errors.join('; '));
    return r.result.endUsers.map((e) => ({
      id: e.id,
      point: e.lostNoSubstitutionShare,
      range: e.ranges!.lostNoSubstitutionShare,
    }));
  };

  it('are ordered p5 <= p50 <= p95', () => {
    fc.assert(
      fc.property(shapes, fc.nat(), (shape, pick) => {
        for (const { range } of lossRanges(shape, pick, false)) {
          expect(range.p5).toBeLessThanOrEqual(range.p50);
          expect(range.p50).toBeLessThanOrEqual(range.p95);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('hold the point figure when every range lies evenly about its value', () => {
    fc.assert(
      fc.property(shapes, fc.nat(), (shape, pick) => {
        for (const { id, point, range } of lossRanges(shape, pick, true)) {
          expect(point, id).toBeGreaterThanOrEqual(range.p5 - 1e-9);
          expect(point, id).toBeLessThanOrEqual(range.p95 + 1e-9);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('say so when the point figure lies outside its own range', () => {
    // Two mines feed one end user; the first is removed. Its output's range reaches only above
    // its value and the second's only below, so every draw loses a larger share than the stated
    // figures do: the point (50%) sits below the 5th percentile, and the report says so.
    const network: AnalysisNetwork = {
      nodes: [
        { id: 'a', stage: 'mine', country: 'AU', production: 50, estimate: { low: 50, high: 150 } },
        { id: 'b', stage: 'mine', country: 'BR', production: 50, estimate: { low: 10, high: 50 } },
        { id: 'e', stage: 'end-user', country: 'US' },
      ],
      edges: [
        { source: 'a', target: 'e', flow: 50 },
        { source: 'b', target: 'e', flow: 50 },
      ],
    };
    const g = buildSupplyGraph(network);
    const r = analyzeScenario(
      g,
      { interventions: [{ type: 'remove-node', node: 'a' }] },
      { uncertainty: { samples: 300, seed: 1, reroutingSamples: 100 } },
    );
    if (!r.ok) throw new Error(r.errors.join('; '));
    const e = r.result.endUsers[0]!;
    expect(e.lostNoSubstitutionShare).toBeCloseTo(0.5, 9);
    expect(e.ranges!.lostNoSubstitutionShare.p5).toBeGreaterThan(0.5 + POINT_MARGIN);
    expect(e.ranges!.pointOutside).toEqual(['noSubstitution', 'withRerouting']);
  });

  it('collapse to the point figures when no figure has a range', () => {
    const g = buildSupplyGraph(generateSupplyNetwork({ nodes: 20, seed: 4, materials: 2 }));
    const r = analyzeScenario(
      g,
      { interventions: [{ type: 'remove-node', node: g.ids[0]! }] },
      { uncertainty: { samples: 500 } },
    );
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.result.uncertainty).toMatchObject({ samples: 1, figuresWithRanges: 0 });
    for (const e of r.result.endUsers) {
      expect(e.ranges!.lostNoSubstitution.p5).toBeCloseTo(e.lostNoSubstitution, 9);
      expect(e.ranges!.lostNoSubstitution.p95).toBeCloseTo(e.lostNoSubstitution, 9);
    }
  });
});
