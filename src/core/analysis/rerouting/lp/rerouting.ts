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
// t = 0), so the duals weighted by each user's shortfall sum to one. Users whose weighted dual is
// a tiny share of that (BLOCKED_SHARE) stay rising, and every fixed user is held FIX_SLACK below
// t* (a solver's tolerance): a user tied at t* only through such a dual then rises in a later
// round, where it would otherwise be frozen by round-off (the oracle's multi-40n-s22 shows the
// case); a blocked user left rising is caught in the next round at the same level. When t*
// reaches 1, every user still rising is fully recovered. The last check then maximises the total
// served with every user held at its level: if that serves more, no level was Pareto-maximal and
// the check's answer is folded in. Each user's fair share is noSub + level·(baseline − noSub).
//
// reroute solves both on one model kept in HiGHS's memory: the first round's program is read
// once; with t held at 0 it is LP 1's (each "recovers" row is then the user's "keeps" row), so
// LP 1 runs on it with the total served as objective, and the first round starts from LP 1's
// basis. When LP 1 brings every end user back to baseline, that is the fair share too.
import { buildProgram, lpText, type Program, type Terms } from './program.ts';
import { modelRounds, textRounds, type Filling, type Rounds } from './fairShareRounds.ts';
import { feasible, startPoint } from './region.ts';
import { regionRounds, type RegionRounds } from './regionRounds.ts';
import {
  answer,
  answerOf,
  edgeFlowOf,
  LpError,
  maximumAnswer,
  solveText,
  type LpAnswer,
  type MaximumAnswer,
} from './solve.ts';
import type { LpNetwork, LpScenario, LpSolver } from './types.ts';

export { LpError, SOLVER_OPTIONS, type LpAnswer, type MaximumAnswer } from './solve.ts';

/**
 * A user whose weighted dual is below this share of the round's (the weighted duals sum to one)
 * is left rising: if it is blocked after all, the next round finds it at the same level.
 */
const BLOCKED_SHARE = 1e-3;
/** A level this close to 1 is full recovery. */
const FULL = 1 - 1e-9;
/** A level this close to 0 is no recovery (the solver's round-off, e.g. 1e-13). */
const NONE = 1e-9;
/**
 * A user is fixed at a round's level t* held this far below it: levels this close are equal
 * within the solver's own tolerance (HiGHS's primal feasibility tolerance is 1e-7). A user tied
 * with others at t* only through a tiny dual (below BLOCKED_SHARE) can then still rise in a later
 * round, as the oracle's solver lets it.
 */
export const FIX_SLACK = 1e-7;
/** The last check is folded in only when it serves more than this share of the total in all. */
const PARETO_GAIN = 1e-9;

export interface Rerouting {
  readonly program: Program;
  /** Node positions of the end users, in input order. */
  readonly endUsers: readonly number[];
  /** LP 1. */
  readonly maximum: number;
  readonly maximumAnswer: LpAnswer;
  /**
   * LP 2: served per end user (same order), its total, and the levels of recovery; `solved` when
   * the programs ran on the region the scenario touches.
   */
  readonly fair: LpAnswer & {
    readonly total: number;
    readonly level: Float64Array;
    readonly solved?: Solved;
  };
  /** How many linear programs the fair share took. */
  readonly rounds: number;
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
  return maximumAnswer(answer(program, solution, network.edges.length));
}

/** The shortfall baseline − noSub of each end user, 0 when it has none worth the name. */
function shortfalls(program: Program): Float64Array {
  return Float64Array.from(program.baseline, (b, i) => {
    const d = b - (program.noSubstitution[i] as number);
    return d > 1e-9 * Math.max(1, b) ? d : 0;
  });
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
  region: RegionUse = 'auto',
): Rerouting['fair'] & { rounds: number; maximum?: MaximumAnswer; solved?: Solved } {
  const filling = startFilling(program, network);
  const { d, level } = filling;
  const ns = program.noSubstitution;
  const m = network.edges.length;
  let rounds = 0;
  let lastValue: ((v: number) => number) | null = null;
  let maximum: MaximumAnswer | undefined;
  let solving: Rounds | null = null;
  let onRegion: RegionRounds | null = null;
  try {
    const x0 = region === 'never' ? null : startPoint(program, network, scenario);
    if (filling.rising.length === 0 && x0 !== null && feasible(program, x0)) {
      // Nobody is short of baseline and the no-substitution state meets every row: it is the
      // answer to both programs, and none is solved.
      lastValue = (v) => x0[v] as number;
      if (withMaximum) maximum = maximumAnswer(answerOf(program, lastValue, m));
    } else if (filling.rising.length > 0 && (x0 !== null || solver.createModel !== undefined)) {
      if (x0 !== null) {
        onRegion = regionRounds(solver, filling, x0, region === 'always' ? 1 : undefined);
      }
      const model = onRegion ?? modelRounds(solver, filling);
      solving = model;
      const lp1 = withMaximum ? model.solveMaximum(m) : undefined;
      if (lp1 !== undefined) {
        maximum = lp1.maximum;
        // When LP 1 brings every end user short of baseline back to it, nobody can get more:
        // that is the fair share too (every level 1), and no round is needed.
        const { served } = lp1.maximum.answer;
        if (filling.rising.every((i) => recovery(filling, i, served[i] as number) >= FULL)) {
          fixAll(filling);
          lastValue = lp1.value;
        } else model.restoreRound();
      }
    } else solving = textRounds(solver, filling);
    while (solving !== null && filling.rising.length > 0) {
      rounds++;
      const solved = solving.solve(rounds);
      lastValue = solved.value;
      const star = clampLevel(solved.star);
      if (star >= FULL) {
        fixAll(filling);
        break;
      }
      const blocked = blockedUsers(filling, solved.dualOf);
      const held = Math.max(0, star - FIX_SLACK);
      for (const i of blocked) {
        level[i] = held;
        solving.fix(i, held);
      }
      const fixed = new Set(blocked);
      filling.rising = filling.rising.filter((i) => !fixed.has(i));
    }
    if (solving !== null && rounds > 0 && [...d.keys()].some((i) => blockedBelowFull(filling, i))) {
      rounds++;
      lastValue = foldPareto(filling, solving.pareto(0).value, lastValue);
    }
  } finally {
    solving?.dispose();
  }
  const solved = onRegion === null ? undefined : { ...onRegion.size(), runs: onRegion.runs() };

  const served = Float64Array.from(level, (l, i) =>
    (d[i] as number) > 0
      ? (ns[i] as number) + l * (d[i] as number)
      : Math.max(ns[i] as number, program.baseline[i] as number),
  );
  const edgeFlow =
    lastValue === null
      ? answer(program, solveText(solver, maximumProgramText(program), 'fair share'), m).edgeFlow
      : edgeFlowOf(lastValue, m);
  return {
    served,
    edgeFlow,
    total: served.reduce((s, x) => s + x, 0),
    level,
    rounds,
    ...(maximum === undefined ? {} : { maximum }),
    ...(solved === undefined ? {} : { solved }),
  };
}

/** Where the programs were solved: the region's variables at the end, the whole program's. */
export interface Solved {
  readonly region: number;
  readonly whole: number;
  /** Programs solved on the region, its re-solves included. */
  readonly runs: number;
}

/** A user held below full recovery by the filling. */
function blockedBelowFull({ d, level }: Filling, i: number): boolean {
  return (d[i] as number) > 0 && (level[i] as number) < FULL;
}

/**
 * The last check's answer folded in: where it serves more in all than the filling's levels, each
 * user's level is what the check serves it (no user falls below its level, and some rise); otherwise the filling's answer stands. Returns the values to read
 * the edge flows from.
 */
function foldPareto(
  filling: Filling,
  value: (v: number) => number,
  before: ((v: number) => number) | null,
): ((v: number) => number) | null {
  const { program, d, level } = filling;
  const served = answerOf(program, value, 0).served;
  let gain = 0;
  let scale = 0;
  for (let i = 0; i < d.length; i++) {
    const di = d[i] as number;
    if (!(di > 0)) continue;
    const ns = program.noSubstitution[i] as number;
    gain += (served[i] as number) - (ns + (level[i] as number) * di);
    scale += ns + di;
  }
  if (!(gain > PARETO_GAIN * Math.max(1, scale))) return before;
  for (let i = 0; i < d.length; i++) {
    const di = d[i] as number;
    if (di > 0) level[i] = Math.min(1, Math.max(0, recovery(filling, i, served[i] as number)));
  }
  return value;
}

/** Before the first round: users with a shortfall rise, the others are at level 1. */
function startFilling(program: Program, network: LpNetwork): Filling {
  const d = shortfalls(program);
  const level = new Float64Array(program.endUsers.length).fill(NaN);
  const rising = [...d.keys()].filter((i) => (d[i] as number) > 0);
  for (let i = 0; i < level.length; i++) if (!((d[i] as number) > 0)) level[i] = 1;
  const ids = program.endUsers.map((v) => network.nodes[v]?.id ?? '');
  return { program, ids, d, level, rising };
}

/** End user i's recovery ρ = (served − noSub) / (baseline − noSub). */
function recovery({ program, d }: Filling, i: number, served: number): number {
  return (served - (program.noSubstitution[i] as number)) / (d[i] as number);
}

/** Every user still rising is fully recovered. */
function fixAll(filling: Filling): void {
  for (const i of filling.rising) filling.level[i] = 1;
  filling.rising = [];
}

/** A round's level t* within [0, 1], round-off near 0 taken as 0. */
function clampLevel(star: number): number {
  const t = Math.max(0, Math.min(1, star));
  return t <= NONE ? 0 : t;
}

/** The rising users that cannot rise above this round's level (at least one: the most blocked). */
function blockedUsers({ rising, d }: Filling, dualOf: (i: number) => number): number[] {
  const weight = (i: number) => Math.abs(dualOf(i)) * (d[i] as number);
  const total = rising.reduce((s, i) => s + weight(i), 0);
  const blocked = rising.filter((i) => weight(i) > BLOCKED_SHARE * total);
  if (blocked.length > 0) return blocked;
  return [rising.reduce((a, b) => (weight(b) > weight(a) ? b : a))];
}

/**
 * Where the programs are solved when the scenario gives its no-substitution state (region.ts):
 * 'auto' on the part the scenario touches when that is a small part, 'always' there whatever its
 * size, 'never' on the whole network.
 */
export type RegionUse = 'auto' | 'always' | 'never';

/** Both answers for one scenario. */
export function reroute(
  solver: LpSolver,
  network: LpNetwork,
  scenario: LpScenario,
  region: RegionUse = 'auto',
): Rerouting {
  const program = buildProgram(network, scenario);
  const { rounds, maximum, ...fair } = fairShare(solver, network, scenario, program, true, region);
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
