// The results every view shows: the baseline of the dataset on screen, the scenario's answer
// (or the previous one, marked stale, while a newer one runs) and what the graph draws of them.
import { useMemo } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import { shownScenario, type AnalysisState } from '../../state/analysis.ts';
import {
  NODE_MEASURES,
  type BaselineAnalysis,
  type ScenarioResult,
} from '../../core/analysis/index.ts';
import type { DrawnAnalysis } from '../graph/decor.ts';
import { drawnAnalysis } from './drawn.ts';

export interface Results {
  readonly baseline: BaselineAnalysis | null;
  readonly result: ScenarioResult | null;
  /** The result shown is an earlier scenario's while the current one is worked out. */
  readonly stale: boolean;
  readonly run: AnalysisState['scenarioRun'];
  readonly drawn: DrawnAnalysis;
  /** The measure node sizes show, if any. */
  readonly sizeLabel: string | null;
}

export function useResults(): Results {
  const dataset = useAppStore((s) => s.dataset);
  const sizeBy = useAppStore((s) => s.history.present.view.sizeBy);
  const baselineState = useAppStore((s) => s.analysis.baseline);
  const run = useAppStore((s) => s.analysis.scenarioRun);
  const baseline =
    baselineState !== null && baselineState.dataset === dataset ? baselineState.value : null;
  const shown = baseline === null ? null : shownScenario(run);
  const result = shown?.value ?? null;
  const stale = shown?.stale ?? false;
  const drawn = useMemo(
    () => drawnAnalysis(dataset, baseline, result, sizeBy),
    [dataset, baseline, result, sizeBy],
  );
  const sizeLabel = NODE_MEASURES.find((m) => m.id === sizeBy)?.label ?? null;
  return { baseline, result, stale, run, drawn, sizeLabel };
}
