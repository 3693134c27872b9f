// Seeded pseudo-random numbers, so the draws for the ranges (and generated test networks) are
// reproducible from their seed.

/**
 * mulberry32: small, fast and good enough for test data and the draws. `skip` starts it as if
 * `skip` numbers had been taken already (its state moves by a constant step per number), so a
 * thread can begin its share of the draws where one thread would have reached.
 */
export function seededRandom(seed: number, skip = 0): () => number {
  let s = (seed + Math.imul(skip >>> 0, 0x6d2b79f5)) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
