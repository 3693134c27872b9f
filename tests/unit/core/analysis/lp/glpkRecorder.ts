// Every program the engine solves, kept with HiGHS's optimum, for the GLPK cross-check.
//
// recordingSolver wraps the HiGHS instance the engine is given: every program the engine solves
// is kept, with HiGHS's optimum. A program solved from text is kept as its text; a model kept in
// HiGHS's memory (the fair share's rounds) is mirrored: its first text is read once, and each
// change the engine makes to it (a bound, a coefficient, a cost) is made to the copy too, by the
// row's or column's name, so each of its runs is kept as the program HiGHS solved then. A change
// the mirror does not know stops the test with its name rather than checking the wrong program.
import type { LpModel, LpSolver } from '../../../../../src/core/analysis/rerouting/lp/types.ts';
import { copyProgram, readLp, type LinearProgram } from './glpk.ts';

/** One program the engine solved and HiGHS's optimum of it. */
export interface Recorded {
  /** What it is: its text's first comment line, or the kept model's run number. */
  readonly what: string;
  readonly program: LinearProgram;
  /** The text as written, for a program solved from text. */
  readonly text?: string;
  readonly highs: number;
}

const title = (text: string) => /^\\\s*(.*)$/m.exec(text)?.[1] ?? '(no title)';

/** Methods of a kept model that change no program. */
const READS = new Set([
  'run',
  'getModelStatus',
  'getObjectiveValue',
  'getSolution',
  'getRowByName',
  'getColByName',
  'getRowName',
  'getColName',
  'getBasis',
  'setBasis',
  'setSolution',
  'getDimensions',
  'getRunTime',
  'dispose',
]);

/** The HiGHS solver, keeping every program solved (see the header). */
export function recordingSolver(highs: LpSolver, options: { models?: boolean } = {}) {
  const programs: Recorded[] = [];
  const solver: LpSolver = {
    solve(text, opts) {
      const solution = highs.solve(text, opts);
      if (solution.Status === 'Optimal') {
        programs.push({
          what: title(text),
          program: readLp(text),
          text,
          highs: solution.ObjectiveValue,
        });
      }
      return solution;
    },
    ...(highs.constants === undefined ? {} : { constants: highs.constants }),
    ...(highs.infinity === undefined ? {} : { infinity: highs.infinity }),
  };
  if (options.models !== false && highs.createModel !== undefined) {
    const create = highs.createModel.bind(highs);
    solver.createModel = (source) =>
      mirroredModel(
        create(source) as NamedModel,
        readLp(source.data),
        title(source.data),
        highs,
        programs,
      );
  }
  return { solver, programs };
}

/** HiGHS's kept model, which also names its rows and columns by number. */
type NamedModel = LpModel & {
  getRowName(row: number): string;
  getColName(col: number): string;
};

function mirroredModel(
  model: NamedModel,
  mirror: LinearProgram,
  what: string,
  highs: LpSolver,
  programs: Recorded[],
): LpModel {
  let runs = 0;
  const rowName = (r: number) => model.getRowName(r);
  const colName = (c: number) => model.getColName(c);
  const row = (r: number) => {
    const name = rowName(r);
    const found = mirror.rows.get(name);
    if (found === undefined) throw new Error(`mirror: no row "${name}" (row ${r})`);
    return found;
  };
  const column = (c: number) => {
    const name = colName(c);
    const found = mirror.cols.get(name);
    if (found === undefined) throw new Error(`mirror: no column "${name}" (column ${c})`);
    return [name, found] as const;
  };
  const changes: Record<string, (...args: number[]) => void> = {
    changeRowBounds: (r, lower, upper) => Object.assign(row(r), { lower, upper }),
    changeCoefficient: (r, c, value) => {
      const coefs = row(r).coefs;
      const [name] = column(c);
      if (value === 0) coefs.delete(name);
      else coefs.set(name, value);
    },
    changeColCost: (c, cost) => mirror.objective.set(column(c)[0], cost),
    changeColBounds: (c, lower, upper) => Object.assign(column(c)[1], { lower, upper }),
  };
  const optimal = highs.constants?.modelStatus.optimal ?? 7;
  const infinity = highs.infinity ?? Infinity;
  const finite = (x: number) => (x >= infinity ? Infinity : x <= -infinity ? -Infinity : x);
  return new Proxy(model, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof key !== 'string' || typeof value !== 'function') return value;
      const call = (value as (...a: unknown[]) => unknown).bind(target);
      const change = changes[key];
      if (change !== undefined) {
        return (...args: number[]) => {
          const out = call(...args);
          change(...args.map(finite));
          return out;
        };
      }
      if (key === 'run') {
        return (...args: unknown[]) => {
          const out = call(...args);
          runs++;
          if (target.getModelStatus() === optimal) {
            programs.push({
              what: `${what} (kept model, run ${runs})`,
              program: copyProgram(mirror),
              highs: target.getObjectiveValue(),
            });
          }
          return out;
        };
      }
      if (READS.has(key)) return call;
      throw new Error(
        `glpk cross-check: the engine calls the kept model's ${key}, which the mirror does not copy`,
      );
    },
  });
}
