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
}

export interface SupplyEdge {
  readonly source: NodeId;
  readonly target: NodeId;
  /** Baseline volume on the edge. */
  readonly flow: number;
}

export interface SupplyNetwork {
  readonly nodes: readonly SupplyNode[];
  readonly edges: readonly SupplyEdge[];
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
