// The GLPK cross-check (glpkCheck.ts) as properties on generated networks: every program the
// engine solves with HiGHS is solved again by GLPK and the optima agree within TOLERANCE. On
// networks of one material (some with recycling loops) and of three (converters), with random
// cuts; on networks whose magnet makers have alternative recipes (glpkNetworks.ts); and on the
// programs the simulation over time solves for such a network with stocks and dated cuts.
import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { buildSupplyGraph } from '../../../../../src/core/analysis/index.ts';
import { simulate } from '../../../../../src/core/analysis/time/simulate.ts';
import { generateSupplyNetwork } from '../../../../fixtures/generate.ts';
import { generateThreeMaterialNetwork } from '../../../../fixtures/generateMaterials.ts';
import { cuts, interventionsFor, networkShapes } from '../../../../fixtures/randomCuts.ts';
import { analyseRecording, disagreements } from './glpkCheck.ts';
import { recordingSolver, type Recorded } from './glpkRecorder.ts';
import { recipeNetwork } from './glpkNetworks.ts';

/** Runs of each property: bounded so the file stays well under a minute on two busy cores. */
const RUNS = 20;
const SEED = 2323;
const SMALL = 20;
/** The simulation solves a fair share per step (tens of programs a year): fewer, smaller runs. */
const TIME_RUNS = 6;
const TIME_SMALL = 14;
/** Each property's own time limit (vitest's default, 20 s, is short on two busy cores). */
const LIMIT = 90_000;

/**
 * Up to SMALL nodes: one material (some with recycling loops, whose recyclers get a producer in
 * the programs), or three (NdPr and Dy/Tb, made into magnets by converters). generate.ts's own
 * `materials` option is not used: its traders pass materials on in other proportions than they
 * receive them, which breaks the programs' rule that each material goes out at most as it comes
 * in (the programs are then infeasible, as they should be).
 */
const shapes = networkShapes(6).map((o) => ({ ...o, nodes: Math.min(o.nodes, SMALL) }));

describe('GLPK agrees with HiGHS on generated networks', () => {
  it(
    'one or three materials, random cuts: every program, as the app solves them',
    async () => {
      const highs = await highsLoader();
      let solved = 0;
      await fc.assert(
        fc.asyncProperty(shapes, fc.boolean(), cuts, async (shape, three, picks) => {
          const network = three
            ? generateThreeMaterialNetwork(shape)
            : generateSupplyNetwork(shape);
          const g = buildSupplyGraph(network);
          const { programs } = analyseRecording(highs, network, interventionsFor(g, picks));
          solved += programs.length;
          expect(await disagreements(programs)).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // The cuts leave someone short in most runs: the property checks programs, not nothing.
      expect(solved).toBeGreaterThan(RUNS);
    },
    LIMIT,
  );

  it(
    'alternative recipes on the magnet makers, random cuts: every program',
    async () => {
      const highs = await highsLoader();
      let solved = 0;
      let withRecipes = 0;
      await fc.assert(
        fc.asyncProperty(shapes, cuts, async (shape, picks) => {
          const network = recipeNetwork(shape);
          const g = buildSupplyGraph(network);
          const { programs } = analyseRecording(highs, network, interventionsFor(g, picks));
          solved += programs.length;
          if (programs.some(choosesRecipes)) withRecipes++;
          expect(await disagreements(programs)).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      expect(solved).toBeGreaterThan(RUNS);
      // The programs choose among the recipes in most runs.
      expect(withRecipes).toBeGreaterThan(RUNS / 2);
    },
    LIMIT,
  );

  it(
    'over time: every program a year of dated cuts solves, with recipes and stocks',
    async () => {
      const highs = await highsLoader();
      let solved = 0;
      const kinds = new Set<string>();
      const days = fc.integer({ min: 0, max: 364 });
      await fc.assert(
        fc.asyncProperty(shapes, cuts, days, days, async (shape, picks, a, b) => {
          const network = recipeNetwork({ ...shape, nodes: Math.min(shape.nodes, TIME_SMALL) });
          const g = buildSupplyGraph(network);
          const [first, second] = [Math.min(a, b), Math.max(a, b)];
          const interventions = interventionsFor(g, picks);
          // The first cut for good from its day; the others from the first's day to the second's.
          const events = [
            { from: day(first), interventions: interventions.slice(0, 1) },
            { from: day(first), to: day(second), interventions: interventions.slice(1) },
          ];
          const { solver, programs } = recordingSolver(highs);
          simulate({ network, from: day(0), to: day(364), events, series: [], solver });
          solved += programs.length;
          for (const p of programs) kinds.add(p.what);
          if (programs.length > 0) expect(programs.some(choosesRecipes)).toBe(true);
          expect(await disagreements(programs)).toEqual([]);
        }),
        { numRuns: TIME_RUNS, seed: SEED },
      );
      expect(solved).toBeGreaterThan(TIME_RUNS);
      // Both kinds of program the simulation solves: the fair share's and the stocks' draw.
      expect([...kinds].some((k) => k.includes('fair share'))).toBe(true);
      expect([...kinds].some((k) => k.includes('least drawn from stocks'))).toBe(true);
    },
    LIMIT,
  );
});

/** A program with a variable for a recipe of a magnet maker (recipeNetwork's names). */
const choosesRecipes = (p: Recorded) =>
  [...p.program.cols.keys()].some((name) => name.endsWith('_dy_free'));

/** Day `n` of 2025 as YYYY-MM-DD. */
function day(n: number): string {
  return new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
}
