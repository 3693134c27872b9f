// Pure state transitions, tested without React. The store's actions only call these.
import type { Dataset } from '../data/schema.ts';
import { applyEdits, checkEdit, type DatasetEdit, type EditCheck } from '../data/edits.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import { loadDatasetText } from '../data/loadDataset.ts';
import { scenarioFromFile } from '../data/scenarioFile.ts';
import { canonicalText, sameIntervention, type Intervention } from '../core/scenario.ts';
import { record, redo, replacePresent, startHistory, undo, type History } from './history.ts';
import { EMPTY_DOCUMENT, type AppDocument, type ScenarioEntry, type ViewDoc } from './document.ts';

/** Why the document last changed: the URL follows edits, and is followed on navigation. */
export type ChangeKind = 'edit' | 'undo' | 'navigate' | 'open';

export interface DocumentState {
  /** The dataset as opened, before the edits in the document. */
  readonly base: Dataset;
  /** The dataset shown and analysed: `base` with the present document's edits applied. */
  readonly dataset: Dataset;
  /** What the last import read, mapped, inferred and refused, until dismissed. */
  readonly importReport: { readonly fileName: string; readonly report: ImportReport } | null;
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
  return {
    base: dataset,
    dataset: applyEdits(dataset, doc.edits ?? []),
    importReport: null,
    loadErrors: null,
    history: startHistory(doc),
    lastChange: 'open',
    notices: [],
  };
}

/**
 * The state of a document restored after a reload: each edit is a step that undo can take back,
 * as it was before the reload.
 */
export function restoredDocumentState(dataset: Dataset, doc: AppDocument): DocumentState {
  const state = initialDocumentState(dataset, doc);
  const edits = doc.edits ?? [];
  const past = edits.map((_, k) => ({ ...doc, edits: edits.slice(0, k) }));
  return { ...state, history: { past, present: doc, future: [] } };
}

/** Keeps `dataset` equal to `base` plus the present document's edits. */
function withEdits<S extends DocumentState>(before: S, after: S): S {
  const edits = after.history.present.edits;
  if (edits === before.history.present.edits && after.base === before.base) return after;
  return { ...after, dataset: applyEdits(after.base, edits ?? []) };
}

/** An edit to the dataset, kept in the history when the loader's rules accept it. */
export function editDataset<S extends DocumentState>(
  state: S,
  edit: DatasetEdit,
): { state: S; check: EditCheck } {
  const check = checkEdit(state.dataset, edit);
  if (!check.ok) return { state, check };
  const next = editDocument(state, (doc) => ({ ...doc, edits: [...(doc.edits ?? []), edit] }));
  return { state: { ...next, dataset: check.dataset }, check };
}

const sameDocument = (a: AppDocument, b: AppDocument) => canonicalText(a) === canonicalText(b);

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
  return h === state.history
    ? state
    : withEdits(state, { ...state, history: h, lastChange: 'undo' });
}

export function redoDocument<S extends DocumentState>(state: S): S {
  const h = redo(state.history);
  return h === state.history
    ? state
    : withEdits(state, { ...state, history: h, lastChange: 'undo' });
}

/** The browser moved (back/forward, or a link was opened): follow it without a new step. */
export function navigateTo<S extends DocumentState>(
  state: S,
  doc: AppDocument,
  notices: readonly string[],
): S {
  // The URL carries the scenario and the view; the dataset's edits stay as they are.
  const edits = state.history.present.edits;
  const present = edits === undefined ? doc : { ...doc, edits };
  return {
    ...state,
    history: replacePresent(state.history, present),
    lastChange: 'navigate',
    notices,
  };
}

/** Opens a dataset read by an importer: a fresh document, and the import's report to show. */
export function openImported<S extends DocumentState>(
  state: S,
  dataset: Dataset,
  fileName: string,
  report: ImportReport | null,
): S {
  return {
    ...state,
    base: dataset,
    dataset,
    importReport: report === null ? null : { fileName, report },
    loadErrors: null,
    history: startHistory(EMPTY_DOCUMENT),
    lastChange: 'open',
    notices: [],
  };
}

/** A file that could not be opened: its reasons are shown, and nothing else changes. */
export const refuseFile = <S extends DocumentState>(
  state: S,
  fileName: string,
  errors: readonly string[],
): S => ({ ...state, loadErrors: { fileName, errors } });

export function openDatasetText<S extends DocumentState>(
  state: S,
  text: string,
  fileName: string,
): S {
  const result = loadDatasetText(text, { fallbackTitle: fileName });
  if (!result.ok) return { ...state, loadErrors: { fileName, errors: result.errors } };
  return openImported(state, result.dataset, fileName, null);
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
