// What the benchmarks share: timing a piece of work, printing a time, and the removal case.
import type { SupplyGraph } from '../../src/core/analysis/index.ts';

/** Wall-clock time of one piece of work, in ms. */
export const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** Wall-clock and CPU time (user + system, this process) of one piece of work, in ms. */
export const timeBoth = (work: () => unknown): { wall: number; cpu: number } => {
  const cpu0 = process.cpuUsage();
  const wall = time(work);
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
};

/** A time as printed: whole ms from 100 ms up, one decimal below. */
export const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);

/** The largest processor: the oracle's removal case. */
export function largestProcessor(g: SupplyGraph): string {
  let best = 0;
  for (let v = 0; v < g.n; v++) {
    if (g.stage[v] === 1 && (g.supply[v] as number) > (g.supply[best] as number)) best = v;
  }
  return g.ids[best] as string;
}
