// The store's keyed questions: each asked once per key and dataset, kept with its status, the
// entries of a dataset no longer shown dropped, and the month series equal to full analyses.
import { describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import {
  NO_QUERIES,
  dropStale,
  query,
  selectQuery,
  type Asker,
  type QueryState,
} from '../../../src/state/queries.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { StoppedError } from '../../../src/state/analysisClient.ts';
import { createEngine } from '../../../src/workers/engine.ts';
import { monthScenario, periodMonths } from '../../../src/core/periods.ts';

const dataset = loadBundledDataset();
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/** A plain state and an engine stand-in whose answers wait until released. */
function setup(fail?: string) {
  let state: { dataset: Dataset; queries: QueryState } = { dataset, queries: NO_QUERIES };
  const host = {
    get: () => state,
    set: (u: (s: typeof state) => typeof state) => (state = u(state)),
  };
  const asked: string[] = [];
  const releases: (() => void)[] = [];
  const later = <T>(value: T) =>
    new Promise<T>((resolve, reject) => {
      releases.push(() => (fail === undefined ? resolve(value) : reject(new Error(fail))));
    });
  const asker: Asker = {
    dependents: (nodeId) => (asked.push(nodeId), later([])),
    bestCase: (_s, id) => (asked.push(id), later(7)),
    flows: () => later(null),
  };
  const release = async () => {
    for (const r of releases.splice(0)) r();
    await settle();
  };
  const ask = (nodeId: string) => query(host, asker, { kind: 'dependents', nodeId });
  const entry = (nodeId: string) => selectQuery({ kind: 'dependents', nodeId })(host.get());
  return { host, asked, release, ask, entry };
}

describe('query', () => {
  it('asks a key once: pending, then done, and not again', async () => {
    const { asked, release, ask, entry } = setup();
    ask('a');
    ask('a');
    expect(entry('a')).toEqual({ status: 'pending' });
    await release();
    ask('a');
    expect(asked).toEqual(['a']);
    expect(entry('a')).toEqual({ status: 'done', value: [] });
  });

  it('stores a failure as failed, with its message', async () => {
    const { release, ask, entry } = setup('the engine fell over');
    ask('a');
    await release();
    expect(entry('a')).toEqual({ status: 'failed', message: 'the engine fell over' });
  });

  it('asks again when the engine was stopped for another run, rather than failing', async () => {
    const { host, asked } = setup();
    let stopped = false;
    const asker: Asker = {
      dependents: (nodeId) => {
        asked.push(nodeId);
        if (stopped) return Promise.resolve([]);
        stopped = true;
        return Promise.reject(new StoppedError());
      },
      bestCase: () => Promise.resolve(0),
      flows: () => Promise.resolve(null),
    };
    query(host, asker, { kind: 'dependents', nodeId: 'a' });
    await settle();
    expect(asked).toEqual(['a', 'a']);
    expect(selectQuery({ kind: 'dependents', nodeId: 'a' })(host.get())?.status).toBe('done');
  });

  it('drops the entries of another dataset, and an answer that comes after the change', async () => {
    const { host, asked, release, ask, entry } = setup();
    ask('a');
    await release();
    ask('b');
    const other = { ...dataset, title: 'Another' };
    host.set((s) => dropStale({ ...s, dataset: other }));
    expect(host.get().queries.entries).toEqual({});
    await release();
    expect(entry('b')).toBeUndefined();
    ask('a');
    expect(asked).toEqual(['a', 'b', 'a']);
  });
});

describe('the month series', () => {
  it('is asked once, and reads the figures a full analysis of each month gives', async () => {
    const engine = createEngine();
    const flows = vi.fn(async (s: Parameters<typeof engine.flows>[0]) => engine.flows(s));
    const client = {
      load: async (n: Parameters<typeof engine.load>[0]) => engine.load(n),
      scenario: (s: Parameters<typeof engine.scenario>[0]) => engine.scenario(s),
      flows,
    } as never;
    const store = createAppStore(dataset, undefined, { analysis: client });
    const q = { kind: 'months', interventions: [] } as const;
    store.getState().query(q);
    store.getState().query(q);
    await vi.waitFor(() => expect(selectQuery(q)(store.getState())?.status).toBe('done'));
    const months = periodMonths(dataset.periods);
    expect(flows).toHaveBeenCalledTimes(months.length + 1);
    const entry = selectQuery(q)(store.getState());
    const series = entry?.status === 'done' ? entry.value : new Map();
    const month = months.at(-1)!;
    const full = await engine.scenario(monthScenario(dataset.periods, month));
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    expect(series.get(month)?.edges).toEqual(full.result.edges.flowNoSubstitution);
    for (const e of full.result.endUsers)
      expect(series.get(month)?.endUsers.get(e.id)).toBe(e.noSubstitution);
  });

  it('a dataset change in the store drops every entry', async () => {
    const store = createAppStore(dataset);
    const q = { kind: 'dependents', nodeId: 'x' } as const;
    store.getState().query(q);
    await settle();
    expect(selectQuery(q)(store.getState())?.status).toBe('failed');
    store.getState().openImported({ ...dataset, title: 'Another' }, 'another.json', null);
    expect(store.getState().queries.entries).toEqual({});
  });
});
