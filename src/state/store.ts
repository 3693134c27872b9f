// The app's UI state: one zustand store made by a factory, so every test gets a fresh one.
// Transitions are pure functions in transitions.ts; the actions here only wire them up.
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../data/schema.ts';
import { openDatasetText, type DatasetState } from './transitions.ts';

export interface AppActions {
  openDatasetText: (text: string, fileName: string) => void;
  dismissErrors: () => void;
}

export type AppState = DatasetState & AppActions;

export function createAppStore(initial: Dataset) {
  return createStore<AppState>()((set) => ({
    dataset: initial,
    loadErrors: null,
    openDatasetText: (text, fileName) => set((s) => openDatasetText(s, text, fileName)),
    dismissErrors: () => set({ loadErrors: null }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
