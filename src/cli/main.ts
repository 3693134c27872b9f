// The command line in a process: files read from disk, betweenness on worker threads for files
// big enough to gain from them, the report on stdout and problems on stderr. Shared by
// `npm run analyze` (analyze.ts, run from source) and the built `chokepoint analyze`.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { startBetweennessThreads, type BetweennessThreads } from './betweennessThreads.ts';
import { lazyDrawThreads } from './drawThreads.ts';
import type { LpSolver } from '../core/analysis/index.ts';
import { runAnalyze, type RunResult } from './runAnalyze.ts';

/** Files smaller than this (about 2,500 flows) are analysed on one thread. */
const THREADS_MIN_BYTES = 500_000;

/** With a HiGHS solver, "with rerouting" is the fair share and --lp and --best-case work. */
export async function analyzeMain(argv: readonly string[], solver?: LpSolver): Promise<RunResult> {
  let threads: BetweennessThreads | undefined;
  // The draws of the loss ranges on threads too, started when a run has enough of them.
  const draws = lazyDrawThreads();
  try {
    return await runAnalyze(argv, {
      readFile(path) {
        const bytes = readFileSync(path);
        // Started before the file is parsed, so their start-up overlaps that work.
        if (bytes.length >= THREADS_MIN_BYTES) threads ??= startBetweennessThreads();
        return bytes;
      },
      fileSize: (path) => statSync(path).size,
      writeFile: (path, text) => writeFileSync(path, text),
      betweenness: (g) => (threads ??= startBetweennessThreads(0)).compute(g),
      runDraws: draws.runner,
      ...(solver === undefined ? {} : { solver }),
    });
  } finally {
    threads?.close();
    draws.close();
  }
}

export function exit(result: RunResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
