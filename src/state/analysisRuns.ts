// Starts, supersedes, cancels and times out the analysis runs of one store. The baseline runs
// once per dataset, the scenario after every change (one at a time; only the newest waits, a
// superseded answer is dropped), the removal sweep on request, and the one-off questions
// (dependents, best case, a month's what-if, the linear program) when the UI asks. Results
// land in the store through the pure transitions of analysis.ts.
import type { Dataset } from '../data/schema.ts';
import type { Dependent } from '../core/analysis/index.ts';
import type { HindcastBlock, HindcastQuestion } from '../core/analysis/time/hindcast.ts';
import { scenarioKey, type Scenario } from '../core/scenario.ts';
import type { AppDocument } from './document.ts';
import { selectActiveScenario } from './period.ts';
import * as a from './analysis.ts';
import { StoppedError, type AnalysisClient, type ScenarioFlows } from './analysisClient.ts';

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
  runSweep(material?: string, survive?: boolean): void;
  cancelSweep(): void;
  dependents(nodeId: string): Promise<readonly Dependent[]>;
  /** A scenario's flows with no substitution alone (a month of the timeline chart). */
  flows(scenario: Scenario): Promise<ScenarioFlows | null>;
  bestCase(scenario: Scenario, id: string): Promise<number>;
  linearProgram(scenario: Scenario, title: readonly string[]): Promise<string>;
  /** The year simulated from the baseline, on the second engine when there is one. */
  hindcast(question: HindcastQuestion): Promise<HindcastBlock | string>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One store's runs: the last job number, and what is running, waiting and last asked. */
interface Runs<S extends RunsState> {
  readonly client: AnalysisClient;
  readonly host: Host<S>;
  readonly timeouts: AnalysisTimeouts;
  lastJob: number;
  scenarioBusy: boolean;
  waiting: { jobId: number; scenario: Scenario } | null;
  /** The scenario last asked for (its key), so an equal one is not asked again. */
  lastAsked: string | null;
  sweepCancelled: boolean;
  /** Set while a sweep runs: the engine answers one question at a time, so others wait. */
  sweepDone: Promise<void> | null;
  /** A second engine, for the ranges after rerouting, so that they never hold up a what-if. */
  readonly rangesClient: AnalysisClient | undefined;
}

export function analysisRuns<S extends RunsState>(
  client: AnalysisClient,
  host: Host<S>,
  timeouts: AnalysisTimeouts = DEFAULT_TIMEOUTS,
  rangesClient?: AnalysisClient,
): AnalysisRuns {
  const runs: Runs<S> = {
    rangesClient,
    client,
    host,
    timeouts,
    lastJob: 0,
    scenarioBusy: false,
    waiting: null,
    lastAsked: null,
    sweepCancelled: false,
    sweepDone: null,
  };
  return {
    loadDataset: () => loadDataset(runs),
    requestScenario: () => requestScenario(runs),
    runSweep: (material, survive) => runSweep(runs, material, survive),
    cancelSweep: () => cancelSweep(runs),
    dependents: (nodeId) => ask(runs, 'Finding dependents', () => client.dependents(nodeId)),
    flows: (scenario) => ask(runs, 'The scenario analysis', () => client.flows(scenario)),
    bestCase: (scenario, id) => ask(runs, 'The best case', () => client.bestCase(scenario, id)),
    linearProgram: (scenario, title) =>
      ask(runs, 'Writing the linear program', () => client.linearProgram(scenario, title)),
    hindcast: (question) => hindcastRun(runs, question),
  };
}

/** Rejects after `ms` and stops the client, so the engine does not keep working for nobody. */
function timed<T>(
  client: AnalysisClient,
  answer: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
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

const baselineIsFor = (s: RunsState) => s.analysis.baseline?.dataset === s.dataset;
const runningJob = (run: a.RunStatus<unknown>) => (run.status === 'running' ? run.jobId : null);

function loadDataset<S extends RunsState>(runs: Runs<S>): void {
  const { client, host } = runs;
  const dataset = host.get().dataset;
  const jobId = ++runs.lastJob;
  runs.waiting = null;
  runs.lastAsked = null;
  cancelSweep(runs); // it was sweeping the old dataset
  cancelRanges(runs);
  runs.rangesClient?.load({ nodes: dataset.nodes, edges: dataset.edges }).catch(() => undefined);
  timed(
    client,
    client.load({ nodes: dataset.nodes, edges: dataset.edges }),
    runs.timeouts.runMs,
    'Analysing the dataset',
  ).then(
    (baseline) => {
      if (host.get().dataset !== dataset) return;
      host.set((s) => a.baselineReady(s, dataset, baseline));
      requestScenario(runs);
    },
    (e: unknown) => {
      if (host.get().dataset !== dataset) return;
      // Stopped because another run timed out: the dataset itself is not at fault.
      if (e instanceof StoppedError) loadDataset(runs);
      else host.set((s) => a.analysisFailed(s, jobId, [message(e)]));
    },
  );
}

function requestScenario<S extends RunsState>(runs: Runs<S>): void {
  const s = runs.host.get();
  if (!baselineIsFor(s)) return; // asked again once the baseline is in
  const scenario = selectActiveScenario(s);
  const text = scenarioKey(scenario.interventions);
  const run = s.analysis.scenarioRun;
  if (text === runs.lastAsked && run.status !== 'error' && run.status !== 'idle') return;
  runs.lastAsked = text;
  cancelRanges(runs); // they were for the scenario shown until now
  const jobId = ++runs.lastJob;
  runs.host.set((st) => a.scenarioStarted(st, jobId));
  runs.waiting = { jobId, scenario };
  pump(runs);
}

function pump<S extends RunsState>(runs: Runs<S>): void {
  if (runs.scenarioBusy || runs.sweepDone !== null || runs.waiting === null) return;
  const { client, host } = runs;
  const job = runs.waiting;
  runs.waiting = null;
  runs.scenarioBusy = true;
  timed(client, client.scenario(job.scenario), runs.timeouts.runMs, 'The scenario analysis')
    .then(
      (outcome) => {
        if (!baselineIsFor(host.get())) return;
        host.set((s) => a.scenarioFinished(s, job.jobId, outcome));
        const run = host.get().analysis.scenarioRun;
        // With nothing changed nothing is lost, in any draw: no ranges to draw.
        const drawn = outcome.ok && outcome.result.uncertainty !== null;
        if (drawn && job.scenario.interventions.length > 0 && run.status === 'done')
          if (run.jobId === job.jobId) startRanges(runs, job.jobId, job.scenario);
      },
      (e: unknown) => {
        const s = host.get();
        if (!baselineIsFor(s) || runningJob(s.analysis.scenarioRun) !== job.jobId) return;
        // Stopped for someone else's sake (a sweep cancelled): ask again.
        if (e instanceof StoppedError) runs.waiting ??= job;
        else
          host.set((st) => a.scenarioFinished(st, job.jobId, { ok: false, errors: [message(e)] }));
      },
    )
    .finally(() => {
      runs.scenarioBusy = false;
      pump(runs);
    });
}

/** `survive`: each node's time to survive too (the simulation over time, see engine.ts). */
function runSweep<S extends RunsState>(runs: Runs<S>, material?: string, survive?: boolean): void {
  const { client, host } = runs;
  if (runningJob(host.get().analysis.sweepRun) !== null) return;
  const jobId = ++runs.lastJob;
  runs.sweepCancelled = false;
  host.set((s) => a.sweepStarted(s, jobId, material));
  const run = timed(
    client,
    client.sweep(
      (done, total) => host.set((s) => a.sweepProgress(s, jobId, total > 0 ? done / total : 1)),
      material,
      survive,
    ),
    runs.timeouts.sweepMs,
    'The removal sweep',
  ).then(
    (value) => host.set((s) => a.sweepFinished(s, jobId, { ok: true, value })),
    (e: unknown) => {
      if (e instanceof StoppedError && runs.sweepCancelled) {
        host.set((s) => a.sweepStopped(s, jobId));
      } else host.set((s) => a.sweepFinished(s, jobId, { ok: false, errors: [message(e)] }));
    },
  );
  runs.sweepDone = run.finally(() => {
    runs.sweepDone = null;
    pump(runs);
  });
}

function cancelSweep<S extends RunsState>(runs: Runs<S>): void {
  if (runningJob(runs.host.get().analysis.sweepRun) === null) return;
  runs.sweepCancelled = true;
  runs.client.stop();
}

/** The ranges after rerouting of the scenario just shown, in the second engine. */
function startRanges<S extends RunsState>(
  runs: Runs<S>,
  scenarioJob: number,
  scenario: Scenario,
): void {
  const { rangesClient: client, host } = runs;
  if (client === undefined) return;
  const jobId = ++runs.lastJob;
  host.set((s) => a.rangesStarted(s, jobId, scenarioJob));
  const answer = client.rerouteRanges(scenario, (done, total) =>
    host.set((s) => a.rangesProgress(s, jobId, done, total)),
  );
  timed(client, answer, runs.timeouts.sweepMs, 'The ranges after rerouting').then(
    (value) => host.set((s) => a.rangesFinished(s, jobId, { ok: true, value })),
    (e: unknown) => {
      if (e instanceof StoppedError) return; // a newer scenario took their place
      host.set((s) => a.rangesFinished(s, jobId, { ok: false, errors: [message(e)] }));
    },
  );
}

function cancelRanges<S extends RunsState>(runs: Runs<S>): void {
  if (runs.host.get().analysis.rangesRun.status !== 'running') return;
  runs.host.set((s) => a.rangesStopped(s));
  runs.rangesClient?.stop();
}

/** A one-off question: asked once any sweep is over, and timed like a scenario. */
async function ask<S extends RunsState, T>(
  runs: Runs<S>,
  what: string,
  question: () => Promise<T>,
): Promise<T> {
  await runs.sweepDone;
  return timed(runs.client, question(), runs.timeouts.runMs, what);
}

/**
 * A year's simulation and its draws take seconds to minutes: on the ranges' engine when there is
 * one, so no what-if waits for it, and with the sweep's time limit.
 */
function hindcastRun<S extends RunsState>(
  runs: Runs<S>,
  question: HindcastQuestion,
): Promise<HindcastBlock | string> {
  const own = runs.rangesClient?.hindcast === undefined ? undefined : runs.rangesClient;
  const client = own ?? runs.client;
  if (client.hindcast === undefined)
    return Promise.reject(new Error('No engine to simulate a year.'));
  const answer = (
    own === undefined ? (runs.sweepDone ?? Promise.resolve()) : Promise.resolve()
  ).then(
    () => client.hindcast?.(question) ?? Promise.reject(new Error('No engine to simulate a year.')),
  );
  return timed(client, answer, runs.timeouts.sweepMs, 'The hindcast');
}
