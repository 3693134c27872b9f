// The rerouting programs solved by a second solver: every program the engine solves with HiGHS
// (LP 1, the largest total; each round of the fair share; the last Pareto check) is solved again
// by GLPK (glpk.ts), and the two optima agree within TOLERANCE relative (absolute below 1). On
// every preset of the bundled dataset, on the `--lp` file `analyze` writes for each, and, as a
// property, on generated networks of one and of several materials with converters and cuts.
import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { runAnalyze, nodeIo } from '../../../../../src/cli/runAnalyze.ts';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  type AnalysisNetwork,
} from '../../../../../src/core/analysis/index.ts';
import type { LpSolver } from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import type { Intervention } from '../../../../../src/core/scenario.ts';
import { loadBundledDataset } from '../../../../../src/data/bundled.ts';
import { generateSupplyNetwork } from '../../../../fixtures/generate.ts';
import { generateThreeMaterialNetwork } from '../../../../fixtures/generateMaterials.ts';
import { cuts, interventionsFor, networkShapes } from '../../../../fixtures/randomCuts.ts';
import {
  agrees,
  infeasibility,
  loadGlpk,
  loosened,
  readLp,
  recordingSolver,
  solveGlpk,
  toGlpk,
  type Recorded,
} from './glpk.ts';

/** How far apart the two optima may be: relative, absolute below 1 (levels t are 0-1). */
const TOLERANCE = 1e-6;
/**
 * How far a program GLPK finds infeasible may be from feasible: the share of each row by which it
 * must be loosened (the hair each "keeps" row already gives way, 1e-9 of its amount). The fair
 * share's last check holds every user at the level HiGHS found, which is feasible within HiGHS's
 * tolerance but may miss by a billionth in exact arithmetic (glpsol --exact says so of
 * myanmar-unrest's); GLPK then answers on the program loosened by that much.
 */
const FEASIBLE_WITHIN = 1e-9;
const DATASET = 'data/rare-earths.json';
/** Property runs: bounded so the file stays well under a minute on two busy cores. */
const RUNS = 30;
const SEED = 2323;

const same = (a: number | undefined, b: number) =>
  a === b || (a !== undefined && Math.abs(a - b) <= 1e-14 * Math.abs(b));

/** Each recorded program solved by GLPK: what disagrees, as lines naming the program. */
async function disagreements(programs: readonly Recorded[]): Promise<string[]> {
  const glpk = await loadGlpk();
  const out: string[] = [];
  for (const p of programs) {
    let g = solveGlpk(glpk, p.program);
    if (g.status === glpk.GLP_NOFEAS) {
      const s = infeasibility(glpk, p.program);
      if (s > FEASIBLE_WITHIN) {
        out.push(`${p.what}: infeasible for GLPK by ${s} of a row, HiGHS's optimum ${p.highs}`);
        continue;
      }
      g = solveGlpk(glpk, loosened(p.program, Math.max(2 * s, FEASIBLE_WITHIN)));
    }
    if (!g.optimal) out.push(`${p.what}: GLPK's status is ${g.status}, HiGHS's optimum ${p.highs}`);
    else if (!agrees(g.objective, p.highs, TOLERANCE)) {
      out.push(`${p.what}: GLPK ${g.objective}, HiGHS ${p.highs}`);
    }
  }
  return out;
}

/** The scenario analysed with rerouting, every program recorded. */
function analyseRecording(
  highs: LpSolver,
  network: AnalysisNetwork,
  interventions: readonly Intervention[],
  models = true,
) {
  const { solver, programs } = recordingSolver(highs, { models });
  const g = buildSupplyGraph(network);
  const outcome = analyzeScenario(g, { interventions }, { rerouter: lpRerouter(solver) });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return { programs, result: outcome.result };
}

describe('GLPK reads the programs as HiGHS does', () => {
  it('a program read, written by GLPK and read again is the same program', async () => {
    const glpk = await loadGlpk();
    const highs = await highsLoader();
    const dataset = loadBundledDataset();
    const preset = dataset.scenarios[0];
    if (preset === undefined) throw new Error(`${DATASET} has no preset`);
    const { programs } = analyseRecording(highs, dataset, preset.interventions, false);
    const text = programs[0]?.text as string;
    const once = readLp(text);
    const again = readLp(glpk.write(toGlpk(glpk, once)));
    expect(again.sense).toBe(once.sense);
    expect([...again.rows.keys()]).toEqual([...once.rows.keys()]);
    for (const [name, row] of once.rows) {
      const other = again.rows.get(name);
      // GLPK writes 15 significant digits.
      expect(same(other?.lower, row.lower), `${name} lower`).toBe(true);
      expect(same(other?.upper, row.upper), `${name} upper`).toBe(true);
      const coefs = [...row.coefs].filter(([, c]) => c !== 0);
      expect(other?.coefs.size, name).toBe(coefs.length);
      for (const [v, c] of coefs) expect(same(other?.coefs.get(v), c), `${name} ${v}`).toBe(true);
    }
    for (const [name, col] of once.cols) {
      const other = again.cols.get(name) ?? { lower: 0, upper: Infinity };
      expect(same(other.lower, col.lower) && same(other.upper, col.upper), name).toBe(true);
    }
  });
});

describe('GLPK agrees with HiGHS on every program of every bundled preset', () => {
  const dataset = loadBundledDataset();
  for (const preset of dataset.scenarios) {
    it(preset.id, async () => {
      const highs = await highsLoader();
      // As the app solves them (the fair share on a model kept in HiGHS's memory) and as text,
      // the engine's other way (every round written out).
      const kept = analyseRecording(highs, dataset, preset.interventions);
      const text = analyseRecording(highs, dataset, preset.interventions, false);
      if (kept.programs.length === 0) {
        // Nobody short at once: the engine solves no program (nothing to reroute).
        expect(text.programs).toEqual([]);
        expect(kept.result.endUsers.every((e) => e.lostNoSubstitutionShare === 0)).toBe(true);
        return;
      }
      for (const { programs } of [kept, text]) {
        expect(await disagreements(programs)).toEqual([]);
      }
      // LP 1's optimum (solved from text) is the largest total the report gives.
      const lp1 = text.programs.filter((p) => p.what.includes('largest total'));
      expect(lp1.length).toBe(1);
      const total = kept.result.totals.reroutingMaximum;
      expect(agrees(total, lp1[0]?.highs as number, TOLERANCE), `${total}`).toBe(true);
    });
  }
});

describe('the --lp file analyze writes has the same optimum for GLPK', () => {
  const dataset = loadBundledDataset();
  for (const preset of dataset.scenarios) {
    it(preset.id, async () => {
      const highs = await highsLoader();
      const files = new Map<string, string>();
      const r = await runAnalyze(
        [DATASET, '--preset', preset.id, '--samples', '0', '--lp', 'scenario.lp'],
        {
          ...nodeIo,
          solver: highs,
          writeFile: (path, text) => files.set(path, text),
        },
      );
      expect(r.stderr).toBe('');
      const text = files.get('scenario.lp') as string;
      const glpk = solveGlpk(await loadGlpk(), readLp(text));
      expect(glpk.optimal, `GLPK's status ${glpk.status}`).toBe(true);
      const again = highs.solve(text, { output_flag: false });
      expect(again.Status).toBe('Optimal');
      expect(agrees(glpk.objective, again.ObjectiveValue, TOLERANCE), `${glpk.objective}`).toBe(
        true,
      );
      // The report's largest total, where the engine solved it (someone short at once).
      const max = (JSON.parse(r.stdout) as { totals: { reroutingMaximum: number | null } }).totals
        .reroutingMaximum;
      if (max !== null) expect(agrees(glpk.objective, max, TOLERANCE), `${max}`).toBe(true);
    });
  }
});

/**
 * Generated networks of up to 24 nodes: one material (some with recycling loops, whose
 * recyclers get a producer in the programs), or three (NdPr and Dy/Tb, turned into magnets by
 * converters). generateSupplyNetwork's own `materials` option is not used: its traders pass on
 * materials in other proportions than they receive them, so the baseline breaks the programs'
 * rule that each material goes out at most as it comes in.
 */
const networks = fc.oneof(
  networkShapes(6).map((o) => ({ ...o, nodes: Math.min(o.nodes, 24), three: false })),
  networkShapes(6).map((o) => ({ ...o, nodes: Math.min(o.nodes, 24), three: true })),
);

const generated = (o: { three: boolean; nodes: number; seed: number }) =>
  o.three ? generateThreeMaterialNetwork(o) : generateSupplyNetwork(o);

describe('GLPK agrees with HiGHS on generated networks', () => {
  it('every program of a scenario with random cuts, as the app solves them', async () => {
    const highs = await highsLoader();
    let solved = 0;
    await fc.assert(
      fc.asyncProperty(networks, cuts, async (shape, picks) => {
        const network = generated(shape);
        const g = buildSupplyGraph(network);
        const { programs } = analyseRecording(highs, network, interventionsFor(g, picks));
        solved += programs.length;
        expect(await disagreements(programs)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The cuts leave someone short in most runs: the property checks programs, not nothing.
    expect(solved).toBeGreaterThan(RUNS);
  });
});
