// Rerouting as linear programs (the oracle README's "Rerouting: two linear programs"), solved by
// the HiGHS instance the caller passes in:
//   reroutingMaximum: the largest total that can reach end users (outside demand included);
//   fairShare:        the lexicographic max-min fair share of each end user's recovery;
//   bestCase:         the most one end user could get if it came first, while every other end
//                     user keeps its no-substitution amount.
//
// Fair share by progressive filling. Recovery is ρ(u) = (served − noSub) / (baseline − noSub).
// Each round maximises a common level t (0 <= t <= 1) that every end user still rising reaches,
// ρ(u) >= t, while the users fixed in earlier rounds keep their levels. At the optimum t*, an end
// user whose "recovers" row has a non-zero dual value cannot rise above t*: by complementary
// slackness that row is tight in every solution reaching t*, and every solution that keeps all
// rising users at t* or above reaches t*. Those users are fixed at t*. At least one is fixed per
// round: t is basic (its lower bound, −1, is never reached, since the no-substitution state gives
// t = 0), so the duals weighted by each user's shortfall sum to one. A blocked user whose dual
// happens to be zero (a degenerate optimum) is caught in a later round at the same level. When t*
// reaches 1, every user still rising is fully recovered. The allocation is unique; each user's
// fair share is noSub + level·(baseline − noSub), computed from its level.
//
// reroute solves both on one model kept in HiGHS's memory: the first round's program is read
// once; with t held at 0 it is LP 1's (each "recovers" row is then the user's "keeps" row), so
// LP 1 runs on it with the total served as objective, and the first round starts from LP 1's
// basis. When LP 1 brings every end user back to baseline, that is the fair share too.
import { buildProgram, keepFloor, lpText, type Program, type Row, type Terms } from './program.ts';
import type { LpModel, LpNetwork, LpScenario, LpSolution, LpSolver } from './types.ts';

/** Options passed to HiGHS on every solve. */
export const SOLVER_OPTIONS = { output_flag: false } as const;

/** A user whose weighted dual is below this is taken as not blocked this round. */
const BLOCKED = 1e-7;
/** A level this close to 1 is full recovery. */
const FULL = 1 - 1e-9;
/** A level this close to 0 is no recovery (the solver's round-off, e.g. 1e-13). */
const NONE = 1e-9;

export interface LpAnswer {
  /** Per end user (in the order of `endUsers`), the served amount. */
  readonly served: Float64Array;
  /** The flow on each edge (input order) in the solution found (one of possibly many). */
  readonly edgeFlow: Float64Array;
}

export interface Rerouting {
  readonly program: Program;
  /** Node positions of the end users, in input order. */
  readonly endUsers: readonly number[];
  /** LP 1. */
  readonly maximum: number;
  readonly maximumAnswer: LpAnswer;
  /** LP 2: served per end user (same order), its total, and the levels of recovery. */
  readonly fair: LpAnswer & { readonly total: number; readonly level: Float64Array };
  /** How many linear programs the fair share took. */
  readonly rounds: number;
}

export class LpError extends Error {}

function solveText(solver: LpSolver, text: string, what: string): LpSolution {
  const solution = solver.solve(text, SOLVER_OPTIONS);
  if (solution.Status !== 'Optimal') {
    throw new LpError(
      `${what}: the solver answered "${solution.Status}"` +
        (solution.Status === 'Infeasible'
          ? ' (the no-substitution supply cannot be kept within the stated capacities)'
          : ''),
    );
  }
  return solution;
}

/** HiGHS's "optimal" model status, where the solver does not say. */
const OPTIMAL = 7;

function runModel(
  solver: LpSolver,
  model: LpModel,
  what: string,
): { objective: number; rowDual: ArrayLike<number>; colValue: ArrayLike<number> } {
  model.run();
  const status = model.getModelStatus();
  if (status !== (solver.constants?.modelStatus.optimal ?? OPTIMAL)) {
    throw new LpError(`${what}: the solver's model status is ${status}, not optimal`);
  }
  const { colValue, rowDual } = model.getSolution();
  return { objective: model.getObjectiveValue(), rowDual, colValue };
}

function answer(program: Program, solution: LpSolution, m: number): LpAnswer {
  const value = (v: number): number => solution.Columns[program.names[v] as string]?.Primal ?? 0;
  const servedOf = (t: Terms) =>
    t.vars.reduce((s, v, i) => s + (t.coefs[i] as number) * value(v), 0);
  return {
    served: Float64Array.from(program.served, servedOf),
    edgeFlow: Float64Array.from({ length: m }, (_, e) => value(e)),
  };
}

const sumOf = (terms: readonly Terms[]): Terms => ({
  vars: terms.flatMap((t) => t.vars),
  coefs: terms.flatMap((t) => t.coefs),
});

/** LP 1 as text: maximise the total served. */
export function maximumProgramText(program: Program, title: readonly string[] = []): string {
  return lpText(program, {
    title: [...title, 'Rerouting: the largest total served to end users.'],
    sense: 'Maximize',
    objective: sumOf(program.served),
  });
}

/** LP 1: the largest total that can reach end users. */
export function reroutingMaximum(
  solver: LpSolver,
  network: LpNetwork,
  scenario: LpScenario,
  program = buildProgram(network, scenario),
): { maximum: number; answer: LpAnswer } {
  const solution = solveText(solver, maximumProgramText(program), 'rerouting maximum');
  const a = answer(program, solution, network.edges.length);
  return { maximum: a.served.reduce((s, x) => s + x, 0), answer: a };
}

/** The shortfall baseline − noSub of each end user, 0 when it has none worth the name. */
function shortfalls(program: Program): Float64Array {
  return Float64Array.from(program.baseline, (b, i) => {
    const d = b - (program.noSubstitution[i] as number);
    return d > 1e-9 * Math.max(1, b) ? d : 0;
  });
}

/** LP 1's answer, when fairShare is asked to find it too. */
export interface MaximumAnswer {
  readonly maximum: number;
  readonly answer: LpAnswer;
}

/**
 * LP 2: the lexicographic max-min fair share of recovery, by progressive filling. With
 * `withMaximum`, LP 1 is solved first on the same model kept in HiGHS's memory (see reroute).
 */
export function fairShare(
  solver: LpSolver,
  network: LpNetwork,
  scenario: LpScenario,
  program = buildProgram(network, scenario),
  withMaximum = false,
): Rerouting['fair'] & { rounds: number; maximum?: MaximumAnswer } {
  const users = program.endUsers.length;
  const ids = program.endUsers.map((v) => network.nodes[v]?.id ?? '');
  const d = shortfalls(program);
  const ns = program.noSubstitution;
  const level = new Float64Array(users).fill(NaN);
  let rising = [...d.keys()].filter((i) => (d[i] as number) > 0);
  for (let i = 0; i < users; i++) if (!((d[i] as number) > 0)) level[i] = 1;
  const t = program.names.length;
  let rounds = 0;
  const rowName = (prefix: string, i: number) =>
    `${prefix}_${(ids[i] as string).replace(/[^A-Za-z0-9_]/g, '_')}_${i}`;

  const roundText = (round: number): string => {
    const rows: Row[] = [];
    const skip: number[] = [];
    for (const i of rising) {
      const keep = program.keepRow[i] as number;
      if (keep >= 0) skip.push(keep);
      const s = program.served[i] as Terms;
      rows.push({
        name: rowName('recovers', i),
        terms: { vars: [...s.vars, t], coefs: [...s.coefs, -(d[i] as number)] },
        sense: '>=',
        rhs: keepFloor(ns[i] as number),
      });
    }
    for (let i = 0; i < users; i++) {
      const l = level[i] as number;
      if (Number.isNaN(l) || !((d[i] as number) > 0)) continue;
      rows.push({
        name: rowName('holds', i),
        terms: program.served[i] as Terms,
        sense: '>=',
        rhs: keepFloor((ns[i] as number) + l * (d[i] as number)),
      });
    }
    return lpText(program, {
      title: [`Rerouting: fair share, round ${round}: raise the common recovery level t.`],
      sense: 'Maximize',
      objective: { vars: [t], coefs: [1] },
      extraNames: ['t'],
      extraUpper: [1],
      extraLower: [-1],
      rows,
      skipRows: skip,
    });
  };

  // With a persistent model, the first round's program is read once and each later round changes
  // it in place (a fixed user's "recovers" row becomes its "holds" row) and is solved again from
  // the last basis; without one, every round is written and read as text.
  let model: LpModel | null = null;
  let tCol = -1;
  const modelRow = new Map<number, number>();
  // The LP reader numbers columns as it meets them: each edge's column in the model.
  let modelCol = new Int32Array(0);
  const columnOf = (m: LpModel, name: string): number => {
    try {
      return m.getColByName(name);
    } catch {
      return -1;
    }
  };
  const valueIn = (colValue: ArrayLike<number>) => (v: number) => {
    const c = modelCol[v] as number;
    return c >= 0 ? (colValue[c] ?? 0) : 0;
  };
  let lastValue: ((v: number) => number) | null = null;
  let maximum: MaximumAnswer | undefined;
  const openModel = (): LpModel => {
    const created = (solver.createModel as NonNullable<LpSolver['createModel']>)({
      format: 'lp',
      data: roundText(1),
    });
    created.options.set({ output_flag: false });
    tCol = created.getColByName('t');
    modelCol = Int32Array.from(program.names, (nm) => columnOf(created, nm));
    for (const i of rising) modelRow.set(i, created.getRowByName(rowName('recovers', i)));
    return created;
  };
  try {
    if (solver.createModel !== undefined && rising.length > 0) {
      model = openModel();
      if (withMaximum) {
        // LP 1 on the same rows: with t held at 0 each "recovers" row is the user's "keeps" row,
        // so the feasible set is LP 1's; the objective becomes the total served. LP 2's first
        // round then starts from LP 1's basis instead of reading the program again.
        const cost = new Map<number, number>();
        for (const terms of program.served) {
          terms.vars.forEach((v, k) => {
            const c = modelCol[v] as number;
            cost.set(c, (cost.get(c) ?? 0) + (terms.coefs[k] as number));
          });
        }
        if (!cost.has(-1)) {
          model.changeColCost(tCol, 0);
          model.changeColBounds(tCol, 0, 0);
          for (const [c, x] of cost) model.changeColCost(c, x);
          const solved = runModel(solver, model, 'rerouting maximum');
          const value = valueIn(solved.colValue);
          const a: LpAnswer = {
            served: Float64Array.from(program.served, (t) =>
              t.vars.reduce((sum, v, k) => sum + (t.coefs[k] as number) * value(v), 0),
            ),
            edgeFlow: Float64Array.from({ length: network.edges.length }, (_, e) => value(e)),
          };
          maximum = { maximum: a.served.reduce((sum, x) => sum + x, 0), answer: a };
          // When LP 1 brings every end user short of baseline back to it, nobody can get more:
          // that is the fair share too (every level 1), and no round is needed.
          if (
            rising.every(
              (i) => ((a.served[i] as number) - (ns[i] as number)) / (d[i] as number) >= FULL,
            )
          ) {
            for (const i of rising) level[i] = 1;
            rising = [];
            lastValue = value;
          } else {
            for (const c of cost.keys()) model.changeColCost(c, 0);
            model.changeColCost(tCol, 1);
            model.changeColBounds(tCol, -1, 1);
          }
        }
      }
    }
    while (rising.length > 0) {
      rounds++;
      const what = `fair share, round ${rounds}`;
      let star: number;
      let dualOf: (i: number) => number;
      if (model !== null) {
        const solved = runModel(solver, model, what);
        star = solved.objective;
        dualOf = (i) => solved.rowDual[modelRow.get(i) as number] ?? 0;
        lastValue = valueIn(solved.colValue);
      } else {
        const text = roundText(rounds);
        {
          const solution = solveText(solver, text, what);
          star = solution.ObjectiveValue;
          const dual = new Map<string, number>();
          for (const row of solution.Rows) {
            if (row.Name !== undefined) dual.set(row.Name, row.Dual ?? 0);
          }
          dualOf = (i) => dual.get(rowName('recovers', i)) ?? 0;
          lastValue = (v) => solution.Columns[program.names[v] as string]?.Primal ?? 0;
        }
      }
      star = Math.max(0, Math.min(1, star));
      if (star <= NONE) star = 0;
      if (star >= FULL) {
        for (const i of rising) level[i] = 1;
        break;
      }
      const weight = (i: number) => Math.abs(dualOf(i)) * (d[i] as number);
      let blocked = rising.filter((i) => weight(i) > BLOCKED);
      if (blocked.length === 0) {
        const top = rising.reduce((a, b) => (weight(b) > weight(a) ? b : a));
        blocked = [top];
      }
      for (const i of blocked) {
        level[i] = star;
        if (model !== null) {
          const r = modelRow.get(i) as number;
          model.changeCoefficient(r, tCol, 0);
          model.changeRowBounds(
            r,
            keepFloor((ns[i] as number) + star * (d[i] as number)),
            solver.infinity ?? Infinity,
          );
        }
      }
      const fixed = new Set(blocked);
      rising = rising.filter((i) => !fixed.has(i));
    }
  } finally {
    model?.dispose();
  }

  const served = Float64Array.from(level, (l, i) =>
    (d[i] as number) > 0
      ? (ns[i] as number) + l * (d[i] as number)
      : Math.max(ns[i] as number, program.baseline[i] as number),
  );
  const value = lastValue;
  const edgeFlow =
    value === null
      ? answer(
          program,
          solveText(solver, maximumProgramText(program), 'fair share'),
          network.edges.length,
        ).edgeFlow
      : Float64Array.from({ length: network.edges.length }, (_, e) => value(e));
  return {
    served,
    edgeFlow,
    total: served.reduce((s, x) => s + x, 0),
    level,
    rounds,
    ...(maximum === undefined ? {} : { maximum }),
  };
}

/** Both answers for one scenario. */
export function reroute(solver: LpSolver, network: LpNetwork, scenario: LpScenario): Rerouting {
  const program = buildProgram(network, scenario);
  const { rounds, maximum, ...fair } = fairShare(solver, network, scenario, program, true);
  const max = maximum ?? reroutingMaximum(solver, network, scenario, program);
  return {
    program,
    endUsers: program.endUsers,
    maximum: max.maximum,
    maximumAnswer: max.answer,
    fair,
    rounds,
  };
}

/** LP 3 as text: maximise one end user's served amount, every other keeping its own. */
export function bestCaseProgramText(
  program: Program,
  user: number,
  title: readonly string[] = [],
): string {
  return lpText(program, {
    title: [...title, 'Rerouting: the most one end user could get if it came first.'],
    sense: 'Maximize',
    objective: program.served[user] as Terms,
  });
}

/** The most end user `endUser` (a node position) could get while every other keeps its own. */
export function bestCase(
  solver: LpSolver,
  network: LpNetwork,
  scenario: LpScenario,
  endUser: number,
  program = buildProgram(network, scenario),
): number {
  const i = program.endUsers.indexOf(endUser);
  if (i < 0) throw new LpError(`${network.nodes[endUser]?.id ?? endUser} is not an end user`);
  const solution = solveText(solver, bestCaseProgramText(program, i), 'best case');
  return answer(program, solution, network.edges.length).served[i] as number;
}
