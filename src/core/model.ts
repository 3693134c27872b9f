// The supply network as the analysis engine sees it: plain, read-only data.
// Direction: an edge points the way material moves (supplier -> customer).
// Units: `flow`, `capacity` and `production` share one unit per dataset (tonnes a year;
// the bundled dataset uses tonnes of rare-earth oxide equivalent, see data/README.md).

export const STAGES = ['mine', 'processor', 'intermediary', 'magnet-maker', 'end-user'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  mine: 'Mines',
  processor: 'Processors',
  intermediary: 'Intermediaries',
  'magnet-maker': 'Magnet makers',
  'end-user': 'End users',
};

export type NodeId = string;

export interface SupplyNode {
  readonly id: NodeId;
  readonly stage: Stage;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** The most the node can pass on; null or absent when unknown or unbounded. */
  readonly capacity?: number | null | undefined;
  /** What a mine puts in at baseline. */
  readonly production?: number | null | undefined;
  /**
   * Turns its inputs into its outputs and needs every input material in its baseline
   * proportions (a magnet maker cannot make magnets without Dy/Tb). A node that is not a
   * converter passes each material on separately.
   */
  readonly converter?: boolean | undefined;
  /** Demand outside the modelled end users (the rest of the world); an end user like any other. */
  readonly outside?: boolean | undefined;
  /** Tonnes of each material held at the node that it can draw on in a shortfall. */
  readonly stock?: Readonly<Record<string, StockAmount>> | undefined;
  /** Range of `production`. */
  readonly estimate?: Estimate | undefined;
  /** Range of `capacity`. */
  readonly capacityEstimate?: Estimate | undefined;
  /**
   * Model v4: the ways a converter makes its outputs (see src/core/README.md, "Recipes"). Absent:
   * one recipe, the baseline proportions of its flows.
   */
  readonly recipes?: readonly RecipeSpec[] | undefined;
  /** Model v4: capacity from a day on (used by the simulation over time). */
  readonly ramps?: readonly RampSpec[] | undefined;
}

/** One way a converter makes one output material (data/FORMAT.md, "recipes"). */
export interface RecipeSpec {
  readonly id: string;
  /** The material made. */
  readonly output: string;
  /** Tonnes of each input material per tonne of output. */
  readonly inputs: Readonly<Record<string, number>>;
  /** Part of the converter's baseline output of `output` made this way (0 < share <= 1). */
  readonly share: number;
  /** The most of that output it can make this way after `leadDays`; absent: `share`. */
  readonly maxShare?: number | undefined;
  /** Days from a shock's start before a switch can begin; absent: 0. */
  readonly leadDays?: number | undefined;
}

/** Capacity from a day on ("2025-05-01"). */
export interface RampSpec {
  readonly from: string;
  readonly capacity: number;
}

/** A figure's range, from a source or derived (see the dataset's notes): low <= value <= high. */
export interface Estimate {
  readonly low: number;
  readonly high: number;
}

/** A stock: tonnes, or a figure that says its tonnes (and, in a dataset, its sources). */
export type StockAmount =
  number | { readonly tonnes: number; readonly estimate?: Estimate | undefined };

export function stockTonnes(amount: StockAmount): number {
  return typeof amount === 'number' ? amount : amount.tonnes;
}

export interface SupplyEdge {
  readonly source: NodeId;
  readonly target: NodeId;
  /** Baseline volume on the edge. */
  readonly flow: number;
  /** What the edge carries; edges that name none all carry one unnamed material. */
  readonly material?: string | undefined;
  /** Range of `flow`. */
  readonly estimate?: Estimate | undefined;
}

export interface SupplyNetwork {
  readonly nodes: readonly SupplyNode[];
  readonly edges: readonly SupplyEdge[];
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
