// The engine's one-off questions, kept in the store by key: the month-by-month series of a
// scenario, the end users that depend on a node, an end user's best case. Each is asked once per
// dataset and question (its canonical key); its entry says pending, done or failed. A change of
// dataset drops every entry, and answers for a dataset no longer shown are thrown away.
// Components read an entry with `selectQuery` and ask with the store's `query` (useQuery.ts).
import { DEFAULT_SEED, type Dependent } from '../core/analysis/index.ts';
import {
  DEFAULT_HINDCAST_SAMPLES,
  type HindcastBlock,
  type HindcastQuestion,
} from '../core/analysis/time/hindcast.ts';
import { monthScenario, periodMonths } from '../core/periods.ts';
import { scenarioKey, type Intervention, type Scenario } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';
import { StoppedError, type ScenarioFlows } from './analysisClient.ts';

/** The month series' entry for the dataset as it is, before any month's what-if. */
export const BASELINE_MONTH = 'baseline';

export type Question =
  | { readonly kind: 'dependents'; readonly nodeId: string }
  | { readonly kind: 'bestCase'; readonly scenario: Scenario; readonly id: string }
  /** Every month's flows with no substitution, for the scenario's own interventions. */
  | { readonly kind: 'months'; readonly interventions: readonly Intervention[] }
  /** The year simulated from the baseline with the dataset's events (the CLI's --hindcast). */
  | { readonly kind: 'hindcast'; readonly year: number };

export interface Answers {
  readonly dependents: readonly Dependent[];
  readonly bestCase: number;
  /** By month (and BASELINE_MONTH); a month whose scenario does not apply is left out. */
  readonly months: ReadonlyMap<string, ScenarioFlows>;
  /** The hindcast, or why the dataset cannot be hindcast for that year. */
  readonly hindcast: HindcastBlock | string;
}

export type AnswerOf<Q extends Question> = Answers[Q['kind']];

export type QueryEntry<T> =
  | { readonly status: 'pending' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

export interface QueryState {
  /** The dataset the entries were asked of. */
  readonly dataset: Dataset | null;
  readonly entries: Readonly<Record<string, QueryEntry<unknown>>>;
}

export const NO_QUERIES: QueryState = { dataset: null, entries: {} };

/** The question's canonical key: equal questions, however written, have the same one. */
export function questionKey(q: Question): string {
  switch (q.kind) {
    case 'dependents':
      return `dependents ${q.nodeId}`;
    case 'bestCase':
      return `bestCase ${q.id} ${scenarioKey(q.scenario.interventions)}`;
    case 'months':
      return `months ${scenarioKey(q.interventions)}`;
    case 'hindcast':
      return `hindcast ${q.year}`;
  }
}

/** The engine calls the questions are answered with (timed and queued by analysisRuns.ts). */
export interface Asker {
  dependents(nodeId: string): Promise<readonly Dependent[]>;
  bestCase(scenario: Scenario, id: string): Promise<number>;
  flows(scenario: Scenario): Promise<ScenarioFlows | null>;
  /** Absent where no engine can simulate a year. */
  hindcast?(question: HindcastQuestion): Promise<HindcastBlock | string>;
}

/** The year's hindcast as the command line runs it by default: its draws, its seed. */
export const hindcastQuestion = (dataset: Dataset, year: number): HindcastQuestion => ({
  year,
  events: dataset.events,
  series: dataset.periods,
  samples: DEFAULT_HINDCAST_SAMPLES,
  seed: DEFAULT_SEED,
});

async function monthSeries(asker: Asker, dataset: Dataset, own: readonly Intervention[]) {
  const out = new Map<string, ScenarioFlows>();
  for (const m of [BASELINE_MONTH, ...periodMonths(dataset.periods)]) {
    const month = m === BASELINE_MONTH ? [] : monthScenario(dataset.periods, m).interventions;
    const flows = await asker.flows({ interventions: [...month, ...own] });
    if (flows !== null) out.set(m, flows);
  }
  return out;
}

function answer(asker: Asker, dataset: Dataset, q: Question): Promise<unknown> {
  switch (q.kind) {
    case 'dependents':
      return asker.dependents(q.nodeId);
    case 'bestCase':
      return asker.bestCase(q.scenario, q.id);
    case 'months':
      return monthSeries(asker, dataset, q.interventions);
    case 'hindcast':
      return asker.hindcast === undefined
        ? Promise.reject(new Error('No engine here can simulate a year.'))
        : asker.hindcast(hindcastQuestion(dataset, q.year));
  }
}

type WithQueries = { readonly dataset: Dataset; readonly queries: QueryState };

interface Host<S> {
  get(): S;
  set(update: (s: S) => S): void;
}

function withEntry<S extends WithQueries>(s: S, key: string, entry: QueryEntry<unknown>): S {
  const entries = s.queries.dataset === s.dataset ? s.queries.entries : {};
  return { ...s, queries: { dataset: s.dataset, entries: { ...entries, [key]: entry } } };
}

/** The entries of another dataset dropped (the store calls it when the dataset changes). */
export const dropStale = <S extends WithQueries>(s: S): S =>
  s.queries.dataset === s.dataset ? s : { ...s, queries: { dataset: s.dataset, entries: {} } };

/** Asks `q` unless it has been asked of this dataset already. */
export function query<S extends WithQueries>(host: Host<S>, asker: Asker, q: Question): void {
  const key = questionKey(q);
  const { dataset } = host.get();
  if (selectEntry(host.get(), key) !== undefined) return;
  host.set((s) => withEntry(s, key, { status: 'pending' }));
  const settle = (entry: QueryEntry<unknown>) => {
    if (host.get().dataset === dataset) host.set((s) => withEntry(s, key, entry));
  };
  const run = (): void => {
    answer(asker, dataset, q).then(
      (value) => settle({ status: 'done', value }),
      (e: unknown) => {
        // Stopped for another run's sake (a timeout, a cancelled sweep): asked again.
        if (!(e instanceof StoppedError)) settle({ status: 'failed', message: messageOf(e) });
        else if (host.get().dataset === dataset) run();
      },
    );
  };
  run();
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const selectEntry = (s: WithQueries, key: string) =>
  s.queries.dataset === s.dataset ? s.queries.entries[key] : undefined;

/** The entry of `q` for the dataset shown; undefined when it has not been asked. */
export const selectQuery =
  <Q extends Question>(q: Q) =>
  (s: WithQueries): QueryEntry<AnswerOf<Q>> | undefined =>
    selectEntry(s, questionKey(q)) as QueryEntry<AnswerOf<Q>> | undefined;
