// Betweenness on worker threads gives core's one-thread figures to the last bit, whoever took
// which chunk: the chunks are summed in a fixed order.
import { afterAll, describe, expect, it } from 'vitest';
import { startBetweennessThreads, THREADS_MIN_LINKS } from '../../../src/cli/betweennessThreads.ts';
import { BETWEENNESS_CHUNKS } from '../../../src/core/analysis/measures/betweenness.ts';
import { betweenness, buildSupplyGraph } from '../../../src/core/analysis/index.ts';
import { generateSupplyNetwork } from '../../fixtures/generate.ts';

const threads = startBetweennessThreads(2);
afterAll(() => threads.close());

describe('betweenness on worker threads', () => {
  it('equals the one-thread kernel bit for bit on a graph big enough to split', () => {
    const g = buildSupplyGraph(generateSupplyNetwork({ nodes: 6000, seed: 11, recycling: 20 }));
    expect(g.m).toBeGreaterThan(THREADS_MIN_LINKS);
    const one = betweenness(g);
    // All chunks on the workers, then shared with this thread: the same figures either way.
    const onWorkers = threads.compute(g, { here: false });
    expect(threads.chunksOnWorkers()).toBe(BETWEENNESS_CHUNKS);
    expect(Array.from(onWorkers.raw)).toEqual(Array.from(one.raw));
    for (let run = 0; run < 2; run++) {
      const shared = threads.compute(g);
      expect(Array.from(shared.raw)).toEqual(Array.from(one.raw));
      expect(Array.from(shared.normalized)).toEqual(Array.from(one.normalized));
    }
  }, 60_000);
});
