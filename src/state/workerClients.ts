// The only place that starts the page's workers and speaks their protocols. The UI reaches the
// workers through these clients: the analysis client is made with the store (main.tsx), the
// layout worker is started per layout asked for, the import worker per file opened.
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AnalysisNetwork, ScenarioAnalysis } from '../core/analysis/index.ts';
import type { AnalysisEngine } from '../workers/engine.ts';
import type { HindcastBlock } from '../core/analysis/time/hindcast.ts';
import { inPlaceImporter, type ImportResult, type Importer } from '../workers/importer.ts';
import type { LayoutInput, LayoutWorkerApi } from '../workers/layout.worker.ts';
import { StoppedError, type AnalysisClient } from './analysisClient.ts';

/** The analysis engine in a worker, started on first use and started again after `stop()`. */
export function createWorkerAnalysisClient(): AnalysisClient {
  let worker: Worker | null = null;
  let remote: Remote<AnalysisEngine> | null = null;
  /** Loaded into a restarted worker before anything else is asked of it. */
  let network: AnalysisNetwork | null = null;
  const pending = new Set<(e: Error) => void>();

  const engine = (): Remote<AnalysisEngine> => {
    if (remote === null) {
      worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
        type: 'module',
      });
      remote = wrap<AnalysisEngine>(worker);
      // A failure here shows in the question asked next ("no dataset loaded").
      if (network !== null) remote.load(network).catch(() => undefined);
    }
    return remote;
  };
  const call = <T>(ask: (e: Remote<AnalysisEngine>) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.add(reject);
      ask(engine())
        .then(resolve, reject)
        .finally(() => pending.delete(reject));
    });

  return {
    load(next) {
      network = null; // a fresh worker needs no reload of the old dataset first
      const answer = call((e) => e.load(next));
      network = next;
      return answer;
    },
    scenario: (scenario) => call<ScenarioAnalysis>((e) => e.scenario(scenario)),
    sweep: (onProgress, material, survive) =>
      call((e) => e.sweep(proxy(onProgress), material, survive)),
    dependents: (nodeId) => call((e) => e.dependents(nodeId)),
    rerouteRanges: (scenario, onProgress) =>
      call((e) => e.rerouteRanges(scenario, proxy(onProgress))),
    flows: (scenario) => call((e) => e.flows(scenario)),
    bestCase: (scenario, id) => call((e) => e.bestCase(scenario, id)),
    linearProgram: (scenario, title) => call((e) => e.linearProgram(scenario, title)),
    // Comlink's types spread a union answer over promises; the answer is the one union.
    hindcast: (question) => call((e) => e.hindcast(question) as Promise<HindcastBlock | string>),
    stop() {
      worker?.terminate();
      worker = null;
      remote = null;
      const rejects = [...pending];
      pending.clear();
      for (const reject of rejects) reject(new StoppedError());
    },
  };
}

/** ForceAtlas2 in a worker of its own; `cancel` ends the worker and the answer never comes. */
export function organicLayoutInWorker(input: LayoutInput): {
  positions: Promise<Float64Array>;
  cancel: () => void;
} {
  const worker = new Worker(new URL('../workers/layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = wrap<LayoutWorkerApi>(worker);
  const positions = api
    .organicLayout(transfer(input, [input.seed.buffer]))
    .finally(() => worker.terminate());
  return { positions, cancel: () => worker.terminate() };
}

/**
 * The importer in a worker of its own, one per call: the files are copied in (the page keeps
 * its copy for a later mapping), the answer copied out. A worker that dies (out of memory, a
 * script error) rejects the call rather than leaving it waiting.
 */
export function importerInWorker(): Importer {
  const call = async <T>(ask: (api: Remote<Importer>) => Promise<T>): Promise<T> => {
    const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
      type: 'module',
    });
    const died = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (e) =>
        reject(new Error(e.message === '' ? 'the import stopped' : e.message)),
      );
      worker.addEventListener('messageerror', () =>
        reject(new Error('the import’s answer could not be passed back')),
      );
    });
    try {
      return await Promise.race([ask(wrap<Importer>(worker)), died]);
    } finally {
      worker.terminate();
    }
  };
  return {
    // Comlink's types spread a union answer over promises; the answer is the one union.
    importFiles: (files, mapping) =>
      call((api) => api.importFiles(files, mapping) as Promise<ImportResult>),
    csvRoles: (files) => call((api) => api.csvRoles(files)),
  };
}

export { failureText, importSafely, inPlaceImporter, type Importer } from '../workers/importer.ts';

/** The importer the page uses: in a worker where the browser has workers. */
export const pageImporter = (): Importer =>
  typeof Worker === 'undefined' ? inPlaceImporter : importerInWorker();
