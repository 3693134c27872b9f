// The app's UI state: one zustand store made by a factory, so every test gets a fresh one.
// Actions are thin wrappers over the pure transitions in transitions.ts.
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../data/schema.ts';
import type { Intervention } from '../core/scenario.ts';
import * as t from './transitions.ts';
import type { AppDocument, ViewDoc } from './document.ts';

export interface AppActions {
  openDatasetText: (text: string, fileName: string) => void;
  dismissErrors: () => void;
  dismissNotices: () => void;
  setView: (patch: Partial<ViewDoc>) => void;
  addIntervention: (i: Intervention) => void;
  toggleIntervention: (index: number) => void;
  deleteIntervention: (index: number) => void;
  setScenario: (interventions: readonly Intervention[]) => void;
  undo: () => void;
  redo: () => void;
  navigateTo: (doc: AppDocument, notices: readonly string[]) => void;
}

export type AppState = t.DocumentState & AppActions;

export function createAppStore(initial: Dataset, doc?: AppDocument) {
  return createStore<AppState>()((set) => ({
    ...t.initialDocumentState(initial, doc),
    openDatasetText: (text, fileName) => set((s) => t.openDatasetText(s, text, fileName)),
    dismissErrors: () => set({ loadErrors: null }),
    dismissNotices: () => set({ notices: [] }),
    setView: (patch) => set((s) => t.editView(s, patch)),
    addIntervention: (i) => set((s) => t.addIntervention(s, i)),
    toggleIntervention: (index) => set((s) => t.toggleIntervention(s, index)),
    deleteIntervention: (index) => set((s) => t.deleteIntervention(s, index)),
    setScenario: (interventions) => set((s) => t.setScenario(s, interventions)),
    undo: () => set((s) => t.undoDocument(s)),
    redo: () => set((s) => t.redoDocument(s)),
    navigateTo: (doc, notices) => set((s) => t.navigateTo(s, doc, notices)),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** Selectors, named so components and tests read the same thing. */
export const selectDocument = (s: AppState) => s.history.present;
export const selectView = (s: AppState) => s.history.present.view;
export const selectScenarioEntries = (s: AppState) => s.history.present.scenario;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
