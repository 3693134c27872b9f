// Runs one request at a time and only ever delivers the newest: a request made while another
// runs waits, replacing any request that was already waiting, and the answer to a request that
// has since been superseded is dropped.

export interface LatestOnly<A> {
  submit(arg: A): number;
  /** Forget everything in flight (e.g. a new dataset): nothing older is delivered. */
  reset(): void;
}

export function latestOnly<A, R>(
  run: (arg: A) => Promise<R>,
  deliver: (result: R, id: number) => void,
  fail: (error: unknown, id: number) => void,
): LatestOnly<A> {
  let latest = 0;
  let busy = false;
  let waiting: { id: number; arg: A } | null = null;
  const start = (id: number, arg: A) => {
    busy = true;
    run(arg)
      .then(
        (r) => id === latest && deliver(r, id),
        (e: unknown) => id === latest && fail(e, id),
      )
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = null;
        if (next !== null && next.id === latest) start(next.id, next.arg);
      });
  };
  return {
    submit(arg) {
      const id = ++latest;
      if (busy) waiting = { id, arg };
      else start(id, arg);
      return id;
    },
    reset() {
      latest++;
      waiting = null;
    },
  };
}
