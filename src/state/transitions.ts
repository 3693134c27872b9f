// Pure state transitions, tested without React.
import type { Dataset } from '../data/schema.ts';
import { loadDatasetText } from '../data/loadDataset.ts';

export interface DatasetState {
  readonly dataset: Dataset;
  /** Errors from the last file the user tried to open; the current dataset stays as it was. */
  readonly loadErrors: { readonly fileName: string; readonly errors: readonly string[] } | null;
}

export function openDatasetText<S extends DatasetState>(
  state: S,
  text: string,
  fileName: string,
): S {
  const result = loadDatasetText(text, { fallbackTitle: fileName });
  if (!result.ok) return { ...state, loadErrors: { fileName, errors: result.errors } };
  return { ...state, dataset: result.dataset, loadErrors: null };
}
