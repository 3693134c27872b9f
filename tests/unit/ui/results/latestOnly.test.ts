import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../../src/ui/results/latestOnly.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('latestOnly', () => {
  it('runs one at a time, skips superseded waiting requests and drops stale answers', async () => {
    const calls: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred<string>>>();
    const delivered: string[] = [];
    const runner = latestOnly(
      (n: number) => {
        calls.push(n);
        const d = deferred<string>();
        gates.set(n, d);
        return d.promise;
      },
      (r) => delivered.push(r),
      () => undefined,
    );
    runner.submit(1);
    runner.submit(2); // waits
    runner.submit(3); // replaces 2
    expect(calls).toEqual([1]);
    gates.get(1)!.resolve('one');
    await new Promise((r) => setTimeout(r, 0));
    expect(delivered).toEqual([]); // 1 was superseded
    expect(calls).toEqual([1, 3]);
    gates.get(3)!.resolve('three');
    await new Promise((r) => setTimeout(r, 0));
    expect(delivered).toEqual(['three']);
  });

  it('delivers nothing from before a reset', async () => {
    const delivered: string[] = [];
    let release!: (v: string) => void;
    const runner = latestOnly(
      () => new Promise<string>((r) => (release = r)),
      (r) => delivered.push(r),
      () => undefined,
    );
    runner.submit(0);
    runner.reset();
    release('old');
    await new Promise((r) => setTimeout(r, 0));
    expect(delivered).toEqual([]);
  });
});
