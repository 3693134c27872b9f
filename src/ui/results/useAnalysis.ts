// Keeps the analysis in step with the dataset and the scenario: the baseline once per dataset,
// the scenario on every change (newest wins), the removal sweep on request. All of it runs in
// the worker; the store receives the answers.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { proxy } from 'comlink';
import { useAppStore } from '../../state/useAppStore.ts';
import { documentScenario } from '../../state/period.ts';
import type { AppStore } from '../../state/store.ts';
import type { Scenario } from '../../core/scenario.ts';
import { analysisEngine } from './engineClient.ts';
import { latestOnly } from './latestOnly.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useAnalysis(store: AppStore): { runSweep: () => void } {
  const dataset = useAppStore((s) => s.dataset);
  const scenarioJson = useAppStore((s) =>
    JSON.stringify(documentScenario(s.history.present, s.dataset)),
  );
  const baselineFor = useAppStore((s) => s.analysis.baseline?.dataset ?? null);
  const generation = useRef(0);

  // A failure carries its request's key, so it is matched like an answer.
  const runner = useMemo(
    () =>
      latestOnly(
        async ({ key, scenario }: { key: string; scenario: Scenario }) => {
          try {
            return { key, outcome: await analysisEngine().scenario(scenario) };
          } catch (e) {
            return { key, outcome: { ok: false as const, errors: [message(e)] } };
          }
        },
        ({ key, outcome }) => store.getState().scenarioFinished(key, outcome),
        () => undefined,
      ),
    [store],
  );

  useEffect(() => {
    generation.current++;
    runner.reset();
    let cancelled = false;
    const network = { nodes: dataset.nodes, edges: dataset.edges };
    analysisEngine()
      .load(network)
      .then((baseline) => {
        if (!cancelled) store.getState().baselineReady(dataset, baseline);
      })
      .catch((e: unknown) => {
        if (!cancelled) store.getState().analysisFailed([message(e)]);
      });
    return () => {
      cancelled = true;
    };
  }, [dataset, runner, store]);

  useEffect(() => {
    if (baselineFor !== dataset) return;
    const key = `${generation.current}|${scenarioJson}`;
    store.getState().scenarioStarted(key);
    runner.submit({ key, scenario: JSON.parse(scenarioJson) as Scenario });
  }, [baselineFor, dataset, scenarioJson, runner, store]);

  const runSweep = useCallback(() => {
    const key = `${generation.current}|sweep`;
    const s = store.getState();
    s.sweepStarted(key);
    analysisEngine()
      .sweep(
        proxy((done: number, total: number) =>
          store.getState().sweepProgress(key, total > 0 ? done / total : 1),
        ),
      )
      .then(
        (value) => store.getState().sweepFinished(key, { ok: true, value }),
        (e: unknown) => store.getState().sweepFinished(key, { ok: false, errors: [message(e)] }),
      );
  }, [store]);

  return { runSweep };
}
