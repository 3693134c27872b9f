// Betweenness across Node worker threads, without leaving the synchronous report pipeline.
//
// The simple graph's arrays are copied once into SharedArrayBuffers; the threads (this one
// included) take core's fixed source chunks from a shared counter until none are left, each
// chunk summed into its own slice of a shared array, and this thread then blocks (Atomics.wait)
// until every thread that took a chunk has finished, and adds the chunks in order: the figures
// are those of core's one-thread `betweenness`, to the last bit. A thread that is still starting
// when the work runs out takes nothing, so a busy machine never makes this slower than one
// thread, apart from the copy. The kernel is core's betweennessOfSources, the same a Web Worker
// runs.
//
// Start the threads early (`startBetweennessThreads` before reading and parsing the file) so
// their start-up overlaps that work.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnCliWorker } from './workerThread.ts';
import {
  BETWEENNESS_CHUNKS,
  betweenness,
  betweennessFromRaw,
  betweennessOfSources,
  betweennessScratch,
  chunkSources,
  sumChunks,
  type Betweenness,
  type LinkArrays,
} from '../core/analysis/measures/betweenness.ts';
import { simpleGraph } from '../core/analysis/flows/simpleGraph.ts';
import type { SupplyGraph } from '../core/analysis/flows/supplyGraph.ts';

/** Below this many links one thread is quicker than copying arrays and waking another. */
export const THREADS_MIN_LINKS = 20_000;

/** Control words: [next chunk, threads at work, chunks the worker threads ran]. */
const NEXT = 0;
const ACTIVE = 1;
const ON_WORKERS = 2;

export interface BetweennessJob {
  readonly n: number;
  readonly outStart: SharedArrayBuffer;
  readonly linkTarget: SharedArrayBuffer;
  readonly control: SharedArrayBuffer;
  /** BETWEENNESS_CHUNKS slices of n: chunk c's dependencies. */
  readonly partials: SharedArrayBuffer;
}

export interface BetweennessThreads {
  /** Worker threads beside this one. */
  readonly size: number;
  /**
   * `here: false` leaves every chunk to the worker threads (for tests: it shows that they ran and
   * what they computed); by default this thread takes chunks too.
   */
  compute(g: SupplyGraph, options?: { readonly here?: boolean }): Betweenness;
  /** Chunks of the last computation that worker threads ran. */
  chunksOnWorkers(): number;
  close(): void;
}

const spawn = (): Worker => spawnCliWorker('betweennessWorker');

/** Threads beside this one: one per further core, at most `max`. */
export function defaultThreadCount(max = 3): number {
  return Math.max(0, Math.min(max, availableParallelism() - 1));
}

export function startBetweennessThreads(count = defaultThreadCount()): BetweennessThreads {
  const workers: Worker[] = [];
  let lastOnWorkers = 0;
  for (let i = 0; i < count; i++) {
    const worker = spawn();
    worker.unref();
    workers.push(worker);
  }
  return {
    size: workers.length,
    compute(g, { here = true } = {}) {
      lastOnWorkers = 0;
      const graph = simpleGraph(g);
      if (workers.length === 0 || graph.linkTarget.length < THREADS_MIN_LINKS)
        return betweenness(g);
      const { n } = graph;
      const job: BetweennessJob = {
        n,
        outStart: shared(graph.outStart),
        linkTarget: shared(graph.linkTarget),
        control: new SharedArrayBuffer(12),
        partials: new SharedArrayBuffer(BETWEENNESS_CHUNKS * n * 8),
      };
      for (const worker of workers) worker.postMessage(job);
      const ctrl = new Int32Array(job.control);
      if (here) runChunks(graph, ctrl, new Float64Array(job.partials));
      // Wait until every chunk is taken (at once when this thread took chunks too) and no thread
      // is still running one.
      while (Atomics.load(ctrl, NEXT) < BETWEENNESS_CHUNKS || Atomics.load(ctrl, ACTIVE) !== 0) {
        Atomics.wait(ctrl, ACTIVE, Atomics.load(ctrl, ACTIVE), here ? Infinity : 5);
      }
      lastOnWorkers = Atomics.load(ctrl, ON_WORKERS);
      return betweennessFromRaw(sumChunks(new Float64Array(job.partials), n));
    },
    chunksOnWorkers: () => lastOnWorkers,
    close() {
      for (const worker of workers) void worker.terminate();
    },
  };
}

function shared(a: Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(a.byteLength);
  new Int32Array(buffer).set(a);
  return buffer;
}

/** Takes chunks from the shared counter until none are left. */
function runChunks(
  graph: LinkArrays,
  ctrl: Int32Array,
  partials: Float64Array,
  onWorker = false,
): void {
  const { n } = graph;
  let scratch;
  for (let c = Atomics.add(ctrl, NEXT, 1); c < BETWEENNESS_CHUNKS; c = Atomics.add(ctrl, NEXT, 1)) {
    scratch ??= betweennessScratch(n);
    const { from, to } = chunkSources(n, c);
    betweennessOfSources(graph, from, to, partials.subarray(c * n, (c + 1) * n), scratch);
    if (onWorker) Atomics.add(ctrl, ON_WORKERS, 1);
  }
}

/** The worker's side: called by betweennessWorker.ts for each job. */
export function runBetweennessJob(job: BetweennessJob): void {
  const ctrl = new Int32Array(job.control);
  // Counted as active before taking a chunk, so the caller cannot miss a chunk in progress.
  Atomics.add(ctrl, ACTIVE, 1);
  try {
    const graph: LinkArrays = {
      n: job.n,
      outStart: new Int32Array(job.outStart),
      linkTarget: new Int32Array(job.linkTarget),
    };
    runChunks(graph, ctrl, new Float64Array(job.partials), true);
  } finally {
    Atomics.sub(ctrl, ACTIVE, 1);
    Atomics.notify(ctrl, ACTIVE);
  }
}
