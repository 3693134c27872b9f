// The app's UI state: one zustand store made by a factory, so every test gets a fresh one.
// Actions are thin wrappers over the pure transitions in transitions.ts.
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../data/schema.ts';
import type { DatasetEdit, EditCheck } from '../data/edits.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import type { Intervention } from '../core/scenario.ts';
import * as t from './transitions.ts';
import type { AppDocument, ViewDoc } from './document.ts';
import * as a from './analysis.ts';
import * as st from './stories.ts';
import type { Story, StoryStep } from '../data/schema.ts';
import type { Scenario } from '../core/scenario.ts';
import type { AnalysisClient } from './analysisClient.ts';
import * as q from './queries.ts';
import {
  analysisRuns,
  DEFAULT_TIMEOUTS,
  type AnalysisRuns,
  type AnalysisTimeouts,
} from './analysisRuns.ts';

export interface AppActions {
  openDatasetText: (text: string, fileName: string) => void;
  openImported: (dataset: Dataset, fileName: string, report: ImportReport | null) => void;
  /** A file refused (too large, not text, not a dataset): its errors, nothing else changes. */
  refuseFile: (fileName: string, errors: readonly string[]) => void;
  dismissImportReport: () => void;
  setPersistence: (patch: Partial<Persistence>) => void;
  /** Back to saved work: the dataset as opened, the document with its edits, the stories. */
  restoreDocument: (base: Dataset, doc: AppDocument, stories: readonly Story[]) => void;
  /** Applies the edit when the loader's rules accept it; the check says why not otherwise. */
  editDataset: (edit: DatasetEdit) => EditCheck;
  openScenarioText: (text: string, fileName: string) => void;
  dismissErrors: () => void;
  dismissNotices: () => void;
  setView: (patch: Partial<ViewDoc>) => void;
  addIntervention: (i: Intervention) => void;
  toggleIntervention: (index: number) => void;
  deleteIntervention: (index: number) => void;
  replaceIntervention: (index: number, i: Intervention) => void;
  setScenario: (interventions: readonly Intervention[]) => void;
  /** The dataset's preset `id` as the scenario; the headline names it (not a twin preset). */
  loadPreset: (id: string) => void;
  editStories: (edit: (stories: readonly Story[]) => readonly Story[]) => void;
  addStepFromView: (storyId: string, title: string, caption: string) => void;
  undo: () => void;
  redo: () => void;
  navigateTo: (doc: AppDocument, notices: readonly string[]) => void;
  /**
   * Runs the removal sweep over the current dataset (the results land in `analysis`); with a
   * material, who controls it: each node that puts it out withholds it in turn.
   */
  runSweep: (material?: string, survive?: boolean) => void;
  cancelSweep: () => void;
  /**
   * Asks the engine `q` once per dataset; its entry (pending, done or failed with the message)
   * is read with `selectQuery(q)` (queries.ts).
   */
  query: (question: q.Question) => void;
  /** Rejects when the engine fails or takes too long. */
  linearProgramOf: (scenario: Scenario, title: readonly string[]) => Promise<string>;
}

export interface StoreOptions {
  /** The analysis engine. Without one nothing is analysed (the document alone, as in tests). */
  readonly analysis?: AnalysisClient;
  /** A second engine for the ranges after rerouting; without one they are not drawn. */
  readonly rangesAnalysis?: AnalysisClient;
  readonly timeouts?: Partial<AnalysisTimeouts>;
}

/** Where the work is kept: a saved document, the bundled dataset (read-only), or memory only. */
export interface Persistence {
  /** The saved document's id; null while the bundled dataset is open unedited. */
  readonly id: string | null;
  readonly name: string;
  readonly status: 'bundled' | 'saving' | 'saved' | 'memory';
  /** Why the work is in memory only. */
  readonly message: string | null;
}

export type AppState = t.DocumentState & {
  readonly persistence: Persistence;
  readonly analysis: a.AnalysisState;
  /** The dataset's stories as edited in the app (saved with the dataset file). */
  readonly stories: readonly Story[];
  /**
   * The preset loaded last. Presets with the same cuts (October 2025's regime repeats April's)
   * give the same scenario; the headline names this one while the scenario is still its.
   */
  readonly loadedPreset: string | null;
  /** The engine's one-off answers for the dataset shown, by question (queries.ts). */
  readonly queries: q.QueryState;
} & AppActions;

const noEngine = () => Promise.reject(new Error('No analysis engine.'));
const NO_ASKER: q.Asker = { dependents: noEngine, bestCase: noEngine, flows: noEngine };

export function createAppStore(initial: Dataset, doc?: AppDocument, options: StoreOptions = {}) {
  let runs: AnalysisRuns | null = null;
  const store = createStore<AppState>()((set) => ({
    ...t.initialDocumentState(initial, doc),
    analysis: a.INITIAL_ANALYSIS,
    persistence: { id: null, name: initial.title, status: 'bundled', message: null },
    restoreDocument: (base, doc, stories) =>
      set((s) => ({ ...s, ...t.restoredDocumentState(base, doc), stories })),
    setPersistence: (patch) => set((s) => ({ persistence: { ...s.persistence, ...patch } })),
    stories: initial.stories,
    loadedPreset: null,
    queries: q.NO_QUERIES,
    openDatasetText: (text, fileName) =>
      set((s) => {
        const next = t.openDatasetText(s, text, fileName);
        return next.dataset === s.dataset ? next : { ...next, stories: next.dataset.stories };
      }),
    openImported: (dataset, fileName, report) =>
      set((s) => ({ ...t.openImported(s, dataset, fileName, report), stories: dataset.stories })),
    refuseFile: (fileName, errors) => set((s) => t.refuseFile(s, fileName, errors)),
    dismissImportReport: () => set({ importReport: null }),
    editDataset: (edit) => {
      let check: EditCheck = { ok: false, fields: {}, others: [] };
      set((s) => {
        const next = t.editDataset(s, edit);
        check = next.check;
        return next.state;
      });
      return check;
    },
    openScenarioText: (text, fileName) => set((s) => t.openScenarioText(s, text, fileName)),
    dismissErrors: () => set({ loadErrors: null }),
    dismissNotices: () => set({ notices: [] }),
    setView: (patch) => set((s) => t.editView(s, patch)),
    addIntervention: (i) => set((s) => t.addIntervention(s, i)),
    toggleIntervention: (index) => set((s) => t.toggleIntervention(s, index)),
    deleteIntervention: (index) => set((s) => t.deleteIntervention(s, index)),
    replaceIntervention: (index, i) => set((s) => t.replaceIntervention(s, index, i)),
    setScenario: (interventions) => set((s) => t.setScenario(s, interventions)),
    loadPreset: (id) =>
      set((s) => {
        const preset = s.dataset.scenarios.find((p) => p.id === id);
        return preset === undefined
          ? s
          : { ...t.setScenario(s, preset.interventions), loadedPreset: id };
      }),
    editStories: (edit) => set((s) => ({ stories: edit(s.stories) })),
    addStepFromView: (storyId, title, caption) =>
      set((s) => {
        const loaded = s.dataset.scenarios.find((p) => p.id === s.loadedPreset);
        const step: StoryStep = st.stepFromDocument(s.history.present, title, caption, loaded);
        return { stories: st.addStep(s.stories, storyId, step) };
      }),
    undo: () => set((s) => t.undoDocument(s)),
    redo: () => set((s) => t.redoDocument(s)),
    navigateTo: (doc, notices) => set((s) => t.navigateTo(s, doc, notices)),
    runSweep: (material, survive) => runs?.runSweep(material, survive),
    cancelSweep: () => runs?.cancelSweep(),
    query: (question) => q.query(host, runs ?? NO_ASKER, question),
    linearProgramOf: (scenario, title) => runs?.linearProgram(scenario, title) ?? noEngine(),
  }));
  const host = {
    get: store.getState,
    set: (update: (s: AppState) => AppState) => store.setState(update),
  };
  store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) store.setState(q.dropStale);
  });
  if (options.analysis !== undefined) {
    const r = analysisRuns(
      options.analysis,
      host,
      { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      options.rangesAnalysis,
    );
    runs = r;
    store.subscribe((s, prev) => {
      if (s.dataset !== prev.dataset) r.loadDataset();
      else if (s.history.present !== prev.history.present) r.requestScenario();
    });
    r.loadDataset();
  }
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** Selectors, named so components and tests read the same thing. */
export const selectDocument = (s: AppState) => s.history.present;
export const selectView = (s: AppState) => s.history.present.view;
export const selectScenarioEntries = (s: AppState) => s.history.present.scenario;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
/** Stories edited in the app live only in memory until saved: leaving would lose them. */
export const selectUnsavedStories = (s: AppState) => s.stories !== s.dataset.stories;
/** What opening another dataset would throw away: edited stories, or the undo history. */
export const selectWorkAtRisk = (s: AppState) =>
  selectUnsavedStories(s) || s.history.past.length > 0;
