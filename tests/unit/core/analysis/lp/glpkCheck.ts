// The cross-check itself: each program the engine solved, solved again by GLPK, its optimum
// compared with HiGHS's (glpkCrossCheck.test.ts, glpkProperties.test.ts).
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  type AnalysisNetwork,
} from '../../../../../src/core/analysis/index.ts';
import type { LpSolver } from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import type { Intervention } from '../../../../../src/core/scenario.ts';
import { agrees, infeasibility, loadGlpk, loosened, readLp, solveGlpk } from './glpk.ts';
import { recordingSolver, type Recorded } from './glpkRecorder.ts';

/** How far apart the two optima may be: relative, absolute below 1 (levels t are 0-1). */
export const TOLERANCE = 1e-6;
/**
 * How far a program GLPK finds infeasible may be from feasible: the share of each row by which it
 * must be loosened (the hair each "keeps" row already gives way, 1e-9 of its amount). The fair
 * share's last check holds every user at the level HiGHS found, which is feasible within HiGHS's
 * tolerance but may miss by a billionth in exact arithmetic (glpsol --exact says so of
 * myanmar-unrest's); GLPK then answers on the program loosened by that much.
 */
export const FEASIBLE_WITHIN = 1e-9;

/** Each recorded program solved by GLPK: what disagrees, as lines naming the program. */
export async function disagreements(programs: readonly Recorded[]): Promise<string[]> {
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
export function analyseRecording(
  highs: LpSolver,
  network: AnalysisNetwork,
  interventions: readonly Intervention[],
  options: { models?: boolean } = {},
) {
  const { solver, programs } = recordingSolver(highs, options);
  const g = buildSupplyGraph(network);
  const outcome = analyzeScenario(g, { interventions }, { rerouter: lpRerouter(solver) });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return { programs, result: outcome.result };
}

/**
 * GLPK in the solver's seat: an LpSolver that reads each program's text (readLp) and answers as
 * HiGHS does (status, objective, each column's value, each row's dual by name), with no kept
 * model, so the engine writes every round out. A program GLPK finds infeasible by no more than
 * FEASIBLE_WITHIN of a row is answered loosened by that much (see FEASIBLE_WITHIN).
 */
export async function glpkSolver(): Promise<LpSolver> {
  const glpk = await loadGlpk();
  return {
    solve(text) {
      const program = readLp(text);
      let g = solveGlpk(glpk, program);
      if (g.status === glpk.GLP_NOFEAS && infeasibility(glpk, program) <= FEASIBLE_WITHIN) {
        g = solveGlpk(glpk, loosened(program, FEASIBLE_WITHIN));
      }
      const names = [...program.cols.keys()];
      return {
        Status: g.optimal ? 'Optimal' : g.status === glpk.GLP_NOFEAS ? 'Infeasible' : `${g.status}`,
        ObjectiveValue: g.objective,
        Columns: Object.fromEntries(
          names.map((name, i) => [name, { Index: i, Name: name, Primal: g.vars[name] ?? 0 }]),
        ),
        Rows: [...program.rows.keys()].map((name, i) => ({
          Index: i,
          Name: name,
          Dual: g.duals[name] ?? 0,
        })),
      };
    },
  };
}
