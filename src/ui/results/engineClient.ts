// The one analysis worker of the page, started on first use.
import { wrap, type Remote } from 'comlink';
import type { AnalysisEngine } from '../../workers/engine.ts';

export type { Dependent } from '../../workers/engine.ts';

let engine: Remote<AnalysisEngine> | null = null;

export function analysisEngine(): Remote<AnalysisEngine> {
  if (engine === null) {
    const worker = new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), {
      type: 'module',
    });
    engine = wrap<AnalysisEngine>(worker);
  }
  return engine;
}
