// Starts, supersedes, cancels and times out the analysis runs of one store. The baseline runs
// once per dataset, the scenario after every change (one at a time; only the newest waits, a
// superseded answer is dropped), the removal sweep on request, and the one-off questions
// (dependents, best case, a month's what-if, the linear program) when the UI asks. Results
// land in the store through the pure transitions of analysis.ts.
import type { Dataset } from '../data/schema.ts';
import type { Dependent, ScenarioAnalysis } from '../core/analysis/index.ts';
import type { Scenario } from '../core/scenario.ts';
import type { AppDocument } from './document.ts';
import { documentScenario } from './period.ts';
import * as a from './analysis.ts';
import { StoppedError, type AnalysisClient } from './analysisClient.ts';

export interface AnalysisTimeouts {
  /** Loading a dataset, one scenario, one question. */
  readonly runMs: number;
  /** The removal sweep, which analyses the network once per node. */
  readonly sweepMs: number;
}

export const DEFAULT_TIMEOUTS: AnalysisTimeouts = { runMs: 120_000, sweepMs: 900_000 };

export class TimedOutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${Math.round(ms / 1000)} s and was stopped.`);
    this.name = 'TimedOutError';
  }
}

interface Host<S> {
  get(): S;
  set(update: (s: S) => S): void;
}

type RunsState = a.WithAnalysis & {
  readonly dataset: Dataset;
  readonly history: { readonly present: AppDocument };
};

export interface AnalysisRuns {
  /** Analyse the store's dataset afresh (on creation and whenever the dataset changes). */
  loadDataset(): void;
  /** Analyse the store's current scenario; nothing is asked when it is the one last asked. */
  requestScenario(): void;
  /** Every node removed in turn; with a material, who controls it. */
  runSweep(material?: string): void;
  cancelSweep(): void;
  dependents(nodeId: string): Promise<readonly Dependent[]>;
  /** A scenario apart from the document's (a month of the timeline chart). */
  scenario(scenario: Scenario): Promise<ScenarioAnalysis>;
  bestCase(scenario: Scenario, id: string): Promise<number>;
  linearProgram(scenario: Scenario, title: readonly string[]): Promise<string>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function analysisRuns<S extends RunsState>(
  client: AnalysisClient,
  host: Host<S>,
  timeouts: AnalysisTimeouts = DEFAULT_TIMEOUTS,
): AnalysisRuns {
  let lastJob = 0;
  let scenarioBusy = false;
  let waiting: { jobId: number; scenario: Scenario } | null = null;
  /** The scenario last asked for (as text, to compare), so an equal one is not asked again. */
  let lastAsked: string | null = null;
  let sweepCancelled = false;
  /** Set while a sweep runs: the engine answers one question at a time, so others wait. */
  let sweepDone: Promise<void> | null = null;

  /** Rejects after `ms` and stops the client, so the engine does not keep working for nobody. */
  function timed<T>(answer: Promise<T>, ms: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new TimedOutError(what, ms));
        client.stop();
      }, ms);
      answer.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  const baselineIsFor = (s: S) => s.analysis.baseline?.dataset === s.dataset;
  const runningJob = (run: a.RunStatus<unknown>) => (run.status === 'running' ? run.jobId : null);

  function loadDataset(): void {
    const dataset = host.get().dataset;
    const jobId = ++lastJob;
    waiting = null;
    lastAsked = null;
    cancelSweep(); // it was sweeping the old dataset
    timed(
      client.load({ nodes: dataset.nodes, edges: dataset.edges }),
      timeouts.runMs,
      'Analysing the dataset',
    ).then(
      (baseline) => {
        if (host.get().dataset !== dataset) return;
        host.set((s) => a.baselineReady(s, dataset, baseline));
        requestScenario();
      },
      (e: unknown) => {
        if (host.get().dataset !== dataset) return;
        // Stopped because another run timed out: the dataset itself is not at fault.
        if (e instanceof StoppedError) loadDataset();
        else host.set((s) => a.analysisFailed(s, jobId, [message(e)]));
      },
    );
  }

  function requestScenario(): void {
    const s = host.get();
    if (!baselineIsFor(s)) return; // asked again once the baseline is in
    const scenario = documentScenario(s.history.present, s.dataset);
    const text = JSON.stringify(scenario);
    const run = s.analysis.scenarioRun;
    if (text === lastAsked && run.status !== 'error' && run.status !== 'idle') return;
    lastAsked = text;
    const jobId = ++lastJob;
    host.set((st) => a.scenarioStarted(st, jobId));
    waiting = { jobId, scenario };
    pump();
  }

  function pump(): void {
    if (scenarioBusy || sweepDone !== null || waiting === null) return;
    const job = waiting;
    waiting = null;
    scenarioBusy = true;
    timed(client.scenario(job.scenario), timeouts.runMs, 'The scenario analysis')
      .then(
        (outcome) => {
          if (baselineIsFor(host.get())) host.set((s) => a.scenarioFinished(s, job.jobId, outcome));
        },
        (e: unknown) => {
          const s = host.get();
          if (!baselineIsFor(s) || runningJob(s.analysis.scenarioRun) !== job.jobId) return;
          // Stopped for someone else's sake (a sweep cancelled): ask again.
          if (e instanceof StoppedError) waiting ??= job;
          else
            host.set((st) =>
              a.scenarioFinished(st, job.jobId, { ok: false, errors: [message(e)] }),
            );
        },
      )
      .finally(() => {
        scenarioBusy = false;
        pump();
      });
  }

  function runSweep(material?: string): void {
    if (runningJob(host.get().analysis.sweepRun) !== null) return;
    const jobId = ++lastJob;
    sweepCancelled = false;
    host.set((s) => a.sweepStarted(s, jobId, material));
    const run = timed(
      client.sweep(
        (done, total) => host.set((s) => a.sweepProgress(s, jobId, total > 0 ? done / total : 1)),
        material,
      ),
      timeouts.sweepMs,
      'The removal sweep',
    ).then(
      (value) => host.set((s) => a.sweepFinished(s, jobId, { ok: true, value })),
      (e: unknown) => {
        if (e instanceof StoppedError && sweepCancelled) host.set((s) => a.sweepStopped(s, jobId));
        else host.set((s) => a.sweepFinished(s, jobId, { ok: false, errors: [message(e)] }));
      },
    );
    sweepDone = run.finally(() => {
      sweepDone = null;
      pump();
    });
  }

  function cancelSweep(): void {
    if (runningJob(host.get().analysis.sweepRun) === null) return;
    sweepCancelled = true;
    client.stop();
  }

  /** A one-off question: asked once any sweep is over, and timed like a scenario. */
  async function ask<T>(what: string, question: () => Promise<T>): Promise<T> {
    await sweepDone;
    return timed(question(), timeouts.runMs, what);
  }

  return {
    loadDataset,
    requestScenario,
    runSweep,
    cancelSweep,
    dependents: (nodeId) => ask('Finding dependents', () => client.dependents(nodeId)),
    scenario: (scenario) => ask('The scenario analysis', () => client.scenario(scenario)),
    bestCase: (scenario, id) => ask('The best case', () => client.bestCase(scenario, id)),
    linearProgram: (scenario, title) =>
      ask('Writing the linear program', () => client.linearProgram(scenario, title)),
  };
}
