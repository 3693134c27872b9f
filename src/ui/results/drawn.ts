// From engine results to what the graph draws and the details panel lists.
import {
  NODE_MEASURES,
  type BaselineAnalysis,
  type NodeMeasureId,
  type ScenarioResult,
} from '../../core/analysis/index.ts';
import { recordOf } from '../../core/lookup.ts';
import type { Dataset } from '../../data/schema.ts';
import type { DrawnAnalysis } from '../graph/decor.ts';
import { scenarioDrawing } from '../graph/drawing.ts';

/** A measure of one node as Details lists it. */
export interface MeasureRow {
  readonly label: string;
  readonly value: number;
  readonly rank: number;
  readonly of: number;
  readonly percent?: boolean;
  /** How the value is counted: 'count' is a whole number, 'tonnes' has its unit. */
  readonly unit?: 'share' | 'tonnes' | 'count' | 'score';
}

export const MEASURE_IDS: readonly string[] = NODE_MEASURES.map((m) => m.id);

const isMeasure = (id: string): id is NodeMeasureId => MEASURE_IDS.includes(id);

export function drawnAnalysis(
  dataset: Dataset,
  baseline: BaselineAnalysis | null,
  result: ScenarioResult | null,
  sizeBy: string,
): DrawnAnalysis {
  const nodeIds = baseline?.nodeIds ?? [];
  const byId = (values: readonly number[]) =>
    recordOf(nodeIds.map((id, i) => [id, values[i] ?? 0] as const));
  const sizeValues =
    baseline !== null && isMeasure(sizeBy) ? byId(baseline.measures[sizeBy]) : undefined;
  return { sizeValues, scenario: scenarioDrawing(dataset, result) };
}

/** Each measure's value and rank (1 = largest) for one node. */
export function measureRows(baseline: BaselineAnalysis, nodeIndex: number): MeasureRow[] {
  return NODE_MEASURES.map((m) => {
    const values = baseline.measures[m.id];
    const value = values[nodeIndex] ?? 0;
    const rank = 1 + values.filter((v) => v > value).length;
    return {
      label: m.label,
      value,
      rank,
      of: values.length,
      percent: m.unit === 'share',
      unit: m.unit,
    };
  });
}
