// Plain-data input of the rerouting linear programs, and the one thing they need from a solver.
//
// The solver is passed in, already loaded: HiGHS (the `highs` package) in Node and in the analysis
// worker. Only the part of its interface used here is named, so src/core imports no solver: any
// object with a `solve(lpText)` that reads CPLEX LP text and answers as HiGHS does will do.

export interface LpNode {
  readonly id: string;
  /** Turns its inputs into its outputs in baseline proportions (mines: no inputs). */
  readonly converter: boolean;
  /** The most it can put out in all (tonnes a year); null when unknown. */
  readonly capacity: number | null;
  readonly endUser: boolean;
  /** Demand outside the model (the rest of the world); an end user like any other. */
  readonly outside: boolean;
}

export interface LpEdge {
  /** Positions in the node list. */
  readonly source: number;
  readonly target: number;
  readonly material: string;
  /** Baseline flow (tonnes a year). */
  readonly flow: number;
}

export interface LpNetwork {
  readonly nodes: readonly LpNode[];
  readonly edges: readonly LpEdge[];
}

export interface LpScenario {
  /** c(v), per node: 1 untouched, 0 removed. */
  readonly nodeFactor: ArrayLike<number>;
  /** k(e), per edge: 1 untouched, 0 blocked. */
  readonly edgeFactor: ArrayLike<number>;
  /** Each node's no-substitution served amount; read for end users only. */
  readonly noSubstitution: ArrayLike<number>;
  /**
   * The no-substitution state, when known: flow per edge (input order) and each converter's
   * activity (per node). The programs are then solved on the part of the network the scenario
   * touches, the rest held at this state (region.ts); without it, on the whole network.
   */
  readonly start?: {
    readonly edgeFlow: ArrayLike<number>;
    readonly activity: ArrayLike<number>;
  };
}

/** One row or column of a solution, as HiGHS reports it. */
export interface LpValue {
  readonly Index: number;
  readonly Primal?: number;
  readonly Dual?: number;
  readonly Name?: string;
}

export interface LpSolution {
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Readonly<Record<string, LpValue>>;
  readonly Rows: readonly LpValue[];
}

/**
 * A model kept in the solver's memory (HiGHS's persistent API): changed in place and solved again
 * from the last basis, without reading the text again.
 */
export interface LpModel {
  readonly options: { set(values: Readonly<Record<string, boolean | number>>): unknown };
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { readonly colValue: ArrayLike<number>; readonly rowDual: ArrayLike<number> };
  getRowByName(name: string): number;
  getRowName(row: number): string;
  getColName(col: number): string;
  getColByName(name: string): number;
  changeRowBounds(row: number, lower: number, upper: number): unknown;
  changeCoefficient(row: number, col: number, value: number): unknown;
  changeColCost(col: number, cost: number): unknown;
  changeColBounds(col: number, lower: number, upper: number): unknown;
  dispose(): void;
}

/**
 * The part of a loaded HiGHS instance that is used: solve CPLEX LP text and, where offered, keep a
 * model read from LP text to solve again after changes (the fair share's rounds).
 */
export interface LpSolver {
  solve(problem: string, options?: Readonly<Record<string, unknown>>): LpSolution;
  createModel?(source: { readonly format: 'lp'; readonly data: string }): LpModel;
  readonly constants?: { readonly modelStatus: { readonly optimal: number } };
  readonly infinity?: number;
}
