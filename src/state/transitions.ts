// Pure state transitions, tested without React. The store's actions only call these.
import type { Dataset } from '../data/schema.ts';
import { loadDatasetText } from '../data/loadDataset.ts';
import { scenarioFromFile } from '../data/scenarioFile.ts';
import type { Intervention } from '../core/scenario.ts';
import { record, redo, replacePresent, startHistory, undo, type History } from './history.ts';
import { EMPTY_DOCUMENT, type AppDocument, type ScenarioEntry, type ViewDoc } from './document.ts';

/** Why the document last changed: the URL follows edits, and is followed on navigation. */
export type ChangeKind = 'edit' | 'undo' | 'navigate' | 'open';

export interface DocumentState {
  readonly dataset: Dataset;
  /** Errors from the last file the user tried to open; the current dataset stays as it was. */
  readonly loadErrors: { readonly fileName: string; readonly errors: readonly string[] } | null;
  readonly history: History<AppDocument>;
  readonly lastChange: ChangeKind;
  /** Things the app ignored or fixed (e.g. parts of a link it could not read). */
  readonly notices: readonly string[];
}

export function initialDocumentState(
  dataset: Dataset,
  doc: AppDocument = EMPTY_DOCUMENT,
): DocumentState {
  return { dataset, loadErrors: null, history: startHistory(doc), lastChange: 'open', notices: [] };
}

const sameDocument = (a: AppDocument, b: AppDocument) => JSON.stringify(a) === JSON.stringify(b);

export function editDocument<S extends DocumentState>(
  state: S,
  edit: (doc: AppDocument) => AppDocument,
): S {
  const next = record(state.history, edit(state.history.present), sameDocument);
  if (next === state.history) return state;
  return { ...state, history: next, lastChange: 'edit' };
}

export const editView = <S extends DocumentState>(state: S, patch: Partial<ViewDoc>): S =>
  editDocument(state, (doc) => ({ ...doc, view: { ...doc.view, ...patch } }));

export const editScenario = <S extends DocumentState>(
  state: S,
  change: (entries: readonly ScenarioEntry[]) => readonly ScenarioEntry[],
): S => editDocument(state, (doc) => ({ ...doc, scenario: change(doc.scenario) }));

function sameIntervention(a: Intervention, b: Intervention): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Adds an intervention; an identical one already present is switched on instead of repeated. */
export function addIntervention<S extends DocumentState>(state: S, i: Intervention): S {
  return editScenario(state, (entries) => {
    const at = entries.findIndex((e) => sameIntervention(e.intervention, i));
    if (at === -1) return [...entries, { intervention: i, enabled: true }];
    return entries.map((e, k) => (k === at ? { ...e, enabled: true } : e));
  });
}

export const toggleIntervention = <S extends DocumentState>(state: S, index: number): S =>
  editScenario(state, (entries) =>
    entries.map((e, k) => (k === index ? { ...e, enabled: !e.enabled } : e)),
  );

/** Puts an edited intervention in the place of the one at `index`, keeping its switch. */
export const replaceIntervention = <S extends DocumentState>(
  state: S,
  index: number,
  i: Intervention,
): S =>
  editScenario(state, (entries) =>
    entries.map((e, k) => (k === index ? { ...e, intervention: i } : e)),
  );

export const deleteIntervention = <S extends DocumentState>(state: S, index: number): S =>
  editScenario(state, (entries) => entries.filter((_, k) => k !== index));

export const setScenario = <S extends DocumentState>(
  state: S,
  interventions: readonly Intervention[],
): S =>
  editScenario(state, () => interventions.map((intervention) => ({ intervention, enabled: true })));

export function undoDocument<S extends DocumentState>(state: S): S {
  const h = undo(state.history);
  return h === state.history ? state : { ...state, history: h, lastChange: 'undo' };
}

export function redoDocument<S extends DocumentState>(state: S): S {
  const h = redo(state.history);
  return h === state.history ? state : { ...state, history: h, lastChange: 'undo' };
}

/** The browser moved (back/forward, or a link was opened): follow it without a new step. */
export function navigateTo<S extends DocumentState>(
  state: S,
  doc: AppDocument,
  notices: readonly string[],
): S {
  return { ...state, history: replacePresent(state.history, doc), lastChange: 'navigate', notices };
}

export function openDatasetText<S extends DocumentState>(
  state: S,
  text: string,
  fileName: string,
): S {
  const result = loadDatasetText(text, { fallbackTitle: fileName });
  if (!result.ok) return { ...state, loadErrors: { fileName, errors: result.errors } };
  return {
    ...state,
    dataset: result.dataset,
    loadErrors: null,
    history: startHistory(EMPTY_DOCUMENT),
    lastChange: 'open',
    notices: [],
  };
}

/** Opens a saved scenario on the current dataset; a file that does not fit changes nothing. */
export function openScenarioText<S extends DocumentState>(
  state: S,
  text: string,
  fileName: string,
): S {
  const result = scenarioFromFile(text, state.dataset);
  if (!result.ok) return { ...state, loadErrors: { fileName, errors: result.errors } };
  return editScenario({ ...state, loadErrors: null }, () => result.entries);
}
