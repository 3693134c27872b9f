// The store's analysis runs against a fake engine whose answers the test releases by hand:
// stale answers are never shown, a sweep can be cancelled, a run that takes too long is stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { shownScenario } from '../../../src/state/analysis.ts';
import { StoppedError, type AnalysisClient } from '../../../src/state/analysisClient.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import highsLoader from 'highs';
import { createEngine } from '../../../src/workers/engine.ts';
import { documentScenario } from '../../../src/state/period.ts';
import { selectQuery } from '../../../src/state/queries.ts';
import type { Scenario } from '../../../src/core/scenario.ts';
import { monthScenario, periodMonths } from '../../../src/core/periods.ts';

type Kind =
  | 'load'
  | 'scenario'
  | 'sweep'
  | 'dependents'
  | 'bestCase'
  | 'linearProgram'
  | 'flows'
  | 'rerouteRanges';
interface Call {
  readonly kind: Kind;
  readonly arg: unknown;
  answer(): void;
  fail(e: Error): void;
}

/** The real engine, computed in call order as the worker would, answered only when told. */
function fakeClient(engine = createEngine()) {
  const calls: Call[] = [];
  const pending = new Set<Call>();
  let stops = 0;
  function ask<T>(kind: Kind, arg: unknown, compute: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let value: T | Promise<T>;
      let error: unknown = null;
      try {
        value = compute();
      } catch (e) {
        error = e;
      }
      const call: Call = {
        kind,
        arg,
        answer() {
          pending.delete(call);
          if (error === null) resolve(value);
          else reject(error);
        },
        fail(e) {
          pending.delete(call);
          reject(e);
        },
      };
      calls.push(call);
      pending.add(call);
    });
  }
  const client: AnalysisClient = {
    load: (network) => ask('load', network, () => engine.load(network)),
    scenario: (scenario) => ask('scenario', scenario, () => engine.scenario(scenario)),
    sweep: (onProgress, material) =>
      ask('sweep', material ?? null, () => engine.sweep(onProgress, material)),
    dependents: (nodeId) => ask('dependents', nodeId, () => engine.dependents(nodeId)),
    rerouteRanges: (scenario, onProgress) =>
      ask('rerouteRanges', scenario, () => engine.rerouteRanges(scenario, onProgress)),
    flows: (scenario) => ask('flows', scenario, () => engine.flows(scenario)),
    bestCase: (scenario, id) => ask('bestCase', id, () => engine.bestCase(scenario, id)),
    linearProgram: (scenario, title) =>
      ask('linearProgram', title, () => engine.linearProgram(scenario, title)),
    stop() {
      stops++;
      for (const call of [...pending]) call.fail(new StoppedError());
    },
  };
  const last = (kind: Kind): Call => {
    const found = calls.filter((c) => c.kind === kind).at(-1);
    if (found === undefined) throw new Error(`no ${kind} call`);
    return found;
  };
  return { client, calls, last, stops: () => stops, pending: () => [...pending] };
}

const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const dataset = loadBundledDataset();
const [first, second, third] = dataset.nodes.filter((n) => n.stage === 'processor');

function setup(timeouts?: { runMs?: number; sweepMs?: number }) {
  const fake = fakeClient();
  const store = createAppStore(dataset, undefined, {
    analysis: fake.client,
    ...(timeouts === undefined ? {} : { timeouts }),
  });
  return { fake, store };
}

async function ready(fake: ReturnType<typeof fakeClient>) {
  fake.last('load').answer();
  await settle();
  fake.last('scenario').answer();
  await settle();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('analysis runs owned by the store', () => {
  it('loads the dataset on creation, then analyses the (empty) scenario', async () => {
    const { fake, store } = setup();
    expect(fake.calls.map((c) => c.kind)).toEqual(['load']);
    expect(store.getState().analysis.baseline).toBeNull();
    fake.last('load').answer();
    await settle();
    expect(store.getState().analysis.baseline?.dataset).toBe(dataset);
    expect(store.getState().analysis.scenarioRun.status).toBe('running');
    fake.last('scenario').answer();
    await settle();
    const run = store.getState().analysis.scenarioRun;
    expect(run.status).toBe('done');
    expect(fake.last('scenario').arg).toEqual({ interventions: [] });
  });

  it('never shows the answer to a superseded scenario, and skips requests overtaken while waiting', async () => {
    const { fake, store } = setup();
    await ready(fake);
    const s = store.getState();
    s.addIntervention({ type: 'remove-node', node: first!.id });
    const askedFirst = fake.last('scenario');
    s.addIntervention({ type: 'remove-node', node: second!.id }); // waits: one at a time
    s.addIntervention({ type: 'remove-node', node: third!.id }); // replaces the one waiting
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(2);

    askedFirst.answer();
    await settle();
    // The first answer arrived but is stale: still running, the earlier result marked stale.
    const during = store.getState().analysis.scenarioRun;
    expect(during.status).toBe('running');
    expect(shownScenario(during)?.stale).toBe(true);
    expect(shownScenario(during)?.value.endUsers).not.toBeUndefined();

    // Only the newest scenario was sent next; the middle one never ran.
    const sent = fake.last('scenario');
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(3);
    expect(sent.arg).toEqual({
      interventions: [
        { type: 'remove-node', node: first!.id },
        { type: 'remove-node', node: second!.id },
        { type: 'remove-node', node: third!.id },
      ],
    });
    sent.answer();
    await settle();
    const done = store.getState().analysis.scenarioRun;
    expect(done.status).toBe('done');
    expect(shownScenario(done)?.stale).toBe(false);
  });

  it('asks again only when the scenario the engine runs changes, not for a view change', async () => {
    const { fake, store } = setup();
    await ready(fake);
    store.getState().setView({ colourBy: 'country' });
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(1);
    expect(store.getState().analysis.scenarioRun.status).toBe('done');
    const month = periodMonths(dataset.periods).find(
      (m) => monthScenario(dataset.periods, m).interventions.length > 0,
    );
    expect(month).toBeDefined();
    store.getState().setView({ period: month });
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(2);
    expect(fake.last('scenario').arg).toEqual(
      documentScenario(store.getState().history.present, dataset),
    );
    expect((fake.last('scenario').arg as Scenario).interventions.length).toBeGreaterThan(0);
  });

  it('drops a scenario answer that arrives after the dataset changed', async () => {
    const { fake, store } = setup();
    await ready(fake);
    store.getState().addIntervention({ type: 'remove-node', node: first!.id });
    const old = fake.last('scenario');
    store.getState().openDatasetText(
      JSON.stringify({
        nodes: [
          { id: 'a', stage: 'mine', country: 'AU' },
          { id: 'b', stage: 'end-user', country: 'JP' },
        ],
        edges: [{ source: 'a', target: 'b', flow: 1 }],
      }),
      'two.json',
    );
    old.answer();
    await settle();
    expect(store.getState().analysis.scenarioRun.status).not.toBe('done');
    fake.last('load').answer();
    await settle();
    expect(store.getState().analysis.baseline?.dataset.title).toBe('two.json');
    fake.last('scenario').answer();
    await settle();
    const run = store.getState().analysis.scenarioRun;
    expect(run.status === 'done' && run.value.endUsers.map((e) => e.id)).toEqual(['b']);
  });

  it('cancels a sweep: the engine is stopped, the sweep goes back to idle, a scenario asked meanwhile runs after', async () => {
    const { fake, store } = setup();
    await ready(fake);
    store.getState().runSweep();
    expect(store.getState().analysis.sweepRun.status).toBe('running');
    store.getState().addIntervention({ type: 'remove-node', node: first!.id });
    // The engine answers one question at a time: the scenario waits for the sweep.
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(1);
    store.getState().cancelSweep();
    expect(fake.stops()).toBe(1);
    await settle();
    expect(store.getState().analysis.sweepRun.status).toBe('idle');
    expect(fake.calls.filter((c) => c.kind === 'scenario')).toHaveLength(2);
    fake.last('scenario').answer();
    await settle();
    expect(store.getState().analysis.scenarioRun.status).toBe('done');
  });

  it('a sweep that finishes reports its entries', async () => {
    const { fake, store } = setup();
    await ready(fake);
    store.getState().runSweep();
    fake.last('sweep').answer();
    await settle();
    const run = store.getState().analysis.sweepRun;
    expect(run.status).toBe('done');
    expect(run.status === 'done' && run.value.length).toBe(dataset.nodes.length);
  });

  it('a sweep restricted to a material asks the engine for it, and says which it answered', async () => {
    const { fake, store } = setup();
    await ready(fake);
    const material = dataset.edges.find((e) => e.material !== undefined)!.material!;
    store.getState().runSweep(material);
    expect(fake.last('sweep').arg).toBe(material);
    fake.last('sweep').answer();
    await settle();
    const run = store.getState().analysis.sweepRun;
    expect(run.status === 'done' && run.material).toBe(material);
    const suppliers = new Set(
      dataset.edges.filter((e) => e.material === material).map((e) => e.source),
    );
    expect(run.status === 'done' && new Set(run.value.map((e) => e.id))).toEqual(suppliers);
    // then every material again: no material on the answer
    store.getState().runSweep();
    fake.last('sweep').answer();
    await settle();
    const all = store.getState().analysis.sweepRun;
    expect(all.status === 'done' && all.material).toBeUndefined();
  });

  it('times out a scenario that does not answer: the engine is stopped and the run is an error', async () => {
    vi.useFakeTimers();
    const { fake, store } = setup({ runMs: 5000 });
    fake.last('load').answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().analysis.scenarioRun.status).toBe('running');
    await vi.advanceTimersByTimeAsync(4999);
    expect(store.getState().analysis.scenarioRun.status).toBe('running');
    expect(fake.stops()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    const run = store.getState().analysis.scenarioRun;
    expect(run.status).toBe('error');
    expect(run.status === 'error' && run.errors[0]).toMatch(/longer than 5 s and was stopped/);
    expect(fake.stops()).toBe(1);
    // The next change is analysed as usual.
    store.getState().addIntervention({ type: 'remove-node', node: first!.id });
    fake.last('scenario').answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().analysis.scenarioRun.status).toBe('done');
  });

  it('times out a sweep separately and reports it', async () => {
    vi.useFakeTimers();
    const { fake, store } = setup({ runMs: 1000, sweepMs: 60_000 });
    fake.last('load').answer();
    await vi.advanceTimersByTimeAsync(0);
    fake.last('scenario').answer();
    await vi.advanceTimersByTimeAsync(0);
    store.getState().runSweep();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(store.getState().analysis.sweepRun.status).toBe('running');
    await vi.advanceTimersByTimeAsync(1);
    const run = store.getState().analysis.sweepRun;
    expect(run.status === 'error' && run.errors[0]).toMatch(/removal sweep took longer than 60 s/);
  });

  it('reports a dataset the engine cannot load as an error', async () => {
    const { fake, store } = setup();
    fake.last('load').fail(new Error('out of memory'));
    await settle();
    const run = store.getState().analysis.scenarioRun;
    expect(run.status === 'error' && run.errors).toEqual(['out of memory']);
  });

  it('dependents: answered from the engine, and a slow one fails rather than hangs', async () => {
    vi.useFakeTimers();
    const { fake, store } = setup({ runMs: 1000 });
    fake.last('load').answer();
    await vi.advanceTimersByTimeAsync(0);
    fake.last('scenario').answer();
    await vi.advanceTimersByTimeAsync(0);
    const quick = { kind: 'dependents', nodeId: first!.id } as const;
    store.getState().query(quick);
    await vi.advanceTimersByTimeAsync(0);
    fake.last('dependents').answer();
    await vi.advanceTimersByTimeAsync(0);
    const done = selectQuery(quick)(store.getState());
    expect(done?.status === 'done' && done.value.length).toBeGreaterThan(0);
    const slow = { kind: 'dependents', nodeId: second!.id } as const;
    store.getState().query(slow);
    await vi.advanceTimersByTimeAsync(1000);
    const failed = selectQuery(slow)(store.getState());
    expect(failed?.status === 'failed' && failed.message).toMatch(
      /Finding dependents took longer than 1 s/,
    );
  });

  it('without an engine the store analyzes nothing', async () => {
    const store = createAppStore(dataset);
    store.getState().runSweep();
    expect(store.getState().analysis.sweepRun.status).toBe('idle');
    const q = { kind: 'dependents', nodeId: first!.id } as const;
    store.getState().query(q);
    await settle();
    expect(selectQuery(q)(store.getState())).toEqual({
      status: 'failed',
      message: 'No analysis engine.',
    });
  });
});

describe('the ranges after rerouting, in a second engine', () => {
  function setupWithRanges() {
    const fake = fakeClient();
    const ranges = fakeClient(createEngine(() => highsLoader()));
    const store = createAppStore(dataset, undefined, {
      analysis: fake.client,
      rangesAnalysis: ranges.client,
    });
    return { fake, ranges, store };
  }
  const shown = (store: ReturnType<typeof createAppStore>) => {
    const run = store.getState().analysis.scenarioRun;
    return run.status === 'done' ? run.value : null;
  };

  it('shows the figures first, then folds the ranges in when they arrive', async () => {
    const { fake, ranges, store } = setupWithRanges();
    ranges.last('load').answer();
    await ready(fake);
    // With nothing changed there is nothing to draw.
    expect(ranges.calls.some((c) => c.kind === 'rerouteRanges')).toBe(false);
    store.getState().addIntervention({ type: 'remove-node', node: 'cn-processing' });
    fake.last('scenario').answer();
    await settle();
    // The table's figures are in; the ranges after rerouting are still being drawn.
    const first = shown(store);
    expect(first?.endUsers[0]?.ranges?.lostWithRerouting).toBeNull();
    expect(store.getState().analysis.rangesRun.status).toBe('running');
    const asked = ranges.last('rerouteRanges');
    await vi.waitFor(
      () => expect(store.getState().analysis.rangesRun).toMatchObject({ done: 100 }),
      {
        timeout: 60_000,
      },
    );
    asked.answer();
    await vi.waitFor(() => expect(store.getState().analysis.rangesRun.status).toBe('idle'));
    const after = shown(store);
    expect(after?.uncertainty?.reroutingSamples).toBe(100);
    const jp = after?.endUsers.find((e) => e.id === 'jp-auto');
    expect(jp?.ranges?.lostWithReroutingShare?.p50).toBeGreaterThan(0);
  }, 120_000);

  it('a new scenario cancels the ranges of the last one, which are never shown', async () => {
    const { fake, ranges, store } = setupWithRanges();
    ranges.last('load').answer();
    await ready(fake);
    store.getState().addIntervention({ type: 'remove-node', node: 'cn-processing' });
    fake.last('scenario').answer();
    await settle();
    const stale = ranges.last('rerouteRanges');
    expect(store.getState().analysis.rangesRun.status).toBe('running');
    const stopsBefore = ranges.stops();
    store.getState().addIntervention({ type: 'remove-node', node: 'mm-kachin' });
    expect(ranges.stops()).toBe(stopsBefore + 1);
    expect(store.getState().analysis.rangesRun.status).toBe('idle');
    stale.answer(); // too late: already stopped
    fake.last('scenario').answer();
    await settle();
    expect(ranges.last('rerouteRanges')).not.toBe(stale);
    expect(shown(store)?.endUsers[0]?.ranges?.lostWithRerouting).toBeNull();
  }, 120_000);
});
