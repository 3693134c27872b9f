// Analysis results as they arrive from the engine: a cache of what it says about (dataset,
// scenario). Every run has a job id; an answer whose job is no longer the one running is
// dropped, so a stale answer is never shown as current. The runs themselves are started,
// superseded, cancelled and timed out by analysisRuns.ts.
import {
  withRerouteRanges,
  type BaselineAnalysis,
  type RerouteRanges,
  type ScenarioResult,
  type SweepEntry,
} from '../core/analysis/index.ts';
import type { Dataset } from '../data/schema.ts';

export type RunStatus<T> =
  | { readonly status: 'idle' }
  /** `previous`: the last answer, still shown (marked stale) until the new one arrives. */
  | { readonly status: 'running'; readonly jobId: number; readonly previous?: T | undefined }
  | { readonly status: 'done'; readonly jobId: number; readonly value: T }
  | { readonly status: 'error'; readonly jobId: number; readonly errors: readonly string[] };

export interface AnalysisState {
  readonly baseline: { readonly dataset: Dataset; readonly value: BaselineAnalysis } | null;
  readonly scenarioRun: RunStatus<ScenarioResult>;
  /** `material`: the sweep asked who controls it (undefined: every node removed in turn). */
  readonly sweepRun: RunStatus<readonly SweepEntry[]> & {
    readonly progress?: number;
    readonly material?: string;
  };
  /**
   * The ranges after rerouting of the scenario shown (its job `scenarioJob`), drawn in a second
   * run once its figures are in: `done` of `total` draws so far.
   */
  readonly rangesRun:
    | { readonly status: 'idle' }
    | {
        readonly status: 'running';
        readonly jobId: number;
        readonly scenarioJob: number;
        readonly done: number;
        readonly total: number;
      }
    | { readonly status: 'error'; readonly jobId: number; readonly errors: readonly string[] };
}

export const INITIAL_ANALYSIS: AnalysisState = {
  baseline: null,
  scenarioRun: { status: 'idle' },
  sweepRun: { status: 'idle' },
  rangesRun: { status: 'idle' },
};

export type WithAnalysis = { readonly analysis: AnalysisState };

export const baselineReady = <S extends WithAnalysis>(
  s: S,
  dataset: Dataset,
  value: BaselineAnalysis,
): S => ({
  ...s,
  analysis: { ...INITIAL_ANALYSIS, baseline: { dataset, value } },
});

export function scenarioStarted<S extends WithAnalysis>(s: S, jobId: number): S {
  const run = s.analysis.scenarioRun;
  const previous =
    run.status === 'done' ? run.value : run.status === 'running' ? run.previous : undefined;
  return { ...s, analysis: { ...s.analysis, scenarioRun: { status: 'running', jobId, previous } } };
}

/** What to show now: the answer, or the previous one while a newer request runs. */
export function shownScenario<T>(run: RunStatus<T>): { value: T; stale: boolean } | null {
  if (run.status === 'done') return { value: run.value, stale: false };
  if (run.status === 'running' && run.previous !== undefined)
    return { value: run.previous, stale: true };
  return null;
}

/** Ignored unless it answers the request now running (a newer one supersedes it). */
export function scenarioFinished<S extends WithAnalysis>(
  s: S,
  jobId: number,
  outcome: { ok: true; result: ScenarioResult } | { ok: false; errors: readonly string[] },
): S {
  const run = s.analysis.scenarioRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  const next: RunStatus<ScenarioResult> = outcome.ok
    ? { status: 'done', jobId, value: outcome.result }
    : { status: 'error', jobId, errors: outcome.errors };
  return { ...s, analysis: { ...s.analysis, scenarioRun: next } };
}

export const sweepStarted = <S extends WithAnalysis>(
  s: S,
  jobId: number,
  material?: string,
): S => ({
  ...s,
  analysis: {
    ...s.analysis,
    sweepRun: {
      status: 'running',
      jobId,
      progress: 0,
      ...(material === undefined ? {} : { material }),
    },
  },
});

export function sweepProgress<S extends WithAnalysis>(s: S, jobId: number, progress: number): S {
  const run = s.analysis.sweepRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  return { ...s, analysis: { ...s.analysis, sweepRun: { ...run, progress } } };
}

export function sweepFinished<S extends WithAnalysis>(
  s: S,
  jobId: number,
  outcome: { ok: true; value: readonly SweepEntry[] } | { ok: false; errors: readonly string[] },
): S {
  const run = s.analysis.sweepRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  const material = run.material === undefined ? {} : { material: run.material };
  const next: AnalysisState['sweepRun'] = outcome.ok
    ? { status: 'done', jobId, value: outcome.value, ...material }
    : { status: 'error', jobId, errors: outcome.errors, ...material };
  return { ...s, analysis: { ...s.analysis, sweepRun: next } };
}

/** The dataset could not be analysed at all (the worker failed to load it). */
export const analysisFailed = <S extends WithAnalysis>(
  s: S,
  jobId: number,
  errors: readonly string[],
): S => ({
  ...s,
  analysis: { ...INITIAL_ANALYSIS, scenarioRun: { status: 'error', jobId, errors } },
});

/** The sweep was cancelled: back to idle, nothing kept. */
export function sweepStopped<S extends WithAnalysis>(s: S, jobId: number): S {
  const run = s.analysis.sweepRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  return { ...s, analysis: { ...s.analysis, sweepRun: { status: 'idle' } } };
}

export const rangesStarted = <S extends WithAnalysis>(
  s: S,
  jobId: number,
  scenarioJob: number,
): S => ({
  ...s,
  analysis: {
    ...s.analysis,
    rangesRun: { status: 'running', jobId, scenarioJob, done: 0, total: 0 },
  },
});

export function rangesProgress<S extends WithAnalysis>(
  s: S,
  jobId: number,
  done: number,
  total: number,
): S {
  const run = s.analysis.rangesRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  return { ...s, analysis: { ...s.analysis, rangesRun: { ...run, done, total } } };
}

/** The ranges arrive: folded into the scenario they were drawn for, if it is still the one shown. */
export function rangesFinished<S extends WithAnalysis>(
  s: S,
  jobId: number,
  outcome: { ok: true; value: RerouteRanges | null } | { ok: false; errors: readonly string[] },
): S {
  const run = s.analysis.rangesRun;
  if (run.status !== 'running' || run.jobId !== jobId) return s;
  if (!outcome.ok) {
    return {
      ...s,
      analysis: { ...s.analysis, rangesRun: { status: 'error', jobId, errors: outcome.errors } },
    };
  }
  const scenario = s.analysis.scenarioRun;
  const idle = { status: 'idle' } as const;
  if (outcome.value === null || scenario.status !== 'done' || scenario.jobId !== run.scenarioJob) {
    return { ...s, analysis: { ...s.analysis, rangesRun: idle } };
  }
  const value = withRerouteRanges(scenario.value, outcome.value);
  return {
    ...s,
    analysis: { ...s.analysis, scenarioRun: { ...scenario, value }, rangesRun: idle },
  };
}

/** A newer scenario was asked for: the ranges of the last one are dropped. */
export function rangesStopped<S extends WithAnalysis>(s: S): S {
  if (s.analysis.rangesRun.status === 'idle') return s;
  return { ...s, analysis: { ...s.analysis, rangesRun: { status: 'idle' } } };
}
