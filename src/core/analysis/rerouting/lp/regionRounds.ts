// The fair share's programs (LP 1, the rounds, the last check) solved on the part of the network
// the scenario touches (region.ts): each on the region, then checked against the held variables;
// where one of them could improve the answer, the region grows by it and the same program is
// solved again. The rounds on the region are the usual ones (fairShareRounds.ts): a model kept
// in the solver's memory when it offers one, LP text each time when not.
import {
  modelRounds,
  textRounds,
  type Filling,
  type ModelRounds,
  type RunAnswer,
} from './fairShareRounds.ts';
import { columnsOf, improving, restrict, seedRegion, wholeValue, type Region } from './region.ts';
import { answerOf, LpError, maximumAnswer } from './solve.ts';
import type { LpSolver } from './types.ts';

type Inner = ReturnType<typeof textRounds> & Partial<ModelRounds>;

/** The region grows by at most this share of its size at a time, and by at least GROWTH_MIN. */
const GROWTH_SHARE = 0.25;
const GROWTH_MIN = 64;
/** A first region over this share of the program's variables: the whole program is solved. */
const WHOLE_SHARE = 0.1;
/** An answer this close to the program's own bound is at it (the solver's tolerance). */
const AT_BOUND = 1e-7;

/** The filling as the region sees it: its own program, the same users, levels and rising set. */
function regionFilling(filling: Filling, region: Region): Filling {
  return {
    program: region.program,
    ids: filling.ids,
    shortOnly: !region.whole,
    d: filling.d,
    level: filling.level,
    get rising() {
      return filling.rising;
    },
    set rising(r: number[]) {
      filling.rising = r;
    },
  };
}

export interface RegionRounds extends ModelRounds {
  /** Programs solved so far, the region's re-solves included. */
  readonly runs: () => number;
  /** Variables in the region now, and in the whole program. */
  readonly size: () => { region: number; whole: number };
}

/** The fair share's rounds on the region the scenario touches, the rest held at `x0`. */
export function regionRounds(
  solver: LpSolver,
  filling: Filling,
  x0: Float64Array,
  wholeShare = WHOLE_SHARE,
): RegionRounds {
  const whole = filling.program;
  const columns = columnsOf(whole);
  const inR = seedRegion(whole, filling.d, x0);
  // A scenario that touches much of the network is solved whole at once: growing a region that
  // ends up most of it costs more solves than it saves.
  if (inR.reduce((a, x) => a + x, 0) > wholeShare * inR.length) inR.fill(1);
  let region = restrict(whole, inR, x0);
  let runs = 0;
  const open = (): Inner => {
    const local = regionFilling(filling, region);
    return solver.createModel !== undefined
      ? modelRounds(solver, local)
      : textRounds(solver, local);
  };
  let inner = open();
  const grow = (add: readonly number[] | null) => {
    if (add === null) inR.fill(1);
    else for (const v of add) inR[v] = 1;
    inner.dispose();
    region = restrict(whole, inR, x0);
    inner = open();
  };
  /**
   * Runs `solve` on the region until its answer reaches the program's own bound (`bounded`) or no
   * held variable can improve it; the region grows by the held variables that could improve it
   * most, a share of it at a time (most of them are ties the next solve no longer needs).
   */
  const settle = <A extends RunAnswer>(
    solve: () => A | undefined,
    bounded: (answer: A) => boolean,
  ): A | undefined => {
    for (;;) {
      let answer: A | undefined;
      runs++;
      try {
        answer = solve();
      } catch (error) {
        // Held at x0, the rest may have no feasible point the whole program has: solve it all.
        if (!(error instanceof LpError) || region.whole) throw error;
        grow(null);
        continue;
      }
      if (answer === undefined || region.whole || bounded(answer)) return answer;
      const add = improving(whole, columns, region, x0, answer.rowDualOf);
      if (add.length === 0) return answer;
      grow(
        add.slice(0, Math.max(GROWTH_MIN, Math.ceil(GROWTH_SHARE * region.program.names.length))),
      );
    }
  };
  const lift = (answer: RunAnswer): RunAnswer => {
    const at = region;
    return {
      value: wholeValue(at, x0, answer.value),
      rowDualOf: (r) => {
        const l = at.localRow[r] as number;
        return l >= 0 ? answer.rowDualOf(l) : 0;
      },
    };
  };
  // Every end user short of baseline served its own most: no program can do better.
  const { d, program } = filling;
  const short = [...d.keys()].filter((i) => (d[i] as number) > 0);
  const allServed = (answer: RunAnswer) => {
    const served = answerOf(region.program, answer.value, 0).served;
    return short.every((i) => {
      const t = program.target[i] as number;
      return (served[i] as number) >= t - AT_BOUND * Math.max(1, t);
    });
  };
  return {
    solve(round) {
      const answer = settle(
        () => inner.solve(round),
        (a) => a.star >= 1 - AT_BOUND || allServed(a),
      ) as NonNullable<ReturnType<Inner['solve']>>;
      return { ...answer, ...lift(answer) };
    },
    fix: (i, star) => inner.fix(i, star),
    pareto(slack) {
      return lift(settle(() => inner.pareto(slack), allServed) as RunAnswer);
    },
    solveMaximum(m) {
      const answer = settle(() => inner.solveMaximum?.(m), allServed);
      if (answer === undefined) return undefined;
      const lifted = lift(answer);
      return { ...lifted, maximum: maximumAnswer(answerOf(whole, lifted.value, m)) };
    },
    restoreRound: () => inner.restoreRound?.(),
    dispose: () => inner.dispose(),
    runs: () => runs,
    size: () => ({ region: region.program.names.length, whole: whole.names.length }),
  };
}
