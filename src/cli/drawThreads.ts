// The draws of the loss ranges across Node worker threads, without leaving the synchronous report
// pipeline (as betweennessThreads.ts does for betweenness).
//
// Each thread (this one included) takes fixed chunks of draws from a shared counter until none
// are left and writes each draw's losses at its own place in shared arrays; a draw starts at its
// own place in the seed's sequence (noSubstitutionDraws), so the figures are those of one thread
// drawing them in order, to the last bit, however the chunks fall. This thread then blocks
// (Atomics.wait) until every thread that took a chunk has finished. The draws that reroute stay on
// this thread (they need the solver).
import type { Worker } from 'node:worker_threads';
import { spawnCliWorker } from './workerThread.ts';
import {
  noSubstitutionDraws,
  type DrawLosses,
  type DrawRequest,
  type DrawRunner,
} from '../core/analysis/uncertainty/uncertainty.ts';
import { defaultThreadCount } from './betweennessThreads.ts';

/** Draws a chunk: small enough to share out on two cores, large enough to cost little to take. */
export const DRAW_CHUNK = 16;

/** Below this much work (draws × flows) one thread is quicker than starting others. */
export const THREADS_MIN_DRAW_WORK = 2_000_000;

/**
 * A runner that starts its threads the first time it has enough work for them (and runs small
 * jobs here); `close` ends them.
 */
export function lazyDrawThreads(count = defaultThreadCount()): {
  readonly runner: DrawRunner;
  close(): void;
} {
  let threads: DrawThreads | undefined;
  return {
    runner(request, out) {
      const work = (request.samples - request.from) * request.g.m;
      if (count === 0 || work < THREADS_MIN_DRAW_WORK) {
        noSubstitutionDraws(request, request.from, request.samples, out);
        return;
      }
      threads ??= startDrawThreads(count);
      threads.runner()(request, out);
    },
    close: () => threads?.close(),
  };
}

/** Control words: [next chunk, threads at work, chunks the worker threads ran]. */
const NEXT = 0;
const ACTIVE = 1;
const ON_WORKERS = 2;

export interface DrawJob {
  readonly request: DrawRequest;
  readonly control: SharedArrayBuffer;
  readonly lost: SharedArrayBuffer;
  readonly share: SharedArrayBuffer;
}

export interface DrawThreads {
  /** Worker threads beside this one. */
  readonly size: number;
  /** The runner to hand to the draws (UncertaintyOptions.runDraws). `here: false`: workers only. */
  runner(options?: { readonly here?: boolean }): DrawRunner;
  /** Chunks of the last run that worker threads ran. */
  chunksOnWorkers(): number;
  close(): void;
}

const spawn = (): Worker => spawnCliWorker('drawWorker');

export function startDrawThreads(count = defaultThreadCount()): DrawThreads {
  const workers: Worker[] = [];
  let lastOnWorkers = 0;
  for (let i = 0; i < count; i++) {
    const worker = spawn();
    worker.unref();
    workers.push(worker);
  }
  const run = (here: boolean) => (request: DrawRequest, out: DrawLosses) => {
    lastOnWorkers = 0;
    const chunks = Math.ceil((request.samples - request.from) / DRAW_CHUNK);
    if (workers.length === 0 || chunks <= 1) {
      noSubstitutionDraws(request, request.from, request.samples, out);
      return;
    }
    const job: DrawJob = {
      request,
      control: new SharedArrayBuffer(12),
      lost: new SharedArrayBuffer(out.lost.byteLength),
      share: new SharedArrayBuffer(out.share.byteLength),
    };
    for (const worker of workers) worker.postMessage(job);
    const ctrl = new Int32Array(job.control);
    const shared = { lost: new Float64Array(job.lost), share: new Float64Array(job.share) };
    if (here) runChunks(job.request, ctrl, shared);
    while (Atomics.load(ctrl, NEXT) < chunks || Atomics.load(ctrl, ACTIVE) !== 0) {
      Atomics.wait(ctrl, ACTIVE, Atomics.load(ctrl, ACTIVE), here ? Infinity : 5);
    }
    lastOnWorkers = Atomics.load(ctrl, ON_WORKERS);
    // Only the draws from `from` on are ours; the rest of `out` is the caller's.
    const users = request.g.endUsers.length;
    for (let i = 0; i < users; i++) {
      const lo = i * request.samples + request.from;
      const hi = (i + 1) * request.samples;
      out.lost.set(shared.lost.subarray(lo, hi), lo);
      out.share.set(shared.share.subarray(lo, hi), lo);
    }
  };
  return {
    size: workers.length,
    runner: ({ here = true } = {}) => run(here),
    chunksOnWorkers: () => lastOnWorkers,
    close() {
      for (const worker of workers) void worker.terminate();
    },
  };
}

/** Takes chunks of draws from the shared counter until none are left. */
function runChunks(request: DrawRequest, ctrl: Int32Array, out: DrawLosses, onWorker = false) {
  const { from, samples } = request;
  const chunks = Math.ceil((samples - from) / DRAW_CHUNK);
  for (let c = Atomics.add(ctrl, NEXT, 1); c < chunks; c = Atomics.add(ctrl, NEXT, 1)) {
    const lo = from + c * DRAW_CHUNK;
    noSubstitutionDraws(request, lo, Math.min(samples, lo + DRAW_CHUNK), out);
    if (onWorker) Atomics.add(ctrl, ON_WORKERS, 1);
  }
}

/** The worker's side: called by drawWorker.ts for each job. */
export function runDrawJob(job: DrawJob): void {
  const ctrl = new Int32Array(job.control);
  // Counted as active before taking a chunk, so the caller cannot miss a chunk in progress.
  Atomics.add(ctrl, ACTIVE, 1);
  try {
    runChunks(
      job.request,
      ctrl,
      { lost: new Float64Array(job.lost), share: new Float64Array(job.share) },
      true,
    );
  } finally {
    Atomics.sub(ctrl, ACTIVE, 1);
    Atomics.notify(ctrl, ACTIVE);
  }
}
